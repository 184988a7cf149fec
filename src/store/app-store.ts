import { create } from 'zustand';
import { QUESTION_BANK_VERSION } from '../data/bank-version';
import { cutToLength } from '../domain/cut-text';
import { openLocalStorage, type KeyValueStorage } from '../lib/browser-storage';
import { createRecordStorage, type RecordDecoder } from './record-storage';
import { selectSavedState } from './selectors';
import { createStorageHealth, type StorageHealthStore } from './storage-health';
import type {
  CompletedResult,
  Progress,
  SavedState,
  SavedSharedResult,
  Team,
  Theme,
} from './saved-state';
import {
  MAX_ANSWER_MS,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_MEMBER_PAYLOAD_LENGTH,
  MAX_SAVED_TEAM_MEMBERS,
  MAX_SHARED_RESULTS,
  MAX_TEAM_NAME_LENGTH,
} from './saved-limits';

export interface AppActions {
  /** Begins a fresh assessment, discarding any in progress. */
  startAssessment: () => void;
  /**
   * Records one response with when it was given and how long it took (at most
   * MAX_ANSWER_MS). With nothing in progress, it starts an assessment at `startedAt`
   * (when the quiz opened, so its draw holds), or now.
   */
  answerQuestion: (questionId: string, value: number, msSpent: number, startedAt?: number) => void;
  goToStep: (step: number) => void;
  discardProgress: () => void;
  /**
   * Starts a new assessment prefilled from the latest result; that result stays as it
   * is. `carried` is what to carry over (retakePrefill: rating items that kept their
   * meaning, never checks or the foil); without it, nothing is.
   */
  retakeAssessment: (carried?: Readonly<Record<string, number>>) => void;
  /** True once the result is gone from storage (see the note on kept changes below). */
  deleteResult: (resultId: string) => boolean;
  /** Reopens a completed result's answers in the quiz; completing them replaces that result. */
  reviewResult: (resultId: string) => void;
  /** Saves the answers in progress as a dated result, then clears the progress. */
  completeAssessment: () => CompletedResult | null;
  setTheme: (theme: Theme) => void;
  /** Keeps at most MAX_DISPLAY_NAME_LENGTH of the name, as typed (share links normalise it). */
  setDisplayName: (name: string) => void;
  /**
   * Creates a team (with members, as a team file brings them) and opens it; returns its
   * id, or null when it could not be saved. Names are cut to MAX_TEAM_NAME_LENGTH, and
   * members are admitted as addTeamMembers admits them.
   */
  createTeam: (name: string, members?: readonly string[]) => string | null;
  /** Renames a team, cut to MAX_TEAM_NAME_LENGTH; an empty name keeps the old one. */
  renameTeam: (teamId: string, name: string) => void;
  deleteTeam: (teamId: string) => boolean;
  setActiveTeam: (teamId: string) => void;
  /**
   * Adds share payloads to a team, skipping ones already in it and any too long
   * to be one. Past MAX_SAVED_TEAM_MEMBERS the rest are dropped: callers tell
   * the person (admitMembers).
   */
  addTeamMembers: (teamId: string, payloads: readonly string[]) => boolean;
  removeTeamMember: (teamId: string, payload: string) => boolean;
  /**
   * Which members are left out of the coverage for now (what if they were away); any
   * payload not a member is dropped, so the saved list stays a subset of the members.
   */
  setTeamExcluded: (teamId: string, payloads: readonly string[]) => boolean;
  setTeamAnonymous: (teamId: string, anonymous: boolean) => boolean;
  /**
   * Keeps someone else's shared result in this history, apart from one's own; once per
   * payload, and at most MAX_SHARED_RESULTS (callers tell the person when it is full).
   */
  saveSharedResult: (payload: string) => boolean;
  removeSharedResult: (payload: string) => boolean;
}

// Kept changes: an action that returns a boolean is undone in this tab when its change
// could not be written (storage full or failing, or the tab holding its writes), and
// returns false so the page never says "added" or "deleted" when it was not. Answers and
// settings stay on screen instead, and the storage banner says they were not saved.

export type AppState = SavedState & AppActions;

/** A new assessment, started at `now`, in place of `replacing` (if anything was in progress). */
function newProgress(now: number, replacing: Progress | null = null): Progress {
  const progress = { bankVersion: QUESTION_BANK_VERSION, startedAt: now, step: 0, answers: {} };
  return replacing ? { ...progress, replaces: replacing.startedAt } : progress;
}

export function newId(now: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `${now.toString(36)}-${random.slice(0, 8)}`;
}

/** Time on one answer as the saved data can hold it: a whole number of ms, at most a day. */
function answerTime(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(0, Math.round(ms)), MAX_ANSWER_MS) : 0;
}

function updateTeam(teams: readonly Team[], teamId: string, change: (team: Team) => Team): Team[] {
  return teams.map((team) => (team.id === teamId ? change(team) : team));
}

