import { expect, test } from 'vitest';
import type { AreaId } from '../data/bank-types';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevelsPerArea } from '../testing/builders';
import type { AreaScores } from './area-scores';
import {
  HIRE_BUDGET,
  buildPlanningPrompts,
  describeNextHire,
  describeNoPairs,
  describePair,
  describeUnpaired,
  findRiskiestSingle,
  suggestNextHire,
  suggestPairs,
} from './team-planning';
import { summariseTeam } from './team-summary';

const bank = QUESTION_BANK;

/** The value, in a test that has just said it is there. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Expected a value.');
  return value;
}

/** Area scores in bank order: Statistics, Business communication, Software, Experimentation, Deployment. */
function scores([statistics, business, software, experimentation, deployment]: readonly (
  number | null
)[]): AreaScores {
  return {
    statistics: statistics ?? null,
    'business-communication': business ?? null,
    'production-software': software ?? null,
    experimentation: experimentation ?? null,
    deployment: deployment ?? null,
  };
}

/** A team read as the page reads it: every item of an area at one level (score = 20 × level). */
function team(levels: readonly (readonly number[])[]) {
  return summariseTeam(
    bank,
    levels.map((perArea) => ({ responses: buildLevelsPerArea(perArea) })),
  );
}

//            stats  biz  soft  exp  deploy
const PAIR_SCORES = [
  scores([80, 40, 40, 40, 20]), // 0 Ada
  scores([20, 40, 40, 40, 100]), // 1 Grace
  scores([40, 40, 40, 40, 80]), // 2 Linus
  scores([40, 40, 40, 40, 20]), // 3 Hedy
  scores([40, 40, 40, 40, 20]), // 4 Bo
  scores([40, 40, 40, 40, 20]), // 5 Eve
];
const NAMES = ['Ada', 'Grace', 'Linus', 'Hedy', 'Bo', 'Eve', 'Chen'];
const PAIR_WISHES: readonly (readonly AreaId[])[] = [
  ['deployment'],
  ['statistics'],
  ['statistics', 'experimentation'],
  ['deployment'],
  ['deployment'],
  ['deployment'],
];

test('pairs: the scarcest area first, the least busy mentor next, listed in bank order', () => {
  const { pairs, unpaired, withInterests } = suggestPairs(bank, PAIR_SCORES, PAIR_WISHES);
  expect(pairs).toEqual([
    { area: 'statistics', mentor: 0, learner: 1 },
    { area: 'statistics', mentor: 0, learner: 2 },
    { area: 'deployment', mentor: 1, learner: 0 },
    { area: 'deployment', mentor: 2, learner: 3 },
    { area: 'deployment', mentor: 1, learner: 4 },
    { area: 'deployment', mentor: 2, learner: 5 },
  ]);
  expect(unpaired).toEqual([{ area: 'experimentation', learners: [2], why: 'nobody-deep' }]);
  expect(withInterests).toBe(6);
});

test('pairs: nobody mentors more than two; the wishes left over are named', () => {
  const { pairs, unpaired } = suggestPairs(
    bank,
    [...PAIR_SCORES, scores([40, 40, 40, 40, 40])],
    [...PAIR_WISHES, ['deployment']],
  );
  const load = new Map<number, number>();
  for (const pair of pairs) load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
  expect(Math.max(...load.values())).toBe(2);
  expect(pairs).toHaveLength(6);
  expect(unpaired).toEqual([
    { area: 'experimentation', learners: [2], why: 'nobody-deep' },
    { area: 'deployment', learners: [6], why: 'mentors-full' },
  ]);
  expect(describeUnpaired(bank, must(unpaired[1]), NAMES)).toBe(
    'Chen also wants to grow in Deployment, but everyone deep there already has 2 pairs.',
  );
  expect(describeUnpaired(bank, must(unpaired[0]), NAMES)).toBe(
    'Nobody included is deep in Experimentation, where Linus wants to grow: someone outside the team, or the next hire, could help.',
  );
});

