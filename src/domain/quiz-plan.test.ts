import { expect, test } from 'vitest';
import { BANKS } from '../data/question-bank';
import type { QuestionBank } from '../data/bank-types';
import {
  buildQuizSteps,
  newItemIds,
  retakePrefill,
  drawAssessment,
  countAnswered,
  listQuestions,
  listUnanswered,
  maxResponse,
} from './quiz-plan';

const anchors = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'] as const;
const rating = (id: string) => ({ kind: 'rating', id, title: id, hint: '', anchors }) as const;
const check = (id: string) =>
  ({
    kind: 'check',
    id,
    question: id,
    options: ['x', 'y', 'z', 'w'],
    correctIndex: 1,
    explanation: '',
  }) as const;

const BANK: QuestionBank = {
  version: 1,
  areas: [
    {
      id: 'statistics',
      name: 'Statistics',
      shortName: 'Stats',
      summary: '',
      items: [rating('s1'), rating('s2')],
      checks: [check('sc1'), check('sc2')],
    },
    {
      id: 'experimentation',
      name: 'Experimentation',
      shortName: 'Experiments',
      summary: '',
      items: [rating('e1'), rating('e2'), rating('e3')],
      checks: [check('ec1'), check('ec2')],
    },
  ],
  foils: [{ kind: 'foil', id: 'foil', title: 'Foil', hint: '', anchors, flagFromLevel: 2 }],
  checksPerArea: 2,
  foilPlacement: { area: 'experimentation', afterItem: 2 },
};

test('one step per area: items first, the foil among its area items, then the checks', () => {
  const steps = buildQuizSteps(BANK);
  expect(steps.map((step) => step.questions.map((question) => question.id))).toEqual([
    ['s1', 's2', 'sc1', 'sc2'],
    ['e1', 'e2', 'foil', 'e3', 'ec1', 'ec2'],
  ]);
});

test('questions are listed in the order the quiz asks them', () => {
  expect(listQuestions(BANK).map((question) => question.id)).toEqual([
    's1',
    's2',
    'sc1',
    'sc2',
    'e1',
    'e2',
    'foil',
    'e3',
    'ec1',
    'ec2',
  ]);
});

test('answered counts only questions with a response, level 0 included', () => {
  const questions = listQuestions(BANK);
  expect(countAnswered(questions, {})).toBe(0);
  expect(countAnswered(questions, { s1: 0, foil: 3, unknown: 2 })).toBe(2);
});

test('unanswered questions come back in quiz order', () => {
  const [first] = buildQuizSteps(BANK);
  const answered = new Set(['s1', 'sc2']);
  expect(listUnanswered(first?.questions ?? [], (id) => answered.has(id)).map((q) => q.id)).toEqual(
    ['s2', 'sc1'],
  );
});

test('a rating accepts levels up to 5, a check up to its last option', () => {
  expect(maxResponse(rating('r'))).toBe(5);
  expect(maxResponse(check('c'))).toBe(3);
});

test('an assessment draws its checks and foil from the pools, the same for the same start', () => {
  const pooled: QuestionBank = {
    ...BANK,
    checksPerArea: 2,
    areas: BANK.areas.map((area) => ({
      ...area,
      checks: ['a', 'b', 'c', 'd'].map((letter) => ({
        kind: 'check' as const,
        id: `${area.id}-${letter}`,
        question: '?',
        options: ['w', 'x', 'y', 'z'],
        correctIndex: 0,
        explanation: '',
      })),
    })),
    foils: ['f1', 'f2', 'f3'].map((id) => ({
      kind: 'foil' as const,
      id,
      title: id,
      hint: '',
      anchors,
      flagFromLevel: 2,
    })),
  };
  const draw = drawAssessment(pooled, 1_764_000_000_000);
  expect(drawAssessment(pooled, 1_764_000_000_000)).toEqual(draw);
  for (const area of pooled.areas) {
    expect(area.checks.filter((check) => draw.checks.has(check.id))).toHaveLength(2);
  }
  const steps = buildQuizSteps(pooled, draw);
  expect(steps.flatMap((step) => step.questions).filter((q) => q.kind === 'foil')).toEqual([
    draw.foil,
  ]);
  // Over many starts, every check and every foil is drawn sometimes.
  const seen = new Set<string>();
  for (let start = 0; start < 200; start += 1) {
    const each = drawAssessment(pooled, 1_764_000_000_000 + start * 7_919);
    each.checks.forEach((id) => seen.add(id));
    seen.add(each.foil.id);
  }
  expect(seen.size).toBe(pooled.areas.length * 4 + 3);
  // Without a draw, every question of the pools, as links order them.
  expect(listQuestions(pooled).filter((q) => q.kind !== 'rating')).toHaveLength(
    pooled.areas.length * 4 + 3,
  );
});

test('answered checks and foil are part of the draw; the rest holds still as answers come', () => {
  const bank = BANKS[2];
  if (!bank) throw new Error('bank 2 is released');
  const start = 1_764_000_000_000;
  const seeded = drawAssessment(bank, start);
  const [drawn] = [...seeded.checks];
  if (!drawn) throw new Error('checks are drawn');
  // Answering a drawn check changes nothing.
  expect(drawAssessment(bank, start, { [drawn]: 1 })).toEqual(seeded);
  // A result under review answered other checks and another foil: those are asked again.
  const statistics = bank.areas[0];
  const otherChecks = statistics?.checks.filter((check) => !seeded.checks.has(check.id)) ?? [];
  const otherFoil = bank.foils.find((foil) => foil !== seeded.foil);
  const [firstOther, secondOther] = otherChecks;
  if (!firstOther || !secondOther || !otherFoil) throw new Error('pools larger than a draw');
  const answered = { [firstOther.id]: 0, [secondOther.id]: 2, [otherFoil.id]: 1 };
  const review = drawAssessment(bank, start + 99, answered);
  expect(statistics?.checks.filter((check) => review.checks.has(check.id))).toEqual([
    firstOther,
    secondOther,
  ]);
  expect(review.foil).toBe(otherFoil);
  expect(review.checks.size).toBe(bank.areas.length * bank.checksPerArea);
});

test('a retake carries over rating items that kept their meaning, never checks or the foil', () => {
  const earlier: QuestionBank = BANK;
  const current: QuestionBank = {
    ...BANK,
    version: 2,
    areas: BANK.areas.map((area, index) =>
      index === 0
        ? {
            ...area,
            items: [
              ...area.items.slice(1),
              { kind: 'rating', id: 's-new', title: 'New', hint: '', anchors },
            ],
          }
        : area,
    ),
  };
  const [dropped, kept] = BANK.areas[0]?.items ?? [];
  const [check] = BANK.areas[0]?.checks ?? [];
  if (!dropped || !kept || !check) throw new Error('fixture');
  const responses = { [dropped.id]: 4, [kept.id]: 3, [check.id]: 1, foil: 2 };
  expect(retakePrefill(responses, current, earlier)).toEqual({ [kept.id]: 3 });
  expect([...newItemIds(current, earlier)]).toEqual(['s-new']);
});
