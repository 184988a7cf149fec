import { expect, test } from 'vitest';
import { scoreBand } from './shape';
import { BANK_V1 } from '../data/bank-v1';
import { buildLevels, buildLevelsInOrder } from '../testing/builders';
import {
  buildRetroPrompts,
  describeTeamAlert,
  describeTeamPosition,
  summariseTeam,
  type TeamAlert,
} from './team-summary';

// Literal v1 fixtures (its item ids, six items per area): the team is read with version 1.
const bank = BANK_V1;

// Every item of an area at one level, so each area score is 20 × that level:
//              stats  biz  eng  exp  ops
//   Ada          80    40   20   40    0
//   Grace        40    60   80   20   80
//   Linus        20    40  100   40   20
const ada = {
  responses: buildLevels(
    {
      statistics: 4,
      'business-communication': 2,
      'production-software': 1,
      experimentation: 2,
      deployment: 0,
    },
    BANK_V1,
  ),
};
const grace = {
  responses: buildLevels(
    {
      statistics: 2,
      'business-communication': 3,
      'production-software': 4,
      experimentation: 1,
      deployment: 4,
    },
    BANK_V1,
  ),
};
const linus = {
  responses: buildLevels(
    {
      statistics: 1,
      'business-communication': 2,
      'production-software': 5,
      experimentation: 2,
      deployment: 1,
    },
    BANK_V1,
  ),
};
const LABELS = ['Ada', 'Grace', 'Linus'];

test('coverage of a three-member team, worked by hand (type-7 quartiles)', () => {
  const summary = summariseTeam(bank, [ada, grace, linus]);

  expect(summary.memberCount).toBe(3);
  expect(summary.areas).toEqual([
    // [20, 40, 80]: q1 at h = 0.5 is 20 + 0.5 × 20 = 30, q3 at h = 1.5 is 40 + 0.5 × 40 = 60.
    {
      area: 'statistics',
      name: 'Statistics',
      scored: 3,
      min: 20,
      q1: 30,
      median: 40,
      q3: 60,
      max: 80,
      deepCount: 1,
      broadCount: 2,
      deepMembers: [0],
    },
    {
      area: 'business-communication',
      name: 'Business communication',
      scored: 3,
      min: 40,
      q1: 40,
      median: 40,
      q3: 50,
      max: 60,
      deepCount: 0,
      broadCount: 3,
      deepMembers: [],
    },
    {
      area: 'production-software',
      name: 'Production software',
      scored: 3,
      min: 20,
      q1: 50,
      median: 80,
      q3: 90,
      max: 100,
      deepCount: 2,
      broadCount: 2,
      deepMembers: [1, 2],
    },
    {
      area: 'experimentation',
      name: 'Experimentation',
      scored: 3,
      min: 20,
      q1: 30,
      median: 40,
      q3: 40,
      max: 40,
      deepCount: 0,
      broadCount: 2,
      deepMembers: [],
    },
    {
      area: 'deployment',
      name: 'Deployment',
      scored: 3,
      min: 0,
      q1: 10,
      median: 20,
      q3: 50,
      max: 80,
      deepCount: 1,
      broadCount: 1,
      deepMembers: [1],
    },
  ]);
});

test('per-member scores, shapes and spectrum positions, and the team position from the medians', () => {
  const summary = summariseTeam(bank, [ada, grace, linus]);

  expect(summary.scores[0]).toEqual({
    statistics: 80,
    'business-communication': 40,
    'production-software': 20,
    experimentation: 40,
    deployment: 0,
  });
  expect(summary.shapes).toEqual(['Narrow T', 'Π-shaped', 'Narrow T']);
  // Ada: (−80 − 0.75×40 + 0.75×20 + 0) / (80 + 30 + 15 + 0) = −95/125.
  // Grace: (−40 − 15 + 60 + 80) / 195; Linus: (−20 − 30 + 75 + 20) / 145.
  expect(summary.spectrum.map((entry) => entry.member)).toEqual([0, 1, 2]);
  expect(summary.spectrum[0]?.position).toBeCloseTo(-0.76, 10);
  expect(summary.spectrum[1]?.position).toBeCloseTo(85 / 195, 10);
  expect(summary.spectrum[2]?.position).toBeCloseTo(45 / 145, 10);
  // Medians 40, 40, 80, 40, 20: (−40 − 30 + 60 + 20) / (40 + 30 + 60 + 20) = 10/150.
  expect(summary.teamPosition).toBeCloseTo(1 / 15, 10);
});

