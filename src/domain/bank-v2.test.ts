import { expect, test } from 'vitest';
import { measureAssessment, wordsOf } from './assessment-length';
import { listQuestions } from './quiz-plan';
import {
  leaksOnStep,
  pickLongest,
  pickMostOverlap,
  pickMostSpecific,
  strategyScore,
} from '../testing/bank-rules';
import { QUESTION_ORDER_BY_VERSION } from '../data/bank-history';
import { BANK_V1 } from '../data/bank-v1';
import { BANK_V2 } from '../data/bank-v2';

const AREA_PREFIXES = {
  statistics: 'stats-',
  'business-communication': 'biz-',
  'production-software': 'eng-',
  experimentation: 'exp-',
  deployment: 'ops-',
} as const;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMPHASIS = /\*[^*]+\*/g;

const items = BANK_V2.areas.flatMap((area) => area.items);
const checks = BANK_V2.areas.flatMap((area) => area.checks);

test('version 2 asks the five areas in the spec order, each with its own id prefix', () => {
  expect(BANK_V2.version).toBe(2);
  expect(BANK_V2.areas.map((area) => area.id)).toEqual(Object.keys(AREA_PREFIXES));
  for (const area of BANK_V2.areas) {
    for (const question of [...area.items, ...area.checks]) {
      expect(question.id.startsWith(AREA_PREFIXES[area.id])).toBe(true);
    }
  }
  const ids = listQuestions(BANK_V2).map((question) => question.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(KEBAB_CASE);
});

test('5–7 rating items per area, about 30 in all; pools of at least 4 checks and 3 foils', () => {
  for (const area of BANK_V2.areas) {
    expect(area.items.length).toBeGreaterThanOrEqual(5);
    expect(area.items.length).toBeLessThanOrEqual(7);
    expect(area.checks.length).toBeGreaterThanOrEqual(4);
  }
  expect(items.length).toBeGreaterThanOrEqual(27);
  expect(items.length).toBeLessThanOrEqual(35);
  expect(BANK_V2.checksPerArea).toBe(2);
  expect(BANK_V2.foils.length).toBeGreaterThanOrEqual(3);
});

test('an id kept from version 1 stays in its area: a kept id means the same sub-skill', () => {
  const v1Area = new Map(
    BANK_V1.areas.flatMap((area) => area.items.map((item) => [item.id, area.id])),
  );
  for (const area of BANK_V2.areas) {
    for (const item of area.items) {
      if (v1Area.has(item.id)) expect(v1Area.get(item.id)).toBe(area.id);
    }
  }
  // The checks and foils are new: a version 1 check id never means a version 2 check.
  const v1Checks = new Set(BANK_V1.areas.flatMap((area) => area.checks.map((check) => check.id)));
  for (const check of checks) expect(v1Checks.has(check.id)).toBe(false);
  for (const foil of BANK_V2.foils) expect(foil.id).not.toBe('foil-1');
});

test('every anchor is one short behaviour: at most 22 words, level 0 plain, one emphasis above', () => {
  for (const item of [...items, ...BANK_V2.foils]) {
    expect(item.anchors).toHaveLength(6);
    expect(new Set(item.anchors).size).toBe(6);
    item.anchors.forEach((anchor, level) => {
      expect(wordsOf(anchor).length, `${item.id} level ${level}`).toBeLessThanOrEqual(22);
      expect(anchor.match(EMPHASIS)?.length ?? 0, `${item.id} level ${level}`).toBe(
        level === 0 ? 0 : 1,
      );
      // No stray asterisk outside a span.
      expect(anchor.replace(EMPHASIS, '')).not.toContain('*');
    });
  }
});

test('each item reads briefly: a title and hint of at most 18 words, anchors of at most 75', () => {
  for (const item of items) {
    expect(wordsOf(`${item.title} ${item.hint}`).length, item.id).toBeLessThanOrEqual(18);
    expect(wordsOf(item.anchors.join(' ')).length, item.id).toBeLessThanOrEqual(75);
  }
});

test('each check has four distinct options of similar length, one correct, and a reason', () => {
  for (const check of checks) {
    expect(check.options).toHaveLength(4);
    expect(new Set(check.options).size).toBe(4);
    expect(check.options[check.correctIndex]).toBeDefined();
    expect(check.explanation.trim()).not.toBe('');
    const mean = check.options.reduce((sum, option) => sum + option.length, 0) / 4;
    for (const option of check.options) {
      expect(Math.abs(option.length - mean) / mean, `${check.id}: ${option}`).toBeLessThanOrEqual(
        0.3,
      );
    }
  }
});

test('no test-taking trick beats chance by more than 10 points across the pool', () => {
  // Chance is 1 in 4; a strategy that cannot tell options apart scores a share of a tie.
  for (const strategy of [pickLongest, pickMostOverlap, pickMostSpecific]) {
    expect(strategyScore(checks, strategy), strategy.name).toBeLessThanOrEqual(0.35);
  }
  // The correct option sits at every position, not mostly at one.
  const positions = checks.map((check) => check.correctIndex);
  for (const position of [0, 1, 2, 3]) {
    expect(positions.filter((each) => each === position).length).toBeGreaterThanOrEqual(3);
  }
});

test('no check has its answer printed on its own step', () => {
  expect(leaksOnStep(BANK_V2)).toEqual([]);
});

test('a foil is a name only: no hint, the name in its anchors, a claim of use flagged', () => {
  for (const foil of BANK_V2.foils) {
    expect(foil.hint).toBe('');
    const name = foil.title.toLowerCase();
    for (const anchor of foil.anchors) expect(anchor.toLowerCase()).toContain(name);
    expect(foil.flagFromLevel).toBe(2);
  }
  const area = BANK_V2.areas.find((each) => each.id === BANK_V2.foilPlacement.area);
  expect(BANK_V2.foilPlacement.afterItem).toBeGreaterThan(0);
  expect(BANK_V2.foilPlacement.afterItem).toBeLessThan(area?.items.length ?? 0);
});

test('one assessment is shorter to read than on version 1', () => {
  const v1 = measureAssessment(BANK_V1);
  const v2 = measureAssessment(BANK_V2);
  // 5 areas' items, 2 checks each and one foil.
  expect(v2.questions).toBe(items.length + 5 * 2 + 1);
  expect(v2.words).toBeLessThan(v1.words);
  expect(v2.minutes).toBeLessThan(v1.minutes);
});

test('the share-link order of version 2 is every question of its pools, as the quiz lays them out', () => {
  expect(QUESTION_ORDER_BY_VERSION[2]).toEqual(listQuestions(BANK_V2).map((each) => each.id));
});
