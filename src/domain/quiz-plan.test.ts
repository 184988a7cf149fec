import { expect, test } from 'vitest';
import type { QuestionBank } from '../data/bank-types';
import {
  buildQuizSteps,
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
  foil: { kind: 'foil', id: 'foil', title: 'Foil', hint: '', anchors, flagFromLevel: 2 },
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