test('pairs: a wish that finds every mentor full moves an earlier pair rather than go without', () => {
  // Statistics: mentors 0 (90) and 1 (80); Deployment: mentors 0 and 2. Three want each.
  const { pairs, unpaired } = suggestPairs(
    bank,
    [
      scores([90, 40, 40, 40, 80]),
      scores([80, 40, 40, 40, 40]),
      scores([40, 40, 40, 40, 80]),
      scores([40, 40, 40, 40, 40]),
      scores([40, 40, 40, 40, 40]),
      scores([40, 40, 40, 40, 40]),
    ],
    [
      [],
      [],
      [],
      ['statistics', 'deployment'],
      ['statistics', 'deployment'],
      ['statistics', 'deployment'],
    ],
  );
  expect(unpaired).toEqual([]);
  expect(pairs).toHaveLength(6);
  expect(pairs.filter((pair) => pair.mentor === 0)).toHaveLength(2);
});

test('pairs in words, named or anonymous', () => {
  const pair = { area: 'deployment', mentor: 1, learner: 0 } as const;
  expect(describePair(bank, pair, ['Ada', 'Grace'])).toEqual({
    who: 'Ada could learn from Grace',
    why: 'Grace is deep in Deployment; Ada wants to grow there.',
  });
  expect(describePair(bank, pair, ['Member 2', 'Member 5']).who).toBe(
    'Member 2 could learn from Member 5',
  );
});

test('pairs: links without interests, one member, nobody included each get a sentence', () => {
  const none = suggestPairs(
    bank,
    PAIR_SCORES,
    PAIR_SCORES.map(() => []),
  );
  expect(none.pairs).toEqual([]);
  expect(describeNoPairs(6, none)).toMatch(/None of these links says where/);
  const alone = suggestPairs(bank, [must(PAIR_SCORES[0])], [['deployment']]);
  expect(describeNoPairs(1, alone)).toBe('With one person there is nobody to pair with yet.');
  expect(describeNoPairs(0, suggestPairs(bank, [], []))).toMatch(/Everyone is left out/);
  // A learner already deep where they want to grow is not paired as a learner.
  expect(suggestPairs(bank, PAIR_SCORES, [[], [], [], [], [], []]).unpaired).toEqual([]);
  expect(
    suggestPairs(bank, [must(PAIR_SCORES[1]), must(PAIR_SCORES[2])], [['deployment'], []]).pairs,
  ).toEqual([]);
});

test('leaving a member out changes coverage: the summary of the included alone', () => {
  const everyone = team([
    [4, 2, 2, 2, 1],
    [1, 2, 4, 1, 4],
    [2, 2, 4, 2, 4],
  ]);
  const withoutBo = team([
    [4, 2, 2, 2, 1],
    [1, 2, 4, 1, 4],
  ]);
  expect(everyone.alerts.filter((alert) => alert.kind === 'single-deep')).toEqual([
    { kind: 'single-deep', area: 'statistics', member: 0 },
  ]);
  expect(withoutBo.alerts).toContainEqual({ kind: 'single-deep', area: 'deployment', member: 1 });
  expect(withoutBo.areas.find((area) => area.area === 'deployment')?.deepCount).toBe(1);
});

test('next hire: a team lacking Deployment depth gets a hire deep in Deployment', () => {
  const summary = team([
    [4, 4, 2, 4, 1],
    [4, 4, 4, 4, 2],
    [2, 2, 4, 2, 3],
  ]);
  const hire = suggestNextHire(bank, summary);
  expect(hire?.profile).toEqual({
    statistics: 40,
    'business-communication': 40,
    'production-software': 80,
    experimentation: 40,
    deployment: 80,
  });
  expect(hire?.gapsBefore).toEqual(['deployment']);
  expect(hire?.gapsAfter).toEqual([]);
  expect(hire?.singlesAfter).toBe(1);
  expect(hire?.nearest?.name).toBe('ML engineer');
  expect(describeNextHire(bank, must(hire), ['Ada', 'Grace', 'Linus'])).toBe(
    'Deep in Production software and Deployment, and at least Working in every other area. ' +
      'Nobody included is deep in Deployment now; this hire would be. ' +
      'In Deployment the hire would be the only one deep at first, so plan for them to pair with someone from the start. ' +
      'It would also widen the team’s spread between Stats and Engineering.',
  );
});

