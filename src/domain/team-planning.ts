/**
 * Team planning (DESIGN.md, "Team planning"): who can learn what from whom, and the
 * profile of the next hire that would close the team's gaps. Everything is read from
 * the members included in the coverage (a member left out "for a moment" is not
 * here at all), by index into that list, as TeamSummary indexes them; the page's
 * labels name them, so anonymous mode stays anonymous.
 *
 * Built for 200 members on a slow phone: pairing is one pass with the rare
 * reassignment, and the next hire is an exhaustive search over a few hundred
 * profiles, each scored in constant time from totals worked out once.
 */
import type { AreaId, QuestionBank } from '../data/bank-types';
import { LEVELS } from '../data/levels';
import { REFERENCE_PROFILES } from '../data/reference-profiles';
import { SCORE_PER_LEVEL, type AreaScores } from './area-scores';
import { formatScore } from './format';
import { joinNames } from './reading';
import { findNearestReferences, type ReferenceMatch } from './reference-match';
import { DEPTH_THRESHOLD } from './shape';
import { SPECTRUM_ORDER, computeSpectrumPosition } from './spectrum';
import type { TeamSummary } from './team-summary';

/** Nobody is asked to mentor more than this many people (DESIGN.md, "Team planning"). */
export const MAX_PAIRS_PER_MENTOR = 2;

/** One suggested pair: `mentor` is deep in `area`, `learner` wants to grow there. */
export interface LearningPair {
  readonly area: AreaId;
  readonly mentor: number;
  readonly learner: number;
}

/**
 * People who want to grow in an area and have no pair there: nobody included is deep
 * in it, or everyone deep in it already has MAX_PAIRS_PER_MENTOR pairs.
 */
export interface UnpairedGrowth {
  readonly area: AreaId;
  readonly learners: readonly number[];
  readonly why: 'nobody-deep' | 'mentors-full';
}

export interface TeamPairs {
  /** In bank order of area, then in member order of learner. */
  readonly pairs: readonly LearningPair[];
  /** In bank order of area. */
  readonly unpaired: readonly UnpairedGrowth[];
  /** How many members said which areas they want to grow in (links made before carry none). */
  readonly withInterests: number;
}

/** One demand for a pair: a learner in an area, and the mentors they could have, best first. */
interface Demand {
  readonly area: AreaId;
  readonly learner: number;
  readonly mentors: readonly number[];
}

/**
 * Pairs to learn from each other: for each area, everyone scoring at least τd (70)
 * could mentor everyone below it who wants to grow there. As many wishes as possible
 * are met with nobody mentoring more than MAX_PAIRS_PER_MENTOR (a maximum matching:
 * a wish that finds every mentor full tries to move an earlier pair to another
 * mentor first). Fair and deterministic: the areas with the fewest people deep go
 * first, each learner gets the mentor with the fewest pairs so far, then the higher
 * score, then the first in member order. Linear in wishes × mentors in practice.
 */
