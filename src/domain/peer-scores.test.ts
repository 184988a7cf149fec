import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels } from '../testing/builders';
import {
  compareSelfAndPeer,
  computePeerAreaScores,
  describeSelfAbovePeer,
  medianPeerScores,
  toPeerScoreMap,
  type KeptPeer,
} from './peer-scores';

const areaItems = (id: string) =>
  QUESTION_BANK.areas.find((area) => area.id === id)?.items.map((item) => item.id) ?? [];

/** Every item of the bank at one level per area, some "can't say" (null). */
function ratings(
  levels: Record<string, number>,
  cantSay: readonly string[] = [],
): Record<string, number | null> {
  const given: Record<string, number | null> = buildLevels(levels);
  for (const id of cantSay) given[id] = null;
  return given;
}

test('a peer score is 20 × the mean of the levels given, "can’t say" left out', () => {
  // Statistics has 7 items: 3 "can't say" leave 4 rated at 3 → 60.
  const stats = areaItems('statistics');
  expect(stats).toHaveLength(7);
  const scores = computePeerAreaScores(
    QUESTION_BANK,
    ratings({ statistics: 3, deployment: 5 }, stats.slice(0, 3)),
  );
  expect(scores.find((area) => area.id === 'statistics')).toMatchObject({
    rated: 4,
    items: 7,
    score: 60,
  });
  expect(scores.find((area) => area.id === 'deployment')?.score).toBe(100);
});

test('fewer than half the items rated is "not enough ratings" (null), half is enough', () => {
  // Business communication has 6 items: 3 rated is half (enough), 2 is not.
  const business = areaItems('business-communication');
  expect(business).toHaveLength(6);
  const half = computePeerAreaScores(
    QUESTION_BANK,
    ratings({ 'business-communication': 2 }, business.slice(0, 3)),
  );
  expect(half.find((area) => area.id === 'business-communication')?.score).toBe(40);
  const short = computePeerAreaScores(
    QUESTION_BANK,
    ratings({ 'business-communication': 2 }, business.slice(0, 4)),
  );
  expect(short.find((area) => area.id === 'business-communication')).toMatchObject({
    rated: 2,
    score: null,
  });
  // Statistics, 7 items: 3 rated is under half.
  const stats = computePeerAreaScores(
    QUESTION_BANK,
    ratings({ statistics: 4 }, areaItems('statistics').slice(0, 4)),
  );
  expect(stats.find((area) => area.id === 'statistics')?.score).toBeNull();
  expect(computePeerAreaScores(QUESTION_BANK, {}).every((area) => area.score === null)).toBe(true);
});

test('self and peer per area, the difference peer − self, a note from 20 points above', () => {
  const self = buildLevels({
    statistics: 4,
    'business-communication': 2,
    'production-software': 3,
    experimentation: 1,
    deployment: 5,
  });
  const peer = computePeerAreaScores(
    QUESTION_BANK,
    ratings(
      {
        statistics: 3,
        'business-communication': 2,
        'production-software': 4,
        experimentation: 1,
        deployment: 1,
      },
      areaItems('experimentation').slice(0, 5),
    ),
  );
  const rows = compareSelfAndPeer(QUESTION_BANK, self, toPeerScoreMap(peer));
  expect(rows.map((row) => [row.id, row.self, row.peer, row.difference, row.selfAbove])).toEqual([
    ['statistics', 80, 60, -20, true],
    ['business-communication', 40, 40, 0, false],
    ['production-software', 60, 80, 20, false],
    ['experimentation', 20, null, null, false],
    ['deployment', 100, 20, -80, true],
  ]);
  expect(describeSelfAbovePeer(rows, 'Bo')).toBe(
    'You rate yourself 20 points or more above how Bo sees you in Statistics (you 80, Bo 60) and Deployment (you 100, Bo 20). Worth asking what they have not seen, or what you may be counting too generously.',
  );
  expect(describeSelfAbovePeer(rows.slice(1, 3), 'Bo')).toBeNull();
});

const peer = (raterName: string | null, level: number): KeptPeer => ({
  raterName,
  scores: computePeerAreaScores(QUESTION_BANK, ratings({ statistics: level, deployment: 2 })),
});

test('the median per area; anonymous raters only from three on', () => {
  const named = medianPeerScores(QUESTION_BANK, [peer('Bo', 1), peer('Cy', 4)]);
  expect(named).toMatchObject({ count: 2, shown: true });
  expect(named.scores.statistics).toBe(50);
  expect(named.scores.deployment).toBe(40);

  const withAnonymous = [peer('Bo', 1), peer(null, 4)];
  expect(medianPeerScores(QUESTION_BANK, withAnonymous).shown).toBe(false);
  const three = medianPeerScores(QUESTION_BANK, [...withAnonymous, peer(null, 5)]);
  expect(three).toMatchObject({ count: 3, shown: true });
  expect(three.scores.statistics).toBe(80);
  expect(medianPeerScores(QUESTION_BANK, []).shown).toBe(false);
});

test('a peer who rated too little of an area is left out of its median', () => {
  const silent: KeptPeer = {
    raterName: 'Dee',
    scores: computePeerAreaScores(
      QUESTION_BANK,
      ratings({ statistics: 0 }, areaItems('statistics')),
    ),
  };
  const result = medianPeerScores(QUESTION_BANK, [peer('Bo', 2), silent]);
  expect(result.scores.statistics).toBe(40);
  expect(result.scores['business-communication']).toBe(0);
});
