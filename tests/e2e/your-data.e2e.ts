import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { completeAssessment } from './quiz-driver';

const sessions: Session[] = [];
async function newSession() {
  const session = await openSession();
  sessions.push(session);
  return session;
}
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
});

test('download my data, import it in a fresh browser, and delete it all', async () => {
  const first = await newSession();
  await first.goto('#/assess');
  await completeAssessment(first.page, [4, 2, 2, 3, 1]);
  await first.goto('#/data');
  await expectNoAxeViolations(first.page);
  const pending = first.page.waitForEvent('download');
  await first.page.getByRole('button', { name: 'Download my data' }).click();
  const file = await pending;
  const path = await file.path();

  const second = await newSession();
  const { page } = second;
  await second.goto('#/data');
  // Another app on the same origin keeps its data through "Delete all my data".
  await page.evaluate(() => localStorage.setItem('someone-else', 'keep me'));
  await page.getByLabel('Import my data').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Import this file?' });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect.poll(() => page.getByText('1 completed result').count()).toBe(1);
  await second.goto('#/results');
  await page
    .getByRole('heading', { name: 'You are T-shaped: broad across four areas, deep in Statistics' })
    .waitFor();

  await second.goto('#/data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page
    .getByRole('dialog', { name: 'Delete all your data?' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect.poll(() => page.getByText('0 completed results').count()).toBe(1);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['someone-else']);
  first.expectClean();
  second.expectClean();
});

test('a broken backup file is refused with a reason and changes nothing', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/data');
  await page.getByLabel('Import my data').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "tshape-backup", "version": 2, "state": {'),
  });
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/backup\.json.*cut off.*Nothing changed/);
  expect(await page.evaluate(() => localStorage.getItem('tshape'))).toBeNull();
  session.expectClean();
});