test('alerts of the three-member team: one per area, most severe first, then bank order', () => {
  const summary = summariseTeam(bank, [ada, grace, linus]);

  expect(summary.alerts).toEqual([
    { kind: 'nobody-above-working', area: 'experimentation' },
    { kind: 'nobody-deep', area: 'business-communication' },
    { kind: 'single-deep', area: 'statistics', member: 0 },
    { kind: 'single-deep', area: 'deployment', member: 1 },
  ]);
});

// Everything at level 4 (80) but deployment, whose six items are given one by one.
function withDeployment(levels: readonly [number, number, number, number, number, number]) {
  const [serving, cicd, infrastructure, monitoring, features, releases] = levels;
  return {
    responses: {
      ...buildLevels(
        {
          statistics: 4,
          'business-communication': 4,
          'production-software': 4,
          experimentation: 4,
        },
        BANK_V1,
      ),
      'ops-serving': serving,
      'ops-model-cicd': cicd,
      'ops-infrastructure': infrastructure,
      'ops-monitoring': monitoring,
      'ops-feature-consistency': features,
      'ops-release-rollback': releases,
    },
  };
}

test('nobody-broad fires when the best deployment score is under 40, not at exactly 40', () => {
  // 11/6 × 20 = 36.7 and 12/6 × 20 = 40.
  const under = summariseTeam(bank, [
    withDeployment([2, 2, 2, 2, 2, 1]),
    withDeployment([0, 0, 0, 0, 0, 0]),
  ]);
  const at = summariseTeam(bank, [
    withDeployment([2, 2, 2, 2, 2, 2]),
    withDeployment([0, 0, 0, 0, 0, 0]),
  ]);

  expect(under.alerts).toEqual([{ kind: 'nobody-broad', area: 'deployment' }]);
  expect(at.alerts).toEqual([{ kind: 'nobody-above-working', area: 'deployment' }]);
});

test('nobody-above-working fires below 60 (Practitioner), not at exactly 60', () => {
  // 17/6 × 20 = 56.7 and 18/6 × 20 = 60.
  const under = summariseTeam(bank, [
    withDeployment([3, 3, 3, 3, 3, 2]),
    withDeployment([1, 1, 1, 1, 1, 1]),
  ]);
  const at = summariseTeam(bank, [
    withDeployment([3, 3, 3, 3, 3, 3]),
    withDeployment([1, 1, 1, 1, 1, 1]),
  ]);

  expect(under.alerts).toEqual([{ kind: 'nobody-above-working', area: 'deployment' }]);
  expect(at.alerts).toEqual([{ kind: 'nobody-deep', area: 'deployment' }]);
});

test('nobody-deep fires below 70, and a member at exactly 70 is deep', () => {
  // 20/6 × 20 = 66.7 and 21/6 × 20 = 70.
  const under = summariseTeam(bank, [
    withDeployment([4, 4, 3, 3, 3, 3]),
    withDeployment([4, 4, 3, 3, 3, 3]),
  ]);
  const at = summariseTeam(bank, [
    withDeployment([4, 4, 4, 3, 3, 3]),
    withDeployment([4, 4, 4, 3, 3, 3]),
  ]);

  expect(under.alerts).toEqual([{ kind: 'nobody-deep', area: 'deployment' }]);
  expect(at.alerts).toEqual([]);
});

test('single-deep names the one deep member, and does not fire with two deep or a team of one', () => {
  const one = summariseTeam(bank, [
    withDeployment([1, 1, 1, 1, 1, 1]),
    withDeployment([4, 4, 4, 3, 3, 3]),
  ]);
  const two = summariseTeam(bank, [
    withDeployment([4, 4, 4, 3, 3, 3]),
    withDeployment([5, 5, 5, 5, 5, 5]),
  ]);
  const alone = summariseTeam(bank, [withDeployment([5, 5, 5, 5, 5, 5])]);

  expect(one.alerts).toEqual([{ kind: 'single-deep', area: 'deployment', member: 1 }]);
  expect(two.alerts).toEqual([]);
  expect(alone.alerts).toEqual([]);
});