export function suggestPairs(
  bank: QuestionBank,
  scores: readonly AreaScores[],
  growthAreas: readonly (readonly AreaId[])[],
): TeamPairs {
  const demands: Demand[] = [];
  const unpaired: UnpairedGrowth[] = [];
  const scarcity = new Map<AreaId, number>();

  for (const { id } of bank.areas) {
    const mentors = scores
      .map((memberScores, member) => ({ member, score: memberScores[id] ?? null }))
      .filter((entry): entry is { member: number; score: number } => entry.score !== null)
      .filter((entry) => entry.score >= DEPTH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.member - b.member)
      .map((entry) => entry.member);
    const learners = growthAreas.flatMap((areas, member) =>
      areas.includes(id) && (scores[member]?.[id] ?? 0) < DEPTH_THRESHOLD ? [member] : [],
    );
    if (learners.length === 0) continue;
    if (mentors.length === 0) {
      unpaired.push({ area: id, learners, why: 'nobody-deep' });
      continue;
    }
    scarcity.set(id, mentors.length);
    for (const learner of learners) demands.push({ area: id, learner, mentors });
  }

  const areaOrder = bank.areas.map((area) => area.id);
  const rank = (demand: Demand) => [scarcity.get(demand.area) ?? 0, areaOrder.indexOf(demand.area)];
  const order = demands
    .map((demand, index) => ({ key: rank(demand), index }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ index }) => index);
  const mentorOf = assignMentors(demands, order);

  const pairs: LearningPair[] = [];
  const full = new Map<AreaId, number[]>();
  demands.forEach((demand, index) => {
    const mentor = mentorOf[index];
    if (mentor === undefined) {
      full.set(demand.area, [...(full.get(demand.area) ?? []), demand.learner]);
    } else {
      pairs.push({ area: demand.area, mentor, learner: demand.learner });
    }
  });
  for (const [area, learners] of full) unpaired.push({ area, learners, why: 'mentors-full' });
  unpaired.sort((a, b) => areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area));

  return {
    pairs,
    unpaired,
    withInterests: growthAreas.filter((areas) => areas.length > 0).length,
  };
}

/**
 * A mentor per demand (undefined where none could be found), each mentor taking at
 * most MAX_PAIRS_PER_MENTOR: the least loaded free mentor when there is one, else an
 * augmenting path (Kuhn's algorithm with capacities) that moves earlier demands to
 * other mentors. Mentors a failed search visited stay visited until a search
 * succeeds: nothing has changed for them, so they cannot help the next one either.
 */
function assignMentors(
  demands: readonly Demand[],
  order: readonly number[],
): (number | undefined)[] {
  const mentorOf: (number | undefined)[] = demands.map(() => undefined);
  const taken = new Map<number, number[]>();
  let visited = new Set<number>();

  const load = (mentor: number) => taken.get(mentor)?.length ?? 0;
  const give = (demand: number, mentor: number) => {
    mentorOf[demand] = mentor;
    taken.set(mentor, [...(taken.get(mentor) ?? []), demand]);
  };

  function augment(demand: number): boolean {
    for (const mentor of demands[demand]?.mentors ?? []) {
      if (visited.has(mentor)) continue;
      visited.add(mentor);
      if (load(mentor) < MAX_PAIRS_PER_MENTOR) {
        give(demand, mentor);
        return true;
      }
      for (const other of taken.get(mentor) ?? []) {
        if (augment(other)) {
          taken.set(
            mentor,
            (taken.get(mentor) ?? []).filter((each) => each !== other),
          );
          give(demand, mentor);
          return true;
        }
      }
    }
    return false;
  }

  for (const demand of order) {
    const free = (demands[demand]?.mentors ?? []).reduce<number | undefined>(
      (best, mentor) =>
        load(mentor) < MAX_PAIRS_PER_MENTOR && (best === undefined || load(mentor) < load(best))
          ? mentor
          : best,
      undefined,
    );
    if (free !== undefined) {
      give(demand, free);
      visited = new Set();
    } else if (augment(demand)) {
      visited = new Set();
    }
  }
  return mentorOf;
}

/** Orders two lists of numbers by their first difference. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (const [index, value] of a.entries()) {
    const difference = value - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function areaName(bank: QuestionBank, id: AreaId): string {
  return bank.areas.find((area) => area.id === id)?.name ?? id;
}

/** A member's label, falling back to the anonymous one if the caller's list is short. */
function labelOf(labels: readonly string[], member: number): string {
  return labels[member] ?? `Member ${member + 1}`;
}

/** Names in running text, the first few and then how many more: "Ada, Linus and 4 others". */
const NAMES_IN_A_SENTENCE = 3;
function nameSome(labels: readonly string[], members: readonly number[]): string {
  const names = members.map((member) => labelOf(labels, member));
  if (names.length <= NAMES_IN_A_SENTENCE) return joinNames(names);
  const rest = names.length - (NAMES_IN_A_SENTENCE - 1);
  return joinNames([...names.slice(0, NAMES_IN_A_SENTENCE - 1), `${rest} others`]);
}

