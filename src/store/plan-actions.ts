import { cutToLength } from '../domain/cut-text';
import { newId, type AppStore } from './app-store';
import type { Plan, PlanTarget, SavedAreaId, Settings } from './saved-state';
import {
  MAX_PLAN_EVIDENCE_LENGTH,
  MAX_PLAN_NOTE_LENGTH,
  MAX_PLANS,
  MAX_SAVED_PLAN_STEPS,
  MAX_TARGET_TITLE_LENGTH,
  SAVED_AREA_IDS,
} from './saved-limits';

// The growth plan's actions (and the results page's "Areas you want to grow in"): kept
// out of the store, and so out of the first page's code, like rare-data-actions. Each
// works on the store it is handed; a kept change is undone when it cannot be saved.

/** What a plan is made from: the result it reads and the steps the domain gave for it. */
export interface PlanBasis {
  readonly resultId: string;
  readonly steps: readonly {
    readonly itemId: string;
    readonly fromLevel: number;
    readonly toLevel: number;
  }[];
}

/** The wanted areas as saved: known ids only, once each, in the links' area order. */
function admitGrowthAreas(areas: readonly string[]): SavedAreaId[] {
  return SAVED_AREA_IDS.filter((area) => areas.includes(area));
}

/** A target as saved: its title cut to its limit, target scores kept only when valid. */
function admitTarget(target: PlanTarget): PlanTarget {
  const areas = (given: Readonly<Record<string, number | undefined>>) =>
    Object.fromEntries(
      SAVED_AREA_IDS.flatMap((area) => {
        const value = given[area];
        return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100
          ? [[area, value]]
          : [];
      }),
    );
  switch (target.kind) {
    case 'reference':
      return { kind: 'reference', id: cutToLength(target.id, 64) };
    case 'link':
      return {
        kind: 'link',
        title: target.title === null ? null : cutToLength(target.title, MAX_TARGET_TITLE_LENGTH),
        areas: areas(target.areas),
      };
    case 'own':
      return { kind: 'own', areas: areas(target.areas) };
  }
}

/** The steps of a plan as saved: valid ones only, at most MAX_SAVED_PLAN_STEPS, each sub-skill once. */
function admitSteps(steps: PlanBasis['steps'], kept: Plan['steps']): Plan['steps'] {
  const valid = steps.filter(
    (step, index) =>
      step.itemId.length > 0 &&
      step.itemId.length <= 64 &&
      Number.isInteger(step.fromLevel) &&
      step.fromLevel >= 0 &&
      step.toLevel === step.fromLevel + 1 &&
      step.toLevel <= 5 &&
      steps.findIndex((other) => other.itemId === step.itemId) === index,
  );
  return valid.slice(0, MAX_SAVED_PLAN_STEPS).map((step) => {
    const before = kept.find(
      (each) =>
        each.itemId === step.itemId &&
        each.fromLevel === step.fromLevel &&
        each.toLevel === step.toLevel,
    );
    return (
      before ?? {
        itemId: step.itemId,
        fromLevel: step.fromLevel,
        toLevel: step.toLevel,
        done: false,
        note: '',
        evidence: '',
      }
    );
  });
}

/** Settings without a target kept for later: the first plan takes it, so it is not kept twice. */
function withoutPendingTarget(settings: Settings): Settings {
  if (settings.pendingTarget === undefined) return settings;
  const rest: Settings = { ...settings };
  delete rest.pendingTarget;
  return rest;
}

function updatePlanStep(
  plans: readonly Plan[],
  planId: string,
  itemId: string,
  change: (step: Plan['steps'][number]) => Plan['steps'][number],
): Plan[] {
  return plans.map((plan) =>
    plan.id === planId
      ? {
          ...plan,
          steps: plan.steps.map((step) => (step.itemId === itemId ? change(step) : step)),
        }
      : plan,
  );
}

/**
 * Keeps the areas the person wants to grow in with a result (the results page's
 * checkboxes); they travel in its share link. Unknown ids are dropped, the rest kept in
 * the links' area order. False when it could not be saved.
 */
export function setGrowthInterests(
  store: AppStore,
  resultId: string,
  areas: readonly string[],
): boolean {
  return store.commit((state) => ({
    results: state.results.map((result) =>
      result.id === resultId ? { ...result, growthAreas: admitGrowthAreas(areas) } : result,
    ),
  }));
}

/**
 * Chooses what to aim at, with the steps the plan gives for it from the result
 * (domain/growth-plan's buildGrowthPlan: the store does not load the banks). The
 * current plan, when made from the same result, takes the new target and steps, and a
 * step kept on (same sub-skill and levels) keeps its tick, note and evidence; otherwise
 * (after a retake) a new plan starts and the old one stays for review. Returns the
 * plan's id; null when it could not be saved, or MAX_PLANS are kept already.
 */
export function chooseTarget(store: AppStore, target: PlanTarget, basis: PlanBasis): string | null {
  const current = store.getState().plans.at(-1);
  if (current && current.resultId === basis.resultId) {
    const kept = store.commit((state) => ({
      plans: state.plans.map((plan) =>
        plan.id === current.id
          ? { ...plan, target: admitTarget(target), steps: admitSteps(basis.steps, plan.steps) }
          : plan,
      ),
      settings: withoutPendingTarget(state.settings),
    }));
    return kept ? current.id : null;
  }
  if (store.getState().plans.length >= MAX_PLANS || basis.resultId.length === 0) return null;
  const createdAt = store.now();
  const plan: Plan = {
    id: `plan-${newId(createdAt)}`,
    createdAt: new Date(createdAt).toISOString(),
    resultId: cutToLength(basis.resultId, 64),
    target: admitTarget(target),
    steps: admitSteps(basis.steps, []),
  };
  return store.commit((state) => ({
    plans: [...state.plans, plan],
    settings: withoutPendingTarget(state.settings),
  }))
    ? plan.id
    : null;
}

/**
 * Keeps a target for when there is a result to plan from (a target link opened before
 * the assessment was taken); the first plan takes it. False when it could not be saved.
 */
export function keepTargetForLater(store: AppStore, target: PlanTarget): boolean {
  return store.commit((state) => ({
    settings: { ...state.settings, pendingTarget: admitTarget(target) },
  }));
}

/** Ticks a step of a plan done or not done. False when it could not be saved. */
export function tickPlanStep(
  store: AppStore,
  planId: string,
  itemId: string,
  done: boolean,
): boolean {
  return store.commit((state) => ({
    plans: updatePlanStep(state.plans, planId, itemId, (step) => ({ ...step, done })),
  }));
}

/**
 * Keeps a private note or an evidence link (or both) with a step, cut to their limits;
 * like typing a name, kept on screen even when storage fails (the banner says so).
 */
export function notePlanStep(
  store: AppStore,
  planId: string,
  itemId: string,
  text: { readonly note?: string; readonly evidence?: string },
): void {
  store.setState((state) => ({
    plans: updatePlanStep(state.plans, planId, itemId, (step) => ({
      ...step,
      ...(text.note === undefined ? {} : { note: cutToLength(text.note, MAX_PLAN_NOTE_LENGTH) }),
      ...(text.evidence === undefined
        ? {}
        : { evidence: cutToLength(text.evidence, MAX_PLAN_EVIDENCE_LENGTH) }),
    })),
  }));
}

/** Deletes a plan; false when the deletion could not be saved. */
export function deletePlan(store: AppStore, planId: string): boolean {
  return store.commit((state) => ({
    plans: state.plans.filter((plan) => plan.id !== planId),
  }));
}
