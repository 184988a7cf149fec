import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { QUESTION_BANK_VERSION } from '../data/bank-version';
import { cutToLength } from '../domain/cut-text';
import {
  openLocalStorage,
  readKey,
  removeKeysWithPrefix,
  type KeyValueStorage,
} from '../lib/browser-storage';
import { mergeSavedStates } from './merge-saved-state';
import { createPersistStorage } from './persist-storage';
import { selectSavedState } from './selectors';
import {
  createStorageHealth,
  reportStorageHealth,
  type StorageHealthStore,
} from './storage-health';
import {
  EMPTY_SAVED_STATE,
  MAX_ANSWER_MS,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_MEMBER_PAYLOAD_LENGTH,
  MAX_SAVED_TEAM_MEMBERS,
  MAX_SHARED_RESULTS,
  MAX_TEAM_NAME_LENGTH,
  STORE_KEY,
  STORE_VERSION,
  type CompletedResult,
  type Progress,
  type SavedState,
  type SavedSharedResult,
  type Team,
  type Theme,
} from './saved-state';

export interface AppActions {
  /** Begins a fresh assessment, discarding any in progress. */
  startAssessment: () => void;
  /** Records one response with when it was given and how long it took (at most MAX_ANSWER_MS). */
  answerQuestion: (questionId: string, value: number, msSpent: number) => void;
  goToStep: (step: number) => void;
  discardProgress: () => void;
  /** Starts a new assessment prefilled with the latest result's answers; that result stays as it is. */
  retakeAssessment: () => void;
  deleteResult: (resultId: string) => void;
  /** Reopens a completed result's answers in the quiz; completing them replaces that result. */
  reviewResult: (resultId: string) => void;
  /** Saves the answers in progress as a dated result, then clears the progress. */
  completeAssessment: () => CompletedResult | null;
  setTheme: (theme: Theme) => void;
  /** Keeps at most MAX_DISPLAY_NAME_LENGTH of the name, as typed (share links normalise it). */
  setDisplayName: (name: string) => void;
  /** Creates a team and opens it; returns its id. Names are cut to MAX_TEAM_NAME_LENGTH. */
  createTeam: (name: string) => string;
  /** Renames a team, cut to MAX_TEAM_NAME_LENGTH; an empty name keeps the old one. */
  renameTeam: (teamId: string, name: string) => void;
  deleteTeam: (teamId: string) => void;
  setActiveTeam: (teamId: string) => void;
  /**
   * Adds share payloads to a team, skipping ones already in it and any too long
   * to be one. Past MAX_SAVED_TEAM_MEMBERS the rest are dropped: callers tell
   * the person (admitMembers).
   */
  addTeamMembers: (teamId: string, payloads: readonly string[]) => void;
  removeTeamMember: (teamId: string, payload: string) => void;
  setTeamAnonymous: (teamId: string, anonymous: boolean) => void;
  /**
   * Keeps someone else's shared result in this history, apart from one's own; once per
   * payload, and at most MAX_SHARED_RESULTS (callers tell the person when it is full).
   */
  saveSharedResult: (payload: string) => void;
  removeSharedResult: (payload: string) => void;
  /** Replaces everything with an imported backup, or merges it in (answers newest-wins). */
  importData: (state: SavedState, mode: 'replace' | 'merge') => void;
  /**
   * Forgets everything tshape keeps in this browser: the saved data, every key of
   * tshape's in storage (recovery copies included) and what was reported about them.
   */
  deleteAllData: () => void;
  /** The saved data that could not be read, as it was kept aside; null when there is none. */
  readRecoveredData: () => string | null;
}

export type AppState = SavedState & AppActions;

function newProgress(now: number): Progress {
  return { bankVersion: QUESTION_BANK_VERSION, startedAt: now, step: 0, answers: {} };
}

