import { expect, test } from 'vitest';
import { BANK_V2 } from '../data/bank-v2';
import { buildLevels } from '../testing/builders';
import { describeAgreement, describeHeadline, describePerson } from './headline';
import { computeProfile } from './profile';

test('agreement in words is never firmer than the share behind it', () => {
  expect(describeAgreement(0.97)).toBe('nearly every retake would');
  expect(describeAgreement(0.9)).toBe('nearly every retake would');
  expect(describeAgreement(0.89)).toBe('most retakes would');
  expect(describeAgreement(0.7)).toBe('most retakes would');
  expect(describeAgreement(0.6)).toBe('more than half of retakes would');
  expect(describeAgreement(0.52)).toBe('about half of retakes would');
  expect(describeAgreement(0.42)).toBe('about half of retakes would');
  expect(describeAgreement(0.3)).toBe('about one retake in three would');
  expect(describeAgreement(0.1)).toBe('few retakes would');
});

test('a shape that holds is stated alone, with how many retakes agree', () => {
  // Statistics all at 5 (100), the rest at 0: I-shaped, whatever a retake does.
  const profile = computeProfile(BANK_V2, buildLevels({ statistics: 5 }));
  expect(profile.statedShapes).toEqual(['I-shaped']);
  expect(describeHeadline(BANK_V2, profile)).toEqual({
    statement: 'You are I-shaped: broad across one area, deep in Statistics',
    certainty: 'Nearly every retake would show I-shaped.',
  });
});

test('a shape that may not hold names the other and the area that decides it', () => {
  // Statistics at 80, Deployment at 4 × 4 + 3 × 3 = 25 of 35 (71.4, just deep), the rest
  // at 60: Π-shaped as answered, T-shaped if a retake puts Deployment under the line.
  const profile = computeProfile(BANK_V2, {
    ...buildLevels({
      statistics: 4,
      'business-communication': 3,
      'production-software': 3,
      experimentation: 3,
    }),
    'ops-serving': 4,
    'ops-training-at-scale': 4,
    'ops-inference-efficiency': 4,
    'ops-llm-applications': 4,
    'ops-model-cicd': 3,
    'ops-monitoring': 3,
    'ops-feature-consistency': 3,
  });
  expect(profile.shape).toBe('Π-shaped');
  expect(profile.areas[4]).toMatchObject({ borderline: true, line: 'depth' });
  expect(profile.statedShapes).toHaveLength(2);
  // Π-shaped in about half of retakes, T-shaped in about a third.
  expect(describeHeadline(BANK_V2, profile, 'Ada is')).toEqual({
    statement:
      'Ada is most likely Π-shaped — or T-shaped if Deployment does not count as deep: it sits on the depth line',
    certainty: 'About half of retakes would show Π-shaped; next closest: T-shaped.',
  });
});

test('when a retake more often gives another shape, that shape leads', () => {
  // 80, 40, 40, 60, 20: T-shaped as answered, by two areas exactly on the breadth line;
  // a retake more often drops one of them below it.
  const profile = computeProfile(
    BANK_V2,
    buildLevels({
      statistics: 4,
      'business-communication': 2,
      'production-software': 2,
      experimentation: 3,
      deployment: 1,
    }),
  );
  expect(profile.shape).toBe('T-shaped');
  expect(profile.statedShapes).toEqual(['Narrow T', 'T-shaped']);
  expect(describeHeadline(BANK_V2, profile).statement).toBe(
    'You are most likely a Narrow T — Business communication and Production software sit on the breadth line — or T-shaped',
  );
});

test('when no one area decides, the headline names the line they all sit on', () => {
  // Every area at 40: Generalist as answered; a retake that drops three below τb is Emerging.
  const profile = computeProfile(
    BANK_V2,
    buildLevels({
      statistics: 2,
      'business-communication': 2,
      'production-software': 2,
      experimentation: 2,
      deployment: 2,
    }),
  );
  expect(describeHeadline(BANK_V2, profile).statement).toBe(
    'You are most likely a Generalist — or Emerging: every area sits on the breadth line',
  );
});

test('a result speaks to its viewer, and of anyone else by name or as "they"', () => {
  expect(describePerson({ name: 'You', isViewer: true })).toEqual({
    isViewer: true,
    subject: 'You are',
    possessive: 'your',
    object: 'you',
  });
  expect(describePerson({ name: 'Ada Lovelace', isViewer: false })).toEqual({
    isViewer: false,
    subject: 'Ada Lovelace is',
    possessive: 'Ada Lovelace’s',
    object: 'Ada Lovelace',
  });
  expect(describePerson({ name: null, isViewer: false })).toEqual({
    isViewer: false,
    subject: 'They are',
    possessive: 'their',
    object: 'them',
  });
});

test('someone else’s headline names them, and an unnamed one says "They are"', () => {
  const profile = computeProfile(BANK_V2, buildLevels({ statistics: 5 }));
  expect(
    describeHeadline(BANK_V2, profile, describePerson({ name: null, isViewer: false }).subject)
      .statement,
  ).toBe('They are I-shaped: broad across one area, deep in Statistics');
});
