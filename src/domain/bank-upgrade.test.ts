import { expect, test } from 'vitest';
import { QUESTION_BANK, bankFor } from '../data/question-bank';
import { computeAreaScores } from './area-scores';
import { computeProfile } from './profile';
import { decodeSharePayload } from './share-codec';
import { decodeTeamFile } from './team-file';

// What people already hold from version 1 keeps its meaning after bank 2 ships: a v1
// link, and a v1 team file, are read with bank 1 and score exactly as they did.
// (Saved stores of earlier releases, their results on bank 1, are the frozen fixtures of
// src/store/saved-state.test.ts and record-storage.test.ts; results are scored with
// bankFor(result.bankVersion) wherever they are shown. The retake that carries a bank 1
// result over is quiz-plan.test.ts's retakePrefill, and e2e/bank-upgrade.e2e.ts.)

// Made by version 1 for Ada: the same payload share-codec.test.ts checks byte by byte.
const V1_LINK = 'AQEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNl8Um2TA';
// Its scores on bank 1, by hand (20 × the mean level of each area's answered items):
// Statistics 4, 5, 4, 2, 3, 4 → 22/6; Business communication 3, 2, 3, 1, 2 → 11/5;
// Production software 1, 0, 1, 0, 2, 1 → 5/6; Experimentation 5, 4, 3, 3, 4, 4 → 23/6;
// Deployment 1, 0, 0, 1, 0 → 2/5.
const V1_SCORES = {
  statistics: (20 * 22) / 6,
  'business-communication': 44,
  'production-software': (20 * 5) / 6,
  experimentation: (20 * 23) / 6,
  deployment: 8,
};

test('bank 2 is current, and bank 1 is still here to read what version 1 made', () => {
  expect(QUESTION_BANK.version).toBe(2);
  expect(bankFor(1).version).toBe(1);
});

test('a version 1 link opens with its own bank and the scores it had', () => {
  const decoded = decodeSharePayload(V1_LINK);
  if (!decoded.ok) throw new Error(decoded.error.message);
  expect(decoded.result.bankVersion).toBe(1);
  expect(decoded.result.responses['stats-probability']).toBe(4);
  const scores = computeAreaScores(bankFor(decoded.result.bankVersion), decoded.result.responses);
  for (const [area, score] of Object.entries(V1_SCORES)) {
    expect(scores[area as keyof typeof V1_SCORES]).toBeCloseTo(score, 10);
  }
  // Read with bank 2 instead, its retired items would be lost: the bank matters.
  const misread = computeAreaScores(QUESTION_BANK, decoded.result.responses);
  expect(misread.statistics).not.toBeCloseTo(V1_SCORES.statistics, 1);
  // The whole profile, shape and position included, is the one bank 1 gives.
  const profile = computeProfile(bankFor(1), decoded.result.responses);
  // Deep in Statistics (73) and Experimentation (77), broad in Business communication (44).
  expect(profile.shape).toBe('Π-shaped');
  expect(profile.spectrum.position).toBeCloseTo(
    (-V1_SCORES.statistics -
      0.75 * V1_SCORES.experimentation +
      0.75 * V1_SCORES['production-software'] +
      V1_SCORES.deployment) /
      (V1_SCORES.statistics +
        0.75 * V1_SCORES.experimentation +
        0.75 * V1_SCORES['production-software'] +
        V1_SCORES.deployment),
    10,
  );
});

test('a version 1 team file opens with each member scored on bank 1', () => {
  const file = JSON.stringify({
    format: 'tshape-team',
    version: 1,
    name: 'Retro, November',
    exportedAt: '2026-11-21T09:30:00.000Z',
    members: [{ link: V1_LINK }],
  });
  const decoded = decodeTeamFile(file);
  if (!decoded.ok) throw new Error(decoded.error);
  const [ada] = decoded.members;
  expect(ada?.result).toMatchObject({ bankVersion: 1, name: 'Ada Lovelace' });
  const scores = computeAreaScores(bankFor(1), ada?.result.responses ?? {});
  expect(scores.experimentation).toBeCloseTo(V1_SCORES.experimentation, 10);
  expect(scores.deployment).toBeCloseTo(V1_SCORES.deployment, 10);
});
