/**
 * What the benchmark feeds the app, built with the app's own modules so it stays
 * valid as they change: saved states to seed `localStorage` with, share payloads
 * and team paste text. Loaded by bench.mjs through Vite's `ssrLoadModule`.
 */
import { QUESTION_BANK } from '../../src/data/question-bank';
import { createMulberry32 } from '../../src/domain/prng';
import { listQuestions, maxResponse } from '../../src/domain/quiz-plan';
import { encodeSharePayload } from '../../src/domain/share-codec';
import {
  STORE_KEY,
  STORE_VERSION,
  restoreSavedState,
  type SavedState,
} from '../../src/store/saved-state';

export { STORE_KEY };

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

/** The `localStorage` value for a state, checked by the app's own restore gate. */
function toStoredValue(state: SavedState): string {
  const value = JSON.stringify({ state, version: STORE_VERSION });
  const outcome = restoreSavedState(value);
  if (outcome.kind !== 'restored') {
    throw new Error(`The benchmark's seed no longer matches the saved state: ${outcome.kind}`);
  }
  return value;
}

/** Someone with one completed result: what `#/results` shows. */
export function seedWithResult(): string {
  return toStoredValue({
    progress: null,
    results: [
      {
        id: 'bench-result',
        completedAt: COMPLETED_AT,
        bankVersion: QUESTION_BANK.version,
        responses: buildResponses(1),
        timings: Object.fromEntries(QUESTIONS.map((question) => [question.id, 6_000])),
      },
    ],
    teams: [],
    sharedResults: [],
    settings: { theme: 'system' },
  });
}

/** Someone on the quiz's last step with every question answered: one click from results. */
export function seedOnLastStep(): string {
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
    settings: { theme: 'system' },
  });
}

/** A share payload per member: distinct names, answers and days, as a real team's links. */
export function buildTeamPayloads(size: number): string[] {
  return Array.from({ length: size }, (_, index) =>
    encodeSharePayload({
      bankVersion: QUESTION_BANK.version,
      completedAt: new Date(Date.parse(COMPLETED_AT) - index * 86_400_000).toISOString(),
      responses: buildResponses(100 + index),
      name: `Member ${index + 1}`,
    }),
  );
}

/** A team of `size` members, open on the team page. */
export function seedWithTeam(size: number): string {
  return toStoredValue({
    progress: null,
    results: [],
    teams: [
      {
        id: 'bench-team',
        name: `Bench team of ${size}`,
        createdAt: COMPLETED_AT,
        anonymous: false,
        members: buildTeamPayloads(size),
      },
    ],
    sharedResults: [],
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