test('a member without a score in an area is left out of that area only', () => {
  const statisticsOnly = { responses: { 'stats-probability': 4, 'stats-estimation': 3 } };
  const summary = summariseTeam(bank, [statisticsOnly, withDeployment([5, 5, 5, 5, 5, 5])]);

  expect(summary.areas.find((coverage) => coverage.area === 'deployment')).toMatchObject({
    scored: 1,
    min: 100,
    median: 100,
    max: 100,
    deepMembers: [1],
  });
  // 20 × 3.5 = 70 and 80: both deep, so statistics raises no alert.
  expect(summary.areas.find((coverage) => coverage.area === 'statistics')).toMatchObject({
    scored: 2,
    min: 70,
    max: 80,
    deepCount: 2,
  });
  expect(summary.scores[0]?.deployment).toBeNull();
  expect(summary.alerts).toEqual([]);
});

test('an empty team has no areas, alerts, positions or prompts', () => {
  const summary = summariseTeam(bank, []);

  expect(summary).toEqual({
    memberCount: 0,
    areas: [],
    alerts: [],
    spectrum: [],
    teamPosition: null,
    scores: [],
    shapes: [],
  });
  expect(buildRetroPrompts(bank, summary, [])).toEqual([]);
});

test('a member with no answers is counted but scores nothing and has no position', () => {
  const summary = summariseTeam(bank, [{ responses: {} }]);

  expect(summary.memberCount).toBe(1);
  expect(summary.areas).toEqual([]);
  expect(summary.spectrum).toEqual([{ member: 0, position: null }]);
  expect(summary.teamPosition).toBeNull();
  expect(summary.shapes).toEqual(['Emerging']);
});

test('each alert in plain words, with the labels on screen', () => {
  const describe = (alert: TeamAlert) => describeTeamAlert(bank, alert, LABELS);

  expect(describe({ kind: 'single-deep', area: 'deployment', member: 1 })).toBe(
    'Only Grace is deep in Deployment.',
  );
  expect(describe({ kind: 'nobody-deep', area: 'statistics' })).toBe(
    'Nobody is deep in Statistics: no one scores 70 or more.',
  );
  expect(describe({ kind: 'nobody-above-working', area: 'experimentation' })).toBe(
    'Nobody is above Working in Experimentation: no one scores 60 (Practitioner) or more.',
  );
  expect(describe({ kind: 'nobody-broad', area: 'production-software' })).toBe(
    'Nobody covers Production software: no one scores 40 or more.',
  );
  expect(
    describeTeamAlert(bank, { kind: 'single-deep', area: 'deployment', member: 4 }, LABELS),
  ).toBe('Only Member 5 is deep in Deployment.');
});

test('prompts for a gappy team follow its alerts, most severe first, and end on growing', () => {
  const summary = summariseTeam(bank, [ada, grace, linus]);

  expect(buildRetroPrompts(bank, summary, LABELS)).toEqual([
    'Nobody has done Experimentation work end to end on their own yet. Which upcoming piece of work could someone take on, with support, to get there?',
    'Nobody is deep in Business communication. Does our work need that depth, and if so, who would like to grow into it?',
    'Who could pair with Ada on Statistics, so it does not rest on one person?',
    'Who could pair with Grace on Deployment, so it does not rest on one person?',
    'Which one area would each of us like to grow in next, and who on the team could we learn it from?',
  ]);
});