/**
 * A pair in words: who could learn from whom, and why. The same in anonymous mode,
 * with the labels on screen: "Member 2 could learn from Member 5".
 */
export function describePair(
  bank: QuestionBank,
  pair: LearningPair,
  labels: readonly string[],
): { readonly who: string; readonly why: string } {
  const mentor = labelOf(labels, pair.mentor);
  const learner = labelOf(labels, pair.learner);
  return {
    who: `${learner} could learn from ${mentor}`,
    why: `${mentor} is deep in ${areaName(bank, pair.area)}; ${learner} wants to grow there.`,
  };
}

/** Why some wishes to grow have no pair, in one sentence. */
export function describeUnpaired(
  bank: QuestionBank,
  unpaired: UnpairedGrowth,
  labels: readonly string[],
): string {
  const names = nameSome(labels, unpaired.learners);
  const want = unpaired.learners.length === 1 ? 'wants' : 'want';
  const area = areaName(bank, unpaired.area);
  return unpaired.why === 'nobody-deep'
    ? `Nobody included is deep in ${area}, where ${names} ${want} to grow: someone outside the team, or the next hire, could help.`
    : `${names} also ${want} to grow in ${area}, but everyone deep there already has ${MAX_PAIRS_PER_MENTOR} pairs.`;
}

/**
 * When there is no pair to list, why not, in one sentence: nobody is included, no
 * link says where its person wants to grow, or nobody who wants to grow has someone
 * deep to learn from (the unpaired sentences then say where).
 */
export function describeNoPairs(memberCount: number, pairs: TeamPairs): string | null {
  if (pairs.pairs.length > 0) return null;
  if (memberCount === 0) return 'Everyone is left out for now: include someone to see pairs.';
  if (pairs.withInterests === 0) {
    return 'None of these links says where its person wants to grow yet. Each person can tick “Areas you want to grow in” on their results and share their link again.';
  }
  if (memberCount === 1) return 'With one person there is nobody to pair with yet.';
  return 'No pairs yet: nobody who wants to grow in an area has someone deep in it to learn from.';
}

// ---------------------------------------------------------------------------
// The next hire

/**
 * The levels a suggested hire may ask for in each area: Working (broad), Practitioner
 * and Advanced (deep). Never below broad: the product's ideal is a T, broad across
 * the work and deep in one or two parts of it (DESIGN.md, "Why it exists").
 */
export const HIRE_LEVELS: readonly number[] = [2, 3, 4];
/** A T or a Π: asking for more depths than this describes nobody a team could find. */
export const MAX_HIRE_DEPTHS = 2;
/**
 * And no more in all than the most demanding reference role asks for, so the profile
 * is one the market has: a map of real roles bounds the search, not a wish list.
 */
export const HIRE_BUDGET = Math.max(
  ...REFERENCE_PROFILES.map((profile) =>
    Object.values(profile.areas).reduce((sum, score) => sum + score, 0),
  ),
);
/** Spreads closer than this are equal: floating-point noise never decides a profile. */
const SPREAD_EPSILON = 1e-9;

export type HireProfile = Readonly<Record<AreaId, number>>;

export interface NextHire {
  /** The suggested score per area (HIRE_LEVELS × 20). */
  readonly profile: HireProfile;
  /** The areas the hire would be deep in, in bank order. */
  readonly deepAreas: readonly AreaId[];
  /** Areas where nobody included is deep, now and with the hire. */
  readonly gapsBefore: readonly AreaId[];
  readonly gapsAfter: readonly AreaId[];
  /** Single points of failure the hire would end: the area and the one person deep there. */
  readonly sharedDepth: readonly { readonly area: AreaId; readonly member: number }[];
  /** Areas where one person is deep, now and with the hire. */
  readonly singlesBefore: number;
  readonly singlesAfter: number;
  /** Standard deviation of the positions on the spectrum, without and with the hire. */
  readonly spreadBefore: number;
  readonly spreadAfter: number;
  /** Where the hire would sit on the spectrum. */
  readonly position: number | null;
  /** The reference role nearest to the profile. */
  readonly nearest: ReferenceMatch | null;
}

