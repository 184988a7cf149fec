/**
 * A team's coverage for the retro: per-area spread, the gaps worth talking
 * about, and where the team sits between Stats and Engineering. The point is
 * coverage, not ranking people, so nothing here orders members by score.
 *
 * Built for 200 members on a slow phone: point scores only (computeAreaScores,
 * summariseShape, computeSpectrumPosition), never the per-person bootstrap.
 */
import { formatPosition, formatScore } from './format';
import type { AreaId, QuestionBank } from '../data/bank-types';
import { LEVELS } from '../data/levels';
import { computeAreaScores, type AreaScores } from './area-scores';
import { quantileOfSorted } from './quantile';
import { describeSpectrumPosition } from './reading';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, summariseShape, type ShapeName } from './shape';
import { computeSpectrumPosition } from './spectrum';

/** How one area is covered across the members who have a score in it. */
export interface AreaCoverage {
  readonly area: AreaId;
  readonly name: string;
  /** Members with a score in this area; the numbers below are over them only. */
  readonly scored: number;
  readonly min: number;
  /** Quartiles by linear interpolation (quantileOfSorted, type 7). */
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  /** Members scoring ≥ τd (70). */
  readonly deepCount: number;
  /** Members scoring ≥ τb (40); deep members count too. */
  readonly broadCount: number;
  /** Indices (into the members given) of the deep members, in order. */
  readonly deepMembers: readonly number[];
}

/**
 * A gap in one area. At most one alert per area, the most severe that applies;
 * the four kinds are nested bands of the area's highest score, so each later
 * one is implied by every earlier one and would only repeat it:
 *
 *   nobody-broad          max < 40: nobody covers the area at all (nobody reaches τb)
 *   nobody-above-working  40 ≤ max < 60: someone covers it, but nobody averages
 *                         above Working (level 2), i.e. nobody reaches Practitioner
 *                         (level 3, score 60) — nobody has done it end to end alone
 *   nobody-deep           60 ≤ max < 70: practitioners, but nobody reaches τd
 *   single-deep           exactly one member reaches τd, in a team of two or more
 *                         scored in the area: a single point of failure
 */
export type TeamAlert =
  | { readonly kind: 'single-deep'; readonly area: AreaId; readonly member: number }
  | { readonly kind: 'nobody-deep'; readonly area: AreaId }
  | { readonly kind: 'nobody-broad'; readonly area: AreaId }
  | { readonly kind: 'nobody-above-working'; readonly area: AreaId };

export type TeamAlertKind = TeamAlert['kind'];

/** Most severe first: the order alerts are listed and turned into prompts. */
export const TEAM_ALERT_SEVERITY: readonly TeamAlertKind[] = [
  'nobody-broad',
  'nobody-above-working',
  'nobody-deep',
  'single-deep',
];

export interface TeamSummary {
  readonly memberCount: number;
  /**
   * One entry per bank area that at least one member has a score in, in bank
   * order: an area nobody answered has no spread to show (in practice only an
   * empty team has none, as a completed result answers every item).
   */
  readonly areas: readonly AreaCoverage[];
  /** Most severe first (TEAM_ALERT_SEVERITY), then in bank order. */
  readonly alerts: readonly TeamAlert[];
  /** Each member's spectrum position, null for "not enough signal". */
  readonly spectrum: readonly { readonly member: number; readonly position: number | null }[];
  /**
   * Where the team as a whole sits: P computed from the team's median score in
   * each area, as if the medians were one person's profile. Medians rather than
   * the mean of members' positions, so one extreme member does not drag the
   * team, and members without enough signal for a position still count. Null
   * for an empty team or when the medians carry too little signal (Σ|w|A < 10).
   */
  readonly teamPosition: number | null;
  /** Each member's area scores, in member order. */
  readonly scores: readonly AreaScores[];
  readonly shapes: readonly ShapeName[];
}

/**
 * The team's place on the spectrum in words, the one wording the page and the
 * Markdown summary share: "−0.06, balanced between Stats and Engineering",
 * "+0.40, leaning towards Engineering", or "not enough signal".
 */
export function describeTeamPosition(position: number | null): string {
  if (position === null) return 'not enough signal';
  return `${formatPosition(position)}, ${describeSpectrumPosition(position)}`;
}

const WORKING = LEVELS[2];
const PRACTITIONER = LEVELS[3];
/** "Above Working" means at least Practitioner: every item at level 3 on average, A = 20 × 3. */
const PRACTITIONER_SCORE = 20 * PRACTITIONER.level;

/**
 * The team's coverage from each member's responses (rating levels by item id;
 * anything else is ignored, as in computeAreaScores). A member with no score in
 * an area is left out of that area only. Deterministic, linear in members × items.
 */
