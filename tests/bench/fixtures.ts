/**
 * What the benchmark feeds the app, built with the app's own modules so it stays
 * valid as they change: saved states to seed `localStorage` with, share payloads
 * and team paste text. Loaded by bench.mjs through Vite's `ssrLoadModule`.
 */
import { QUESTION_BANK } from '../../src/data/question-bank';
import { createMulberry32 } from '../../src/domain/prng';
import { listQuestions, maxResponse } from '../../src/domain/quiz-plan';
import { encodeSharePayload } from '../../src/domain/share-codec';
import { encodeReplyPayload, listRatingItems } from '../../src/domain/peer-codec';
import { createMemoryStorage } from '../../src/lib/memory-storage';
import { openTestStore } from '../../src/testing/test-store';
import { importData } from '../../src/store/import-data';
import type { SavedState } from '../../src/store/saved-state';
import { selectSavedState } from '../../src/store/selectors';

/** Storage entries (key → value) to seed `localStorage` with. */
export type Seed = Record<string, string>;

const QUESTIONS = listQuestions(QUESTION_BANK);
const STEP_COUNT = QUESTION_BANK.areas.length;
/** A fixed moment, so every run seeds the same data. */
const COMPLETED_AT = '2026-11-20T10:00:00.000Z';
const STARTED_AT = Date.parse('2026-11-20T09:40:00.000Z');

/**
 * A plausible full set of answers: ratings spread over the scale (seeded, so the
 * same every run), the foil answered honestly and every knowledge check right, so
 * no "careless" or "over-claiming" note changes what the results page draws.
 */
export function buildResponses(seed: number): Record<string, number> {
  const random = createMulberry32(seed);
  return Object.fromEntries(
    QUESTIONS.map((question) => {
      if (question.kind === 'check') return [question.id, question.correctIndex];
      if (question.kind === 'foil') return [question.id, 0];
      return [question.id, Math.floor(random() * (maxResponse(question) + 1))];
    }),
  );
}

/**
 * The storage entries for a state, laid out by the app itself (an import into a store
 * over memory), and read back by it to check that they hold the state.
 */
function toStoredValue(state: SavedState): Seed {
  const storage = createMemoryStorage();
  const store = openTestStore(storage);
  const report = importData(store, state);
  const reread = selectSavedState(openTestStore(storage).getState());
  if (!report.kept || JSON.stringify(reread) !== JSON.stringify(state)) {
    throw new Error("The benchmark's seed no longer matches the saved state.");
  }
  return Object.fromEntries(storage.entries);
}

/** Someone with one completed result: what `#/results` shows. */
export function seedWithResult(): Seed {
  return toStoredValue({
    progress: null,
    results: [
      {
        id: 'bench-result',
        completedAt: COMPLETED_AT,
        bankVersion: QUESTION_BANK.version,
        responses: buildResponses(1),
        timings: Object.fromEntries(QUESTIONS.map((question) => [question.id, 6_000])),
        growthAreas: [],
      },
    ],
    teams: [],
    sharedResults: [],
    plans: [],
    settings: { theme: 'system' },
  });
}

/** Someone on the quiz's last step with every question answered: one click from results. */
export function seedOnLastStep(): Seed {
  const responses = buildResponses(1);
  return toStoredValue({
    progress: {
      bankVersion: QUESTION_BANK.version,
      startedAt: STARTED_AT,
      step: STEP_COUNT - 1,
      answers: Object.fromEntries(
        Object.entries(responses).map(([id, value], index) => [
          id,
          { value, at: STARTED_AT + (index + 1) * 6_000, ms: 6_000 },
        ]),
      ),
    },
    results: [],
    teams: [],
    sharedResults: [],
    plans: [],
    settings: { theme: 'system' },
  });
}

/**
 * A share payload per member: distinct names, answers and days, as a real team's links,
 * each with one or two areas the person wants to grow in (what the pairs read).
 */
export function buildTeamPayloads(size: number): string[] {
  const areas = QUESTION_BANK.areas.map((area) => area.id);
  return Array.from({ length: size }, (_, index) =>
    encodeSharePayload({
      bankVersion: QUESTION_BANK.version,
      completedAt: new Date(Date.parse(COMPLETED_AT) - index * 86_400_000).toISOString(),
      responses: buildResponses(100 + index),
      name: `Member ${index + 1}`,
      growthAreas: areas.filter((_, area) => (index + area) % 4 === 0 || (index * area) % 7 === 1),
    }),
  );
}

/** "What if": one member in this many is left out of the coverage, as a lead planning leave. */
const LEFT_OUT_EVERY = 10;

/** How many of a seeded team of `size` count in its coverage (the heatmap's rows). */
export function includedInTeam(size: number): number {
  return size - Math.floor(size / LEFT_OUT_EVERY);
}

