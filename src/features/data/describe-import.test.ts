import { expect, test } from 'vitest';
import { describeImport } from './your-data-page';

const report = (plans: number) => ({
  kept: true,
  added: { results: 2, teams: 1, sharedResults: 0, plans },
  overLimit: 0,
  noRoom: 0,
});

test('an import names growth plans only when some came', () => {
  expect(describeImport('merge', report(0))).toBe(
    'The imported file was merged into your data: 2 results, 1 team and 0 shared results added.',
  );
  expect(describeImport('replace', report(3))).toBe(
    'Your data was replaced by the imported file (2 results, 1 team, 0 shared results and 3 growth plans new to this browser).',
  );
});