function newId(now: number): string {
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

/**
 * Builds the store over the given storage (null: blocked, so kept in memory); tests and
 * the build-time first paint pass their own, the app the browser's. The store's
 * `health` says how that storage is behaving.
 */
export function createAppStore(
  storage: KeyValueStorage | null = openLocalStorage(),
  now: () => number = Date.now,
) {
  const health = createStorageHealth(storage ? 'local' : 'memory');
  const store = create<AppState>()(
    persist(
      (set, get) => ({
        ...EMPTY_SAVED_STATE,
        startAssessment: () => set({ progress: newProgress(now()) }),
        answerQuestion: (questionId, value, msSpent) =>
          set((state) => {
            const at = now();
            const progress = state.progress ?? newProgress(at);
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
        retakeAssessment: () =>
          set((state) => {
            const latest = state.results.at(-1);
            const at = now();
            if (!latest) return { progress: newProgress(at) };
            const answers = Object.fromEntries(
              Object.entries(latest.responses).map(([id, value]) => [
                id,
                // No time is measured for carried-over answers (0 = not measured).
                { value, at, ms: 0 },
              ]),
            );
            return {
              progress: { ...newProgress(at), answers, prefilledFrom: latest.id },
            };
          }),
        deleteResult: (resultId) =>
          set((state) => ({ results: state.results.filter((result) => result.id !== resultId) })),
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
                bankVersion: result.bankVersion,
                startedAt: at,
                step: 0,
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
          const result: CompletedResult = {
            id: newId(completedAt),
            completedAt: new Date(completedAt).toISOString(),
            bankVersion: progress.bankVersion,
            responses: Object.fromEntries(entries.map(([id, answer]) => [id, answer.value])),
            timings: Object.fromEntries(entries.map(([id, answer]) => [id, answer.ms])),
          };
          // One write: the result is saved in the same step that clears the progress.
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
        createTeam: (name) => {
          const createdAt = now();
          const team: Team = {
            id: `team-${newId(createdAt)}`,
            name: cutToLength(name, MAX_TEAM_NAME_LENGTH) || 'My team',
            createdAt: new Date(createdAt).toISOString(),
            anonymous: false,
            members: [],
          };
          set((state) => ({
            teams: [...state.teams, team],
            settings: { ...state.settings, activeTeamId: team.id },
          }));
          return team.id;
        },
        renameTeam: (teamId, name) =>
          set((state) => ({
            teams: updateTeam(state.teams, teamId, (team) =>
              name === '' ? team : { ...team, name: cutToLength(name, MAX_TEAM_NAME_LENGTH) },
            ),
          })),
        deleteTeam: (teamId) =>
          set((state) => {
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
          set((state) => ({
            teams: updateTeam(state.teams, teamId, (team) => ({
              ...team,
              members: [
                ...new Set([
                  ...team.members,
                  ...payloads.filter((payload) => payload.length <= MAX_MEMBER_PAYLOAD_LENGTH),
                ]),
              ].slice(0, MAX_SAVED_TEAM_MEMBERS),
            })),
          })),
        removeTeamMember: (teamId, payload) =>
          set((state) => ({
            teams: updateTeam(state.teams, teamId, (team) => ({
              ...team,
              members: team.members.filter((member) => member !== payload),
            })),
          })),
        setTeamAnonymous: (teamId, anonymous) =>
          set((state) => ({
            teams: updateTeam(state.teams, teamId, (team) => ({ ...team, anonymous })),
          })),
        saveSharedResult: (payload) =>
          set((state) => {
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
          set((state) => ({
            sharedResults: state.sharedResults.filter((saved) => saved.payload !== payload),
          })),
        importData: (imported, mode) =>
          set((state) =>
            mode === 'replace' ? imported : mergeSavedStates(selectSavedState(state), imported),
          ),
        deleteAllData: () => {
          set(EMPTY_SAVED_STATE);
          if (storage) removeKeysWithPrefix(storage, STORE_KEY);
          reportStorageHealth(health, { recoveryKey: null, recoveryReason: null, lastWrite: null });
        },
        readRecoveredData: () => {
          const { recoveryKey } = health.getState();
          return recoveryKey && storage ? readKey(storage, recoveryKey) : null;
        },
      }),
      {
        name: STORE_KEY,
        version: STORE_VERSION,
        storage: createPersistStorage(storage, health, now),
        partialize: (state: AppState): SavedState => selectSavedState(state),
      },
    ),
  );
  return Object.assign(store, { health: health as StorageHealthStore });
}

export type AppStore = ReturnType<typeof createAppStore>;