export function summariseTeam(
  bank: QuestionBank,
  members: readonly {
    readonly responses: Readonly<Record<string, number>>;
    /** The bank the member's result was made with, when not `bank`. */
    readonly bank?: QuestionBank;
  }[],
): TeamSummary {
  const scores = members.map((member) => computeAreaScores(member.bank ?? bank, member.responses));
  const areas: AreaCoverage[] = [];
  const medians: Partial<Record<AreaId, number | null>> = {};

  for (const area of bank.areas) {
    const scored: { readonly member: number; readonly score: number }[] = [];
    scores.forEach((memberScores, member) => {
      const score = memberScores[area.id];
      if (score !== null) scored.push({ member, score });
    });
    medians[area.id] = null;
    if (scored.length === 0) continue;
    const sorted = Float64Array.from(scored, (entry) => entry.score).sort();
    const deepMembers = scored
      .filter((entry) => entry.score >= DEPTH_THRESHOLD)
      .map((entry) => entry.member);
    const coverage: AreaCoverage = {
      area: area.id,
      name: area.name,
      scored: scored.length,
      min: sorted[0] as number,
      q1: quantileOfSorted(sorted, 0.25),
      median: quantileOfSorted(sorted, 0.5),
      q3: quantileOfSorted(sorted, 0.75),
      max: sorted[sorted.length - 1] as number,
      deepCount: deepMembers.length,
      broadCount: scored.filter((entry) => entry.score >= BREADTH_THRESHOLD).length,
      deepMembers,
    };
    medians[area.id] = coverage.median;
    areas.push(coverage);
  }

  return {
    memberCount: members.length,
    areas,
    alerts: sortAlerts(areas.flatMap((coverage) => alertFor(coverage) ?? [])),
    spectrum: scores.map((memberScores, member) => ({
      member,
      position: computeSpectrumPosition(memberScores),
    })),
    teamPosition: members.length === 0 ? null : computeSpectrumPosition(medians as AreaScores),
    scores,
    shapes: scores.map((memberScores) => summariseShape(memberScores).shape),
  };
}

/** The one, most severe alert for an area (see TeamAlert), or null when it is covered. */
function alertFor(coverage: AreaCoverage): TeamAlert | null {
  const { area, max } = coverage;
  if (max < BREADTH_THRESHOLD) return { kind: 'nobody-broad', area };
  if (max < PRACTITIONER_SCORE) return { kind: 'nobody-above-working', area };
  if (max < DEPTH_THRESHOLD) return { kind: 'nobody-deep', area };
  const [only] = coverage.deepMembers;
  // With one person scored, "only one is deep" is just a fact about that person.
  if (coverage.deepCount === 1 && coverage.scored >= 2 && only !== undefined) {
    return { kind: 'single-deep', area, member: only };
  }
  return null;
}

/** Stable sort by severity, so alerts of one kind keep bank order. */
function sortAlerts(alerts: readonly TeamAlert[]): readonly TeamAlert[] {
  return [...alerts].sort(
    (a, b) => TEAM_ALERT_SEVERITY.indexOf(a.kind) - TEAM_ALERT_SEVERITY.indexOf(b.kind),
  );
}

function areaName(bank: QuestionBank, id: AreaId): string {
  return bank.areas.find((area) => area.id === id)?.name ?? id;
}

/** A member's label, falling back to the anonymous one if the caller's list is short. */
function labelOf(labels: readonly string[], member: number): string {
  return labels[member] ?? `Member ${member + 1}`;
}

/**
 * An alert in plain words, e.g. "Only Ada is deep in Deployment." The labels
 * are the ones on screen (labelMembers), so anonymous mode stays anonymous.
 */
export function describeTeamAlert(
  bank: QuestionBank,
  alert: TeamAlert,
  labels: readonly string[],
): string {
  const name = areaName(bank, alert.area);
  switch (alert.kind) {
    case 'single-deep':
      return `Only ${labelOf(labels, alert.member)} is deep in ${name}.`;
    case 'nobody-deep':
      return `Nobody is deep in ${name}: no one scores ${DEPTH_THRESHOLD} or more.`;
    case 'nobody-above-working':
      return `Nobody is above ${WORKING.name} in ${name}: no one scores ${PRACTITIONER_SCORE} (${PRACTITIONER.name}) or more.`;
    case 'nobody-broad':
      return `Nobody covers ${name}: no one scores ${BREADTH_THRESHOLD} or more.`;
  }
}