test('next hire: a team with one Statistics expert gets that single point of failure closed first', () => {
  const summary = team([
    [4, 4, 4, 4, 4],
    [2, 4, 4, 4, 4],
    [3, 2, 2, 2, 2],
  ]);
  const hire = suggestNextHire(bank, summary);
  expect(hire?.deepAreas).toEqual(['statistics', 'experimentation']);
  expect(hire?.sharedDepth).toEqual([{ area: 'statistics', member: 0 }]);
  expect(hire?.singlesBefore).toBe(1);
  expect(hire?.singlesAfter).toBe(0);
  expect(describeNextHire(bank, must(hire), ['Ada', 'Grace', 'Linus'])).toContain(
    'Only Ada is deep in Statistics; with this hire that would no longer rest on one person.',
  );
});

test('next hire: ties go to the profile asking most of the first areas in bank order', () => {
  // One person broad everywhere (position 0): Stats-side and Engineering-side depths
  // spread the team equally; Statistics comes first in the bank.
  const hire = suggestNextHire(bank, team([[2, 2, 2, 2, 2]]));
  expect(hire?.gapsBefore).toHaveLength(5);
  expect(hire?.deepAreas).toEqual(['statistics', 'experimentation']);
  expect(hire?.gapsAfter).toEqual(['business-communication', 'production-software', 'deployment']);
  expect(describeNextHire(bank, must(hire), ['Ada'])).toContain(
    'Business communication, Production software and Deployment would still have nobody deep',
  );
  // Stays within the most demanding reference role's total.
  expect(
    Object.values(must(hire).profile).reduce((sum, score) => sum + score, 0),
  ).toBeLessThanOrEqual(HIRE_BUDGET);
});

test('next hire: everyone deep everywhere, one member, nobody included', () => {
  const deep = suggestNextHire(
    bank,
    team([
      [4, 4, 4, 4, 4],
      [5, 5, 5, 5, 5],
    ]),
  );
  expect(deep?.gapsBefore).toEqual([]);
  expect(deep?.singlesAfter).toBe(0);
  expect(describeNextHire(bank, must(deep), ['Ada', 'Grace'])).toContain(
    'there is no gap to close',
  );

  const alone = suggestNextHire(bank, team([[4, 4, 4, 4, 4]]));
  expect(alone?.sharedDepth).toHaveLength(2);
  expect(alone?.singlesAfter).toBe(3);

  expect(suggestNextHire(bank, team([]))).toBeNull();
});

test('200 members: the hire and the pairs stay quick', () => {
  const levels = Array.from({ length: 200 }, (_, index) =>
    [0, 1, 2, 3, 4].map((area) => (index * 7 + area * 3) % 6),
  );
  const summary = team(levels);
  const start = performance.now();
  const hire = suggestNextHire(bank, summary);
  const pairs = suggestPairs(
    bank,
    summary.scores,
    levels.map((_, index) =>
      index % 2 === 0 ? ['deployment', 'statistics'] : ['experimentation'],
    ),
  );
  // A generous bound for a shared machine: a guard against an accidental blow-up, not a timing.
  expect(performance.now() - start).toBeLessThan(500);
  expect(hire).not.toBeNull();
  expect(pairs.pairs.length).toBeGreaterThan(0);
});

test('prompts: the riskiest single point of failure, the pairs and what the hire would change', () => {
  // Ada alone deep in Statistics (next best 40); Grace alone in Business (next best 60).
  const summary = team([
    [4, 2, 4, 2, 4],
    [2, 4, 4, 2, 4],
    [1, 3, 1, 2, 1],
  ]);
  expect(findRiskiestSingle(summary)).toEqual({ area: 'statistics', member: 0, nextBest: 40 });
  const pairs = suggestPairs(bank, summary.scores, [[], [], ['statistics']]);
  const hire = suggestNextHire(bank, summary);
  const { prompts, replaces } = buildPlanningPrompts(bank, summary, pairs, hire, [
    'Ada',
    'Grace',
    'Linus',
  ]);
  expect(replaces).toBe('statistics');
  expect(prompts[0]).toBe(
    'If Ada were away, the next best Statistics score on the team would be 40. Who would pick that work up, and what should Ada share first?',
  );
  expect(prompts[1]).toBe(
    'Linus could learn from Ada in Statistics. Which piece of work in the next month could each pair share?',
  );
  expect(prompts[2]).toMatch(/^A hire deep in Statistics and Experimentation would take the areas/);
});
