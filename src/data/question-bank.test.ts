import { expect, test } from 'vitest';
import type { QuestionBank } from './bank-types';
import { BANKS, QUESTION_BANK, bankFor } from './question-bank';

const AREA_IDS = [
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
];
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const banks = Object.values(BANKS);
const allQuestions = (bank: QuestionBank) => [
  ...bank.areas.flatMap((area) => [...area.items, ...area.checks]),
  ...bank.foils,
];

test('every released bank is kept under its own version; new assessments use the newest', () => {
  for (const [version, bank] of Object.entries(BANKS)) expect(bank.version).toBe(Number(version));
  expect(QUESTION_BANK.version).toBe(Math.max(...banks.map((bank) => bank.version)));
  expect(bankFor(1).version).toBe(1);
  expect(bankFor(99)).toBe(QUESTION_BANK);
});

test.each(banks)('bank $version asks the five areas in the spec order', (bank) => {
  expect(bank.areas.map((area) => area.id)).toEqual(AREA_IDS);
});

test.each(banks)('bank $version: every question id is unique, stable kebab-case', (bank) => {
  const ids = allQuestions(bank).map((question) => question.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(KEBAB_CASE);
});

test.each(banks)(
  'bank $version: 5–7 rating items per area, about 30 in all, and enough checks to draw',
  (bank) => {
    for (const area of bank.areas) {
      expect(area.items.length).toBeGreaterThanOrEqual(5);
      expect(area.items.length).toBeLessThanOrEqual(7);
      expect(area.checks.length).toBeGreaterThanOrEqual(bank.checksPerArea);
    }
    const items = bank.areas.reduce((sum, area) => sum + area.items.length, 0);
    expect(items).toBeGreaterThanOrEqual(27);
    expect(items).toBeLessThanOrEqual(35);
    expect(bank.foils.length).toBeGreaterThanOrEqual(1);
  },
);

test.each(banks)('bank $version: every item and foil has six distinct anchors', (bank) => {
  for (const item of [...bank.areas.flatMap((area) => area.items), ...bank.foils]) {
    expect(item.anchors).toHaveLength(6);
    expect(new Set(item.anchors).size).toBe(6);
    for (const anchor of item.anchors) expect(anchor.trim().length).toBeGreaterThan(20);
  }
});

test.each(banks)(
  'bank $version: each check has one correct answer among distinct options',
  (bank) => {
    for (const check of bank.areas.flatMap((area) => area.checks)) {
      expect(check.options.length).not.toBe(6);
      expect(check.options.length).toBeGreaterThanOrEqual(3);
      expect(new Set(check.options).size).toBe(check.options.length);
      expect(Number.isInteger(check.correctIndex)).toBe(true);
      expect(check.options[check.correctIndex]).toBeDefined();
      expect(check.explanation.trim()).not.toBe('');
    }
  },
);

test.each(banks)('bank $version: the foils sit among an area’s items and flag a claim', (bank) => {
  const area = bank.areas.find((each) => each.id === bank.foilPlacement.area);
  expect(area).toBeDefined();
  expect(bank.foilPlacement.afterItem).toBeGreaterThan(0);
  expect(bank.foilPlacement.afterItem).toBeLessThan(area?.items.length ?? 0);
  for (const foil of bank.foils) {
    expect(foil.flagFromLevel).toBeGreaterThanOrEqual(1);
    expect(foil.flagFromLevel).toBeLessThanOrEqual(5);
  }
});