test('a team leaning to Stats is asked about the Engineering work it misses', () => {
  const statistician = {
    responses: buildLevels(
      {
        statistics: 4,
        'business-communication': 2,
        'production-software': 1,
        experimentation: 4,
        deployment: 1,
      },
      BANK_V1,
    ),
  };
  // Medians 80, 40, 20, 80, 20: P = (−80 − 60 + 15 + 20) / 175 = −0.6.
  const summary = summariseTeam(bank, [statistician, statistician]);

  expect(summary.teamPosition).toBeCloseTo(-0.6, 10);
  expect(buildRetroPrompts(bank, summary, ['Ada', 'Bea'])).toEqual([
    'Nobody covers Production software. Does our work depend on it, and if so, who could learn it, or whose help could we ask for?',
    'Nobody covers Deployment. Does our work depend on it, and if so, who could learn it, or whose help could we ask for?',
    'Nobody has done Business communication work end to end on their own yet. Which upcoming piece of work could someone take on, with support, to get there?',
    'As a team we lean towards Stats. Which Engineering work falls through the gap, or waits for someone outside the team?',
    'Which one area would each of us like to grow in next, and who on the team could we learn it from?',
  ]);
});

test('at most four gap prompts, and never more than six in all', () => {
  // Statistics and Experimentation at 33.3 (2, 2, 2, 2, 1, 1), nothing else: every area is
  // uncovered, and Σ|w|A = 33.3 + 25 = 58.3 is enough to place the team at −1.
  const summary = summariseTeam(bank, [
    {
      responses: buildLevelsInOrder(
        [
          ...[2, 2, 2, 2, 1, 1],
          ...Array<number>(12).fill(0),
          ...[2, 2, 2, 2, 1, 1],
          ...Array<number>(6).fill(0),
        ],
        BANK_V1,
      ),
    },
  ]);
  const prompts = buildRetroPrompts(bank, summary, ['Ada']);

  expect(summary.alerts).toHaveLength(5);
  expect(prompts).toHaveLength(6);
  expect(prompts[3]).toMatch(/^Nobody covers Experimentation/);
  expect(prompts[4]).toMatch(/lean towards Stats/);
});

test('a well-covered team is asked about keeping its depth and where to grow next', () => {
  const first = {
    responses: buildLevels(
      {
        statistics: 5,
        'business-communication': 4,
        'production-software': 4,
        experimentation: 4,
        deployment: 4,
      },
      BANK_V1,
    ),
  };
  const second = {
    responses: buildLevels(
      {
        statistics: 4,
        'business-communication': 4,
        'production-software': 5,
        experimentation: 4,
        deployment: 5,
      },
      BANK_V1,
    ),
  };
  const summary = summariseTeam(bank, [first, second]);

  expect(summary.alerts).toEqual([]);
  expect(buildRetroPrompts(bank, summary, ['Ada', 'Bea'])).toEqual([
    '2 of us are deep in Statistics. How do we keep that depth, and share it with the rest of the team?',
    'Business communication has our lowest median (80). Is that where we should grow next?',
    'Which one area would each of us like to grow in next, and who on the team could we learn it from?',
  ]);
});

test('a one-person team without gaps still gets three prompts', () => {
  const summary = summariseTeam(bank, [
    {
      responses: buildLevels(
        {
          statistics: 5,
          'business-communication': 5,
          'production-software': 5,
          experimentation: 5,
          deployment: 5,
        },
        BANK_V1,
      ),
    },
  ]);

  expect(buildRetroPrompts(bank, summary, ['Ada'])).toEqual([
    'Statistics has our lowest median (100). Is that where we should grow next?',
    'Which one area would each of us like to grow in next, and who on the team could we learn it from?',
    'Where did a skill gap slow us down in the last few months, and what would have helped?',
  ]);
});

test('a score is below broad under 40, broad from 40 and deep from 70', () => {
  expect([0, 39.9, 40, 69.9, 70, 100].map((score) => scoreBand(score))).toEqual([
    'below-broad',
    'below-broad',
    'broad',
    'broad',
    'deep',
    'deep',
  ]);
});

test('the team position reads the same words as a person’s: a small lean is balanced', () => {
  expect(describeTeamPosition(-0.06)).toBe('−0.06, balanced between Stats and Engineering');
  expect(describeTeamPosition(0.4)).toBe('+0.40, leaning towards Engineering');
  expect(describeTeamPosition(-1)).toBe('−1.00, at the Stats end');
  expect(describeTeamPosition(null)).toBe('not enough signal');
});
