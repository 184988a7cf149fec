import { expect, test } from 'vitest';
import { defaultTarget, resolveTarget, targetChoice, UNTITLED_TARGET } from './plan-target';

test('a reference role resolves to its name and areas; one no longer listed to null', () => {
  expect(resolveTarget({ kind: 'reference', id: 'ml-engineer' })).toMatchObject({
    title: 'ML engineer',
    areas: { 'production-software': 80, deployment: 80 },
  });
  expect(resolveTarget({ kind: 'reference', id: 'astrologer' })).toBeNull();
});

test('a link target keeps its title, or is named as coming from a link', () => {
  expect(resolveTarget({ kind: 'link', title: 'Lead at Acme', areas: { statistics: 70 } })).toEqual(
    {
      title: 'Lead at Acme',
      description: 'Set in a target link someone shared with you.',
      areas: { statistics: 70 },
    },
  );
  expect(resolveTarget({ kind: 'link', title: null, areas: {} })?.title).toBe(UNTITLED_TARGET);
  expect(resolveTarget({ kind: 'own', areas: { deployment: 40 } })?.title).toBe('My own targets');
});

test('before a choice the nearest reference role is shown', () => {
  expect(
    defaultTarget({
      statistics: 50,
      'business-communication': 30,
      'production-software': 80,
      experimentation: 40,
      deployment: 80,
    }),
  ).toEqual({ kind: 'reference', id: 'ml-engineer' });
  expect(targetChoice({ kind: 'reference', id: 'ml-engineer' })).toBe('reference:ml-engineer');
  expect(targetChoice({ kind: 'own', areas: {} })).toBe('own');
});
