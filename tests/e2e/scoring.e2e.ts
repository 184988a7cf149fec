import { readFile } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('"How the scoring works" shows the study figures from its JSON and passes axe', async () => {
  const study = JSON.parse(await readFile('src/data/study-results.json', 'utf8')) as {
    settings: { model: string; noise: string; positionCoverage: { rate: number } }[];
  };
  const typical = study.settings.find(
    (setting) => setting.model === 'uniform' && setting.noise === 'typical',
  );
  session = await openSession();
  const { page } = session;
  await session.goto('#/how-scoring-works');
  await page.getByRole('heading', { level: 1, name: /How the scoring works/i }).waitFor();
  const coverage = `${(Math.round((typical?.positionCoverage.rate ?? Number.NaN) * 1000) / 10).toFixed(1)}%`;
  await expect.poll(() => page.getByRole('main').textContent()).toContain(coverage);
  await expect.poll(() => page.getByRole('main').textContent()).toMatch(/self-reported/i);
  await expectNoAxeViolations(page);
  session.expectClean();
});