interface Candidate {
  readonly scores: readonly number[];
  readonly gaps: number;
  readonly singles: number;
  readonly spread: number;
  readonly depths: number;
  readonly total: number;
}

/** Standard deviation from a count, a sum and a sum of squares. */
function deviation(count: number, sum: number, squares: number): number {
  if (count === 0) return 0;
  const mean = sum / count;
  return Math.sqrt(Math.max(0, squares / count - mean * mean));
}

/** Lexicographic: fewer gaps, fewer single points of failure, wider spread, fewer depths, less in all. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.gaps !== b.gaps) return a.gaps < b.gaps;
  if (a.singles !== b.singles) return a.singles < b.singles;
  if (Math.abs(a.spread - b.spread) > SPREAD_EPSILON) return a.spread > b.spread;
  if (a.depths !== b.depths) return a.depths < b.depths;
  return a.total < b.total;
}

/**
 * The area profile that would most improve the team as it is included now, searched
 * exhaustively over every profile with a level from HIRE_LEVELS in each area, at most
 * MAX_HIRE_DEPTHS of them deep and at most HIRE_BUDGET points in all (a few hundred).
 * Ranked lexicographically: fewest areas where nobody is deep, then fewest single
 * points of failure (one person deep in an area, as the alerts count them), then the
 * widest spread of the team's positions between Stats and Engineering (standard
 * deviation); ties go to fewer depths, then fewer points in all (the easier hire),
 * then to the profile asking most of the first areas in bank order. Null for a team
 * with nobody included.
 */
export function suggestNextHire(bank: QuestionBank, summary: TeamSummary): NextHire | null {
  if (summary.memberCount === 0) return null;
  const areas = bank.areas.map((area) => area.id);
  const deepCounts = areas.map(
    (id) => summary.areas.find((coverage) => coverage.area === id)?.deepCount ?? 0,
  );
  const placed = summary.spectrum.flatMap(({ position }) => (position === null ? [] : [position]));
  const count = placed.length;
  const sum = placed.reduce((total, position) => total + position, 0);
  const squares = placed.reduce((total, position) => total + position * position, 0);
  // Highest first, so that of two equally good profiles the first found asks most of
  // the first areas in bank order: a rule that reads plainly and never changes.
  const levels = HIRE_LEVELS.map((level) => level * SCORE_PER_LEVEL).sort((a, b) => b - a);

  let best: Candidate | null = null;
  const scores = areas.map(() => levels[0] as number);
  const visit = (index: number, depths: number, total: number) => {
    if (total > HIRE_BUDGET) return;
    if (index === areas.length) {
      let gaps = 0;
      let singles = 0;
      areas.forEach((_, area) => {
        const deep = (deepCounts[area] ?? 0) + ((scores[area] ?? 0) >= DEPTH_THRESHOLD ? 1 : 0);
        if (deep === 0) gaps += 1;
        if (deep === 1) singles += 1;
      });
      const position = computeSpectrumPosition(profileOf(areas, scores));
      const spread =
        position === null
          ? deviation(count, sum, squares)
          : deviation(count + 1, sum + position, squares + position * position);
      const candidate = { scores: [...scores], gaps, singles, spread, depths, total };
      if (best === null || better(candidate, best)) best = candidate;
      return;
    }
    for (const score of levels) {
      const deep = score >= DEPTH_THRESHOLD ? 1 : 0;
      if (depths + deep > MAX_HIRE_DEPTHS) continue;
      scores[index] = score;
      visit(index + 1, depths + deep, total + score);
    }
  };
  visit(0, 0, 0);
  const chosen = best as Candidate | null;
  if (chosen === null) return null;

  const profile = profileOf(areas, chosen.scores) as HireProfile;
  const deepAreas = areas.filter((id) => profile[id] >= DEPTH_THRESHOLD);
  const gapsBefore = areas.filter((_, area) => deepCounts[area] === 0);
  // One person deep: a single point of failure once the hire is on the team, even in
  // a team of one (where the alerts, with nobody else to compare, name none).
  const singlesBefore = summary.areas.flatMap((coverage) =>
    coverage.deepCount === 1 && coverage.deepMembers[0] !== undefined
      ? [{ area: coverage.area, member: coverage.deepMembers[0] }]
      : [],
  );
  const position = computeSpectrumPosition(profile);
  return {
    profile,
    deepAreas,
    gapsBefore,
    gapsAfter: gapsBefore.filter((id) => !deepAreas.includes(id)),
    sharedDepth: singlesBefore.filter(({ area }) => deepAreas.includes(area)),
    singlesBefore: singlesBefore.length,
    singlesAfter: chosen.singles,
    spreadBefore: deviation(count, sum, squares),
    spreadAfter: chosen.spread,
    position,
    nearest: findNearestReferences(profile, 1)[0] ?? null,
  };
}

