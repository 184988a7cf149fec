import { expect, test } from 'vitest';
import { onlyFoil } from '../testing/builders';
import { QUESTION_BANK } from './question-bank';

const AREA_IDS = [
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
];
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const allQuestions = [
  ...QUESTION_BANK.areas.flatMap((area) => [...area.items, ...area.checks]),
  onlyFoil(),
];

test('the bank is versioned and asks the five areas in the spec order', () => {
  expect(QUESTION_BANK.version).toBeGreaterThanOrEqual(1);
  expect(QUESTION_BANK.areas.map((area) => area.id)).toEqual(AREA_IDS);
});

test('every question id is unique, stable kebab-case', () => {
  const ids = allQuestions.map((question) => question.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(KEBAB_CASE);
});

test('each area has 5–7 rating items and exactly two knowledge checks; about 30 items in all', () => {
  for (const area of QUESTION_BANK.areas) {
    expect(area.items.length).toBeGreaterThanOrEqual(5);
    expect(area.items.length).toBeLessThanOrEqual(7);
    expect(area.checks).toHaveLength(2);
  }
  const items = QUESTION_BANK.areas.reduce((sum, area) => sum + area.items.length, 0);
  expect(items).toBeGreaterThanOrEqual(27);
  expect(items).toBeLessThanOrEqual(33);
});

test('every rating item and the foil have six distinct, non-empty anchors', () => {
  for (const item of [...QUESTION_BANK.areas.flatMap((area) => area.items), onlyFoil()]) {
    expect(item.anchors).toHaveLength(6);
    expect(new Set(item.anchors).size).toBe(6);
    for (const anchor of item.anchors) expect(anchor.trim().length).toBeGreaterThan(20);
  }
});

test('each check has one correct answer among distinct options, never six of them', () => {
  for (const check of QUESTION_BANK.areas.flatMap((area) => area.checks)) {
    expect(check.options.length).not.toBe(6);
    expect(check.options.length).toBeGreaterThanOrEqual(3);
    expect(new Set(check.options).size).toBe(check.options.length);
    expect(Number.isInteger(check.correctIndex)).toBe(true);
    expect(check.options[check.correctIndex]).toBeDefined();
    expect(check.explanation.trim()).not.toBe('');
  }
});

test('the foil sits inside an existing area, among its items, and flags a claim of knowledge', () => {
  const area = QUESTION_BANK.areas.find((each) => each.id === QUESTION_BANK.foilPlacement.area);
  expect(area).toBeDefined();
  expect(QUESTION_BANK.foilPlacement.afterItem).toBeGreaterThan(0);
  expect(QUESTION_BANK.foilPlacement.afterItem).toBeLessThan(area?.items.length ?? 0);
  expect(onlyFoil().flagFromLevel).toBeGreaterThanOrEqual(1);
  expect(onlyFoil().flagFromLevel).toBeLessThanOrEqual(5);
});