/** The discussion question each kind of gap raises. */
function promptFor(bank: QuestionBank, alert: TeamAlert, labels: readonly string[]): string {
  const name = areaName(bank, alert.area);
  switch (alert.kind) {
    case 'single-deep':
      return `Who could pair with ${labelOf(labels, alert.member)} on ${name}, so it does not rest on one person?`;
    case 'nobody-deep':
      return `Nobody is deep in ${name}. Does our work need that depth, and if so, who would like to grow into it?`;
    case 'nobody-above-working':
      return `Nobody has done ${name} work end to end on their own yet. Which upcoming piece of work could someone take on, with support, to get there?`;
    case 'nobody-broad':
      return `Nobody covers ${name}. Does our work depend on it, and if so, who could learn it, or whose help could we ask for?`;
  }
}

const MAX_GAP_PROMPTS = 4;
/** Gap prompts kept however many the plans bring: the gaps are what the retro is for. */
const MIN_GAP_PROMPTS = 2;
const MIN_PROMPTS = 3;
const MAX_PROMPTS = 6;
/** A team whose position is at least this far from 0 leans clearly to one side of the spectrum. */
const LEAN_THRESHOLD = 0.25;

const CLOSING_PROMPT =
  'Which one area would each of us like to grow in next, and who on the team could we learn it from?';
const FILLER_PROMPTS = [
  'Where did a skill gap slow us down in the last few months, and what would have helped?',
  'Which of these scores surprised you, and why?',
];

/**
 * Prompts drawn from the team's plans (team-planning's buildPlanningPrompts): the
 * pairs, the riskiest single point of failure and the hire. `replaces` is the area
 * whose single-deep prompt the riskiest one stands in for.
 */
export interface PlanningPrompts {
  readonly prompts: readonly string[];
  readonly replaces: AreaId | null;
}

/**
 * Three to six discussion prompts for the retro, drawn from the gaps: the most
 * severe alerts first (at most four, so the list stays discussable; fewer when
 * `planning` brings prompts of its own, which come next), then a
 * prompt when the whole team leans to one side of the spectrum (|P| ≥ 0.25).
 * A team without alerts gets two instead: keeping the depth of its strongest
 * area (most members deep, then highest median; only when two or more are
 * deep) and growing where its median is lowest (first in bank order on ties). Every non-empty team ends with a prompt about
 * growing next (when there is room); an empty team gets none. Deterministic: same summary, same prompts.
 */
export function buildRetroPrompts(
  bank: QuestionBank,
  summary: TeamSummary,
  labels: readonly string[],
  planning: PlanningPrompts = { prompts: [], replaces: null },
): readonly string[] {
  if (summary.memberCount === 0 || summary.areas.length === 0) return [];
  const gapPrompts = Math.max(MIN_GAP_PROMPTS, MAX_GAP_PROMPTS - planning.prompts.length);
  const prompts = summary.alerts
    .filter((alert) => !(alert.kind === 'single-deep' && alert.area === planning.replaces))
    .slice(0, gapPrompts)
    .map((alert) => promptFor(bank, alert, labels));
  prompts.push(...planning.prompts);

  const lean = summary.teamPosition;
  if (lean !== null && Math.abs(lean) >= LEAN_THRESHOLD) {
    const [side, other] = lean < 0 ? ['Stats', 'Engineering'] : ['Engineering', 'Stats'];
    prompts.push(
      `As a team we lean towards ${side}. Which ${other} work falls through the gap, or waits for someone outside the team?`,
    );
  }

  if (summary.alerts.length === 0) {
    const strongest = pickArea(
      summary.areas,
      (a, b) => b.deepCount - a.deepCount || b.median - a.median,
    );
    if (strongest !== undefined && strongest.deepCount >= 2) {
      prompts.push(
        `${strongest.deepCount} of us are deep in ${strongest.name}. How do we keep that depth, and share it with the rest of the team?`,
      );
    }
    const weakest = pickArea(summary.areas, (a, b) => a.median - b.median);
    if (weakest !== undefined) {
      prompts.push(
        `${weakest.name} has our lowest median (${formatScore(weakest.median)}). Is that where we should grow next?`,
      );
    }
  }

  prompts.push(CLOSING_PROMPT);
  for (const filler of FILLER_PROMPTS) {
    if (prompts.length >= MIN_PROMPTS) break;
    prompts.push(filler);
  }
  return prompts.slice(0, MAX_PROMPTS);
}

/** The first area in bank order that no other area beats under `compare`. */
function pickArea(
  areas: readonly AreaCoverage[],
  compare: (a: AreaCoverage, b: AreaCoverage) => number,
): AreaCoverage | undefined {
  return areas.reduce<AreaCoverage | undefined>(
    (best, area) => (best === undefined || compare(area, best) < 0 ? area : best),
    undefined,
  );
}
