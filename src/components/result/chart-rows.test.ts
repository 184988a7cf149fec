import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../data/question-bank';
import { computeProfile } from '../../domain/profile';
import { buildLevels } from '../../testing/builders';
import { toAreaRows, toAreaScores } from './chart-rows';

const profile = computeProfile(
  QUESTION_BANK,
  buildLevels({ statistics: 2, deployment: 4, 'production-software': 3 }),
);

test('one row per area in spectrum order, the home area starred and emphasised', () => {
  const rows = toAreaRows(QUESTION_BANK, profile);
  expect(rows.map((row) => [row.key, row.score, row.emphasis])).toEqual([
    ['statistics', 40, false],
    ['experimentation', 0, false],
    ['business-communication', 0, false],
    ['production-software', 60, false],
    ['deployment', 80, true],
  ]);
  expect(rows[4]).toMatchObject({ label: 'Deployment ★', shortLabel: 'Deployment ★' });
  // Statistics at 40 sits on the breadth line: a retake could move it across.
  expect(rows[0]).toMatchObject({
    label: 'Statistics ≈',
    shortLabel: 'Stats ≈',
    borderline: true,
  });
  expect(rows[3]).toMatchObject({ label: 'Production software', borderline: false });
  expect(rows[0]).not.toHaveProperty('compare');
});

test('a compared profile rides along as the second value of each row', () => {
  const other = computeProfile(QUESTION_BANK, buildLevels({ statistics: 5 }));
  const rows = toAreaRows(QUESTION_BANK, profile, toAreaScores(other));
  expect(rows.map((row) => [row.key, row.compare])).toEqual([
    ['statistics', 100],
    ['experimentation', 0],
    ['business-communication', 0],
    ['production-software', 0],
    ['deployment', 0],
  ]);
});

test('nobody is starred when every score is zero', () => {
  const empty = computeProfile(QUESTION_BANK, buildLevels({}));
  expect(toAreaRows(QUESTION_BANK, empty).some((row) => row.emphasis)).toBe(false);
});