function profileOf(areas: readonly AreaId[], scores: readonly number[]): AreaScores {
  return Object.fromEntries(areas.map((id, index) => [id, scores[index] ?? 0])) as AreaScores;
}

function closesGap(hire: NextHire): boolean {
  return hire.gapsAfter.length < hire.gapsBefore.length;
}

/** The level a suggested score asks for: Working, Practitioner, Advanced. */
export function hireLevel(score: number): (typeof LEVELS)[number] {
  return LEVELS[Math.round(score / SCORE_PER_LEVEL)] ?? LEVELS[0];
}

/**
 * Why this profile, in plain sentences: what it would close, which single point of
 * failure it would end, where the hire would become the only person deep, and what
 * it does to the spread; or that there is no gap left to close. Names are the labels
 * on screen.
 */
export function describeNextHire(
  bank: QuestionBank,
  hire: NextHire,
  labels: readonly string[],
): string {
  const names = (ids: readonly AreaId[]) => joinNames(ids.map((id) => areaName(bank, id)));
  const broad = Object.values(hire.profile).every((score) => score >= 2 * SCORE_PER_LEVEL);
  const sentences = [
    hire.deepAreas.length === 0
      ? 'Broad across every area, deep in none.'
      : `Deep in ${names(hire.deepAreas)}${broad ? ', and at least Working in every other area' : ''}.`,
  ];
  const closed = hire.gapsBefore.filter((id) => hire.deepAreas.includes(id));
  if (closed.length > 0) {
    sentences.push(
      `Nobody included is deep in ${names(closed)} now; this hire would be.` +
        (hire.gapsAfter.length > 0
          ? ` ${names(hire.gapsAfter)} would still have nobody deep: one hire cannot cover every gap.`
          : ''),
    );
  } else if (hire.gapsBefore.length === 0 && hire.sharedDepth.length === 0) {
    sentences.push(
      hire.singlesBefore === 0
        ? 'Every area already has two or more people deep in it, so there is no gap to close: this profile would widen the team’s spread between Stats and Engineering.'
        : 'Every area already has someone deep in it.',
    );
  }
  for (const { area, member } of hire.sharedDepth) {
    sentences.push(
      `Only ${labelOf(labels, member)} is deep in ${areaName(bank, area)}; with this hire that would no longer rest on one person.`,
    );
  }
  if (closed.length > 0) {
    sentences.push(
      `In ${names(closed)} the hire would be the only one deep at first, so plan for them to pair with someone from the start.`,
    );
  }
  if (hire.spreadAfter > hire.spreadBefore + SPREAD_EPSILON && closed.length > 0) {
    sentences.push('It would also widen the team’s spread between Stats and Engineering.');
  }
  return sentences.join(' ');
}