/** A team's members and the ones left out for now (every LEFT_OUT_EVERY-th). */
function planningTeam(size: number): { members: string[]; excluded: string[] } {
  const members = buildTeamPayloads(size);
  const excluded = members.filter((_, index) => index % LEFT_OUT_EVERY === LEFT_OUT_EVERY - 1);
  return { members, excluded };
}

/** A team of `size` members, open on the team page, with pairs, what-if and a next hire to show. */
export function seedWithTeam(size: number): Seed {
  return toStoredValue({
    progress: null,
    results: [],
    teams: [
      {
        id: 'bench-team',
        name: `Bench team of ${size}`,
        createdAt: COMPLETED_AT,
        anonymous: false,
        ...planningTeam(size),
      },
    ],
    sharedResults: [],
    plans: [],
    settings: { theme: 'system', activeTeamId: 'bench-team' },
  });
}

/** What a facilitator pastes: one "Name: link" line per member. */
export function buildTeamPaste(size: number, baseUrl: string): string {
  return buildTeamPayloads(size)
    .map((payload, index) => `Member ${index + 1}: ${baseUrl}#/r/${payload}`)
    .join('\n');
}

const ASCII_NAME_40 = 'Ada Lovelace, Countess of Lovelace 1815!';
const CJK_NAME_40 = '数据科学家机器学习工程师'.repeat(4).slice(0, 40);

/** Share payload lengths (the part after `#/r/`) for one full result, by display name. */
export function measurePayloadLengths(): { none: number; ascii40: number; cjk40: number } {
  const length = (name: string | null) =>
    encodeSharePayload({
      bankVersion: QUESTION_BANK.version,
      completedAt: COMPLETED_AT,
      responses: buildResponses(1),
      name,
    }).length;
  if ([...ASCII_NAME_40].length !== 40 || [...CJK_NAME_40].length !== 40) {
    throw new Error('The sample names must be 40 characters long.');
  }
  return { none: length(null), ascii40: length(ASCII_NAME_40), cjk40: length(CJK_NAME_40) };
}

/**
 * Reply-link payload lengths for the whole bank rated, with an asker's and a rater's
 * 40-character name each (DESIGN.md, "Peer rating": the whole URL stays under 900).
 */
export function measurePeerPayloadLengths(): { ascii40: number; cjk40: number } {
  const length = (name: string) =>
    encodeReplyPayload({
      bankVersion: QUESTION_BANK.version,
      askerName: name,
      raterName: name,
      ratings: Object.fromEntries(listRatingItems(QUESTION_BANK).map((item) => [item.id, 5])),
    }).length;
  return { ascii40: length(ASCII_NAME_40), cjk40: length(CJK_NAME_40) };
}

/** A share payload per saved shared result: distinct people, as a real history's. */
function buildSharedPayloads(count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    encodeSharePayload({
      bankVersion: QUESTION_BANK.version,
      completedAt: new Date(Date.parse(COMPLETED_AT) - index * 3_600_000).toISOString(),
      responses: buildResponses(1_000 + index),
      name: `Shared ${index + 1}`,
    }),
  );
}

export const LARGE_STORE = { results: 100, teams: 20, members: 200, shared: 200 } as const;

/**
 * A store that has been used for a long while (issue 18): 100 results, 20 teams of 200
 * and 200 shared results, with a display name. What every answer must not pay for.
 */
const DAY = 86_400_000;
const LARGE_START = Date.parse(COMPLETED_AT) - LARGE_STORE.results * DAY;

/** `count` results, a day apart: a long history. */
function buildResults(count: number): SavedState['results'] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-result-${String(index).padStart(3, '0')}`,
    completedAt: new Date(LARGE_START + index * DAY).toISOString(),
    bankVersion: QUESTION_BANK.version,
    responses: buildResponses(index + 1),
    timings: Object.fromEntries(QUESTIONS.map((question) => [question.id, 6_000])),
    growthAreas: [],
  }));
}

/** The large store's results and nothing else: History's own data, alone. */
export function seedWithResults(count: number): Seed {
  return toStoredValue({
    progress: null,
    results: buildResults(count),
    teams: [],
    sharedResults: [],
    plans: [],
    settings: { theme: 'system' },
  });
}

export function seedLargeStore(): Seed {
  const team = planningTeam(LARGE_STORE.members);
  return toStoredValue({
    progress: null,
    results: buildResults(LARGE_STORE.results),
    teams: Array.from({ length: LARGE_STORE.teams }, (_, index) => ({
      id: `bench-team-${String(index).padStart(2, '0')}`,
      name: `Bench team ${index + 1}`,
      createdAt: new Date(LARGE_START + index * 60_000).toISOString(),
      anonymous: false,
      ...team,
    })),
    sharedResults: buildSharedPayloads(LARGE_STORE.shared).map((payload, index) => ({
      payload,
      savedAt: new Date(Date.parse(COMPLETED_AT) + index * 1_000).toISOString(),
    })),
    plans: [],
    settings: { theme: 'system', displayName: 'Ada', activeTeamId: 'bench-team-00' },
  });
}