/** The team with `payloads` left out: only its members, once each; no field when nobody is. */
function withExcluded(team: Team, payloads: readonly string[]): Team {
  const rest: Team = { ...team };
  delete rest.excluded;
  const members = new Set(team.members);
  const excluded = [...new Set(payloads)].filter((payload) => members.has(payload));
  return excluded.length === 0 ? rest : { ...rest, excluded };
}

function admitMembers(members: readonly string[], payloads: readonly string[]): string[] {
  return [
    ...new Set([
      ...members,
      ...payloads.filter((payload) => payload.length <= MAX_MEMBER_PAYLOAD_LENGTH),
    ]),
  ].slice(0, MAX_SAVED_TEAM_MEMBERS);
}

/**
 * Builds the store over the given storage (null: blocked, so kept in memory); tests and
 * the build-time first paint pass their own, the app the browser's. The store's
 * `health` says how that storage is behaving; `receive` takes in what another tab wrote.
 * `decoder` reads what is saved (record-decoding's recordDecoder); without it, storage
 * must hold nothing of tshape's (main.tsx checks with hasSavedData), and the decoder is
 * fetched when it is first needed: another tab's write, a page back from the cache.
 */
export function createAppStore(
  storage: KeyValueStorage | null = openLocalStorage(),
  now: () => number = Date.now,
  decoder: RecordDecoder | null = null,
) {
  const health = createStorageHealth(storage ? 'local' : 'memory');
  const records = createRecordStorage(storage, health, now);
  const loaded = records.load(decoder);
  let loadedDecoder = decoder;
  const decoding = (): Promise<RecordDecoder> =>
    loadedDecoder
      ? Promise.resolve(loadedDecoder)
      : import('./record-decoding').then(({ recordDecoder }) => (loadedDecoder = recordDecoder));

  /** Applies a change that must be kept whole (see "Kept changes" above). */
  function commit(change: (state: AppState) => Partial<SavedState>): boolean {
    const before = selectSavedState(store.getState());
    store.setState(change);
    const { outcome } = records.lastReport();
    if (outcome !== 'not-saved' && outcome !== 'held') return true;
    store.setState(before);
    return false;
  }

  const store = create<AppState>()((set, get) => {
    return {
      ...loaded,
      startAssessment: () => set((state) => ({ progress: newProgress(now(), state.progress) })),
      answerQuestion: (questionId, value, msSpent, startedAt) =>
        set((state) => {
          const at = now();
          const progress = state.progress ?? newProgress(startedAt ?? at);
          return {
            progress: {
              ...progress,
              answers: {
                ...progress.answers,
                [questionId]: { value, at, ms: answerTime(msSpent) },
              },
            },
          };
        }),
      goToStep: (step) =>
        set((state) => ({ progress: { ...(state.progress ?? newProgress(now())), step } })),
      discardProgress: () => set({ progress: null }),
      retakeAssessment: (carried = {}) =>
        set((state) => {
          const latest = state.results.at(-1);
          const at = now();
          if (!latest) return { progress: newProgress(at, state.progress) };
          const answers = Object.fromEntries(
            Object.entries(carried).map(([id, value]) => [
              id,
              // No time is measured for carried-over answers (0 = not measured).
              { value, at, ms: 0 },
            ]),
          );
          return {
            progress: { ...newProgress(at, state.progress), answers, prefilledFrom: latest.id },
          };
        }),
      deleteResult: (resultId) =>
        commit((state) => ({
          results: state.results.filter((result) => result.id !== resultId),
        })),
      reviewResult: (resultId) =>
        set((state) => {
          const result = state.results.find((each) => each.id === resultId);
          if (!result) return {};
          const at = now();
          const answers = Object.fromEntries(
            Object.entries(result.responses).map(([id, value]) => [
              id,
              // The original time per item is kept, so a flag about speed stays honest.
              { value, at, ms: result.timings[id] ?? 0 },
            ]),
          );
          return {
            progress: {
              ...newProgress(at, state.progress),
              bankVersion: result.bankVersion,
              answers,
              revises: resultId,
            },
          };
        }),
      completeAssessment: () => {
        const { progress } = get();
        if (!progress) return null;
        const completedAt = now();
        const entries = Object.entries(progress.answers);
        // A revised result keeps its growth areas, and a retake carries them over.
        const earlier = get().results.find(
          (each) => each.id === (progress.revises ?? progress.prefilledFrom),
        );
        const result: CompletedResult = {
          id: newId(completedAt),
          completedAt: new Date(completedAt).toISOString(),
          bankVersion: progress.bankVersion,
          responses: Object.fromEntries(entries.map(([id, answer]) => [id, answer.value])),
          timings: Object.fromEntries(entries.map(([id, answer]) => [id, answer.ms])),
          growthAreas: earlier?.growthAreas ?? [],
        };
        // One save: the result is written before the progress is removed, and when it
        // cannot be written the progress stays in storage (SaveReport).
        set((state) => ({
          results: progress.revises
            ? [...state.results.filter((each) => each.id !== progress.revises), result]
            : [...state.results, result],
          progress: null,
        }));
        return result;
      },
      setTheme: (theme) => set((state) => ({ settings: { ...state.settings, theme } })),
      setDisplayName: (displayName) =>
        set((state) => ({
          settings: {
            ...state.settings,
            displayName: cutToLength(displayName, MAX_DISPLAY_NAME_LENGTH),
          },
        })),
      createTeam: (name, members = []) => {
        const createdAt = now();
        const team: Team = {
          id: `team-${newId(createdAt)}`,
          name: cutToLength(name, MAX_TEAM_NAME_LENGTH) || 'My team',
          createdAt: new Date(createdAt).toISOString(),
          anonymous: false,
          members: admitMembers([], members),
        };
        const kept = commit((state) => ({
          teams: [...state.teams, team],
          settings: { ...state.settings, activeTeamId: team.id },
        }));
        return kept ? team.id : null;
      },
      renameTeam: (teamId, name) =>
        set((state) => ({
          teams: updateTeam(state.teams, teamId, (team) =>
            name === '' ? team : { ...team, name: cutToLength(name, MAX_TEAM_NAME_LENGTH) },
          ),
        })),
      deleteTeam: (teamId) =>
        commit((state) => {
          const teams = state.teams.filter((team) => team.id !== teamId);
          const { activeTeamId, ...settings } = state.settings;
          return {
            teams,
            settings:
              activeTeamId === teamId || activeTeamId === undefined
                ? { ...settings, ...(teams[0] ? { activeTeamId: teams[0].id } : {}) }
                : { ...settings, activeTeamId },
          };
        }),
      setActiveTeam: (activeTeamId) =>
        set((state) => ({ settings: { ...state.settings, activeTeamId } })),
      addTeamMembers: (teamId, payloads) =>
        commit((state) => ({
          teams: updateTeam(state.teams, teamId, (team) => ({
            ...team,
            members: admitMembers(team.members, payloads),
          })),
        })),
      removeTeamMember: (teamId, payload) =>
        commit((state) => ({
          teams: updateTeam(state.teams, teamId, (team) =>
            withExcluded(
              { ...team, members: team.members.filter((member) => member !== payload) },
              team.excluded ?? [],
            ),
          ),
        })),
      setTeamExcluded: (teamId, payloads) =>
        commit((state) => ({
          teams: updateTeam(state.teams, teamId, (team) => withExcluded(team, payloads)),
        })),
      setTeamAnonymous: (teamId, anonymous) =>
        commit((state) => ({
          teams: updateTeam(state.teams, teamId, (team) => ({ ...team, anonymous })),
        })),
      saveSharedResult: (payload) =>
        commit((state) => {
          if (
            payload.length === 0 ||
            payload.length > MAX_MEMBER_PAYLOAD_LENGTH ||
            state.sharedResults.length >= MAX_SHARED_RESULTS ||
            state.sharedResults.some((saved) => saved.payload === payload)
          ) {
            return {};
          }
          const saved: SavedSharedResult = { payload, savedAt: new Date(now()).toISOString() };
          return { sharedResults: [...state.sharedResults, saved] };
        }),
      removeSharedResult: (payload) =>
        commit((state) => ({
          sharedResults: state.sharedResults.filter((saved) => saved.payload !== payload),
        })),
    };
  });
  store.subscribe((state) => {
    records.save(selectSavedState(state));
  });

  // Other tabs' changes, in the order they came; handled once record-events is here.
  const pending: [string | null, string | null][] = [];

  /**
   * Takes in a change another tab made to storage (a `storage` event). The code for it
   * is fetched when another tab first writes; changes that come meanwhile wait, in order.
   * Resolves once every change received so far is taken in.
   */
  function receive(key: string | null, newValue: string | null): Promise<void> {
    pending.push([key, newValue]);
    return Promise.all([import('./record-events'), decoding()]).then(
      ([{ receiveStorageEvent }, recordDecoder]) => {
        for (let next = pending.shift(); next; next = pending.shift()) {
          const current = selectSavedState(store.getState());
          const received = receiveStorageEvent(records.knowledge, next[0], next[1], current);
          if (received.kind === 'change') store.setState(received.change);
          if (received.kind === 'reload') store.setState(records.load(recordDecoder));
        }
      },
    );
  }

  /** Reads storage afresh, now: what an import that did not fit left there. */
  function reloadNow(recordDecoder: RecordDecoder): void {
    loadedDecoder = recordDecoder;
    store.setState(records.load(recordDecoder));
  }

  /** Reads storage afresh once the decoder is here (a page back from the cache missed changes). */
  function reload(): Promise<void> {
    return decoding().then(reloadNow);
  }

  return Object.assign(store, {
    health: health as StorageHealthStore,
    receive,
    reload,
    reloadNow,
    /** The outcome of the latest save (SaveReport). */
    lastSave: () => records.lastReport(),
    /** What storage holds, for the rarer work kept out of the store (store/unreadable-data). */
    knowledge: records.knowledge,
    /** Kept changes for the actions kept out of the store (store/plan-actions). */
    commit,
    now,
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