/** The sentence the next hire opens with everywhere: what it is, and what it is not. */
export const NEXT_HIRE_CAVEAT =
  'A suggestion drawn from the team’s own share links (self-reported), not a verdict: the profile that would most improve the team as it is included now.';

/** The hire's profile in spectrum order, as a table or a chart lists it. */
export function hireAreasInOrder(bank: QuestionBank, hire: NextHire) {
  return SPECTRUM_ORDER.flatMap((id) =>
    bank.areas
      .filter((area) => area.id === id)
      .map((area) => ({ area, score: hire.profile[id], level: hireLevel(hire.profile[id]) })),
  );
}

// ---------------------------------------------------------------------------
// Prompts

/**
 * The single point of failure that would hurt most: the one-person-deep area whose
 * next best score is lowest (who would pick that work up?); the first in alert order
 * on ties. Null when no area rests on one person.
 */
export function findRiskiestSingle(
  summary: TeamSummary,
): { readonly area: AreaId; readonly member: number; readonly nextBest: number } | null {
  let riskiest: { area: AreaId; member: number; nextBest: number } | null = null;
  for (const alert of summary.alerts) {
    if (alert.kind !== 'single-deep') continue;
    const nextBest = Math.max(
      0,
      ...summary.scores.flatMap((scores, member) =>
        member === alert.member ? [] : [scores[alert.area] ?? 0],
      ),
    );
    if (riskiest === null || nextBest < riskiest.nextBest) {
      riskiest = { area: alert.area, member: alert.member, nextBest };
    }
  }
  return riskiest;
}

/**
 * The retro prompts that draw on the plans: the riskiest single point of failure
 * (it replaces that area's own prompt), the pairs, and what the hire would change.
 */
export function buildPlanningPrompts(
  bank: QuestionBank,
  summary: TeamSummary,
  pairs: TeamPairs,
  hire: NextHire | null,
  labels: readonly string[],
): { readonly prompts: readonly string[]; readonly replaces: AreaId | null } {
  const prompts: string[] = [];
  const riskiest = findRiskiestSingle(summary);
  if (riskiest !== null) {
    const who = labelOf(labels, riskiest.member);
    prompts.push(
      `If ${who} were away, the next best ${areaName(bank, riskiest.area)} score on the team would be ${formatScore(riskiest.nextBest)}. Who would pick that work up, and what should ${who} share first?`,
    );
  }
  const [first] = pairs.pairs;
  if (first !== undefined) {
    const more = pairs.pairs.length - 1;
    const { who } = describePair(bank, first, labels);
    prompts.push(
      `${who} in ${areaName(bank, first.area)}${more > 0 ? `, and ${more} more ${more === 1 ? 'pair is' : 'pairs are'} suggested` : ''}. Which piece of work in the next month could each pair share?`,
    );
  } else {
    const lonely = pairs.unpaired.find((each) => each.why === 'nobody-deep');
    if (lonely !== undefined) {
      prompts.push(
        `${nameSome(labels, lonely.learners)} ${lonely.learners.length === 1 ? 'wants' : 'want'} to grow in ${areaName(bank, lonely.area)}, where nobody here is deep. Who outside the team could help?`,
      );
    }
  }
  if (hire !== null && (closesGap(hire) || hire.sharedDepth.length > 0)) {
    prompts.push(
      `A hire deep in ${joinNames(hire.deepAreas.map((id) => areaName(bank, id)))} would take the areas where nobody is deep from ${hire.gapsBefore.length} to ${hire.gapsAfter.length}, and those resting on one person from ${hire.singlesBefore} to ${hire.singlesAfter}. Is that the role we need next, or could one of us grow into it?`,
    );
  }
  return { prompts, replaces: riskiest?.area ?? null };
}
