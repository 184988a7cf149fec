import { savedStateIn, tshapeKeys } from './saved-data';
import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { answerStep, completeAssessment, openDataTable } from './quiz-driver';
import { STORE_VERSION } from '../../src/store/saved-limits';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('with storage blocked by the browser, a banner says nothing is saved and the quiz still finishes', async () => {
  session = await openSession({ blockStorage: true });
  const { page } = session;
  await session.goto();
  // The profile really blocks site data: the page itself cannot reach localStorage.
  await expect
    .poll(() =>
      page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch {
          return 'blocked';
        }
      }),
    )
    .toBe('blocked');
  await page.getByRole('status').filter({ hasText: 'Nothing will be saved' }).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Start assessment' }).click();
  await completeAssessment(page, 3);
  const table = await openDataTable(page, 'Show breadth and depth as a table', 'Area scores');
  await expect
    .poll(() => table.getByRole('row', { name: /Statistics/ }).textContent())
    .toContain('60');
  session.expectClean();
});

test('with storage full, the answer stays on screen and an alert says it was not saved', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  // Fill this origin's storage to the brim before the quiz writes anything.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let index = 0; ; index += 1) {
      try {
        localStorage.setItem(`filler-${index}`, chunk);
      } catch {
        break;
      }
    }
    let small = 'x'.repeat(1024);
    for (let index = 0; small.length > 0; index += 1) {
      try {
        localStorage.setItem(`filler-small-${index}`, small);
      } catch {
        small = small.slice(0, small.length / 2);
      }
    }
  });
  await page.getByRole('link', { name: 'Start assessment' }).click();
  const group = page.getByRole('main').getByRole('radiogroup').first();
  await group.getByRole('radio').nth(4).check();
  await page.getByRole('alert').filter({ hasText: 'was not saved' }).waitFor();
  await expect.poll(() => group.getByRole('radio').nth(4).isChecked()).toBe(true);
  await answerStep(page, 4);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  session.expectClean();
});

test('saved data that cannot be read is left as it is, the person is told, and can download it', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  const raw = '{"state": {"progress": 42}, "version": 1}';
  await page.evaluate((value) => localStorage.setItem('tshape', value), raw);
  await page.reload();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'could not read part of your saved data' });
  await alert.waitFor();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  expect(JSON.parse(text)).toMatchObject({
    format: 'tshape-unreadable-data',
    entries: [{ key: expect.stringMatching(/^tshape:recovery:/), value: raw }],
  });
  await expectNoAxeViolations(page);

  // Kept aside under a recovery key, answering never writes over it; deleting it is the
  // person's decision.
  await page.getByRole('link', { name: 'Start assessment' }).click();
  await page.getByRole('main').getByRole('radiogroup').first().getByRole('radio').nth(1).check();
  await expect.poll(async () => Object.values(await tshapeKeys(page))).toContain(raw);
  await alert.getByRole('button', { name: 'Delete the unreadable data' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the data tshape could not read?' })
    .getByRole('button', { name: 'Delete it' })
    .click();
  await expect.poll(() => alert.count()).toBe(0);
  await page.getByRole('main').getByRole('radiogroup').first().getByRole('radio').nth(2).check();
  await expect
    .poll(() => tshapeKeys(page))
    .toMatchObject({
      tshape: JSON.stringify({ version: STORE_VERSION, state: null }),
    });
  expect((await savedStateIn(page)).progress).not.toBeNull();
  session.expectClean();
});

for (const [name, raw, banner, reason] of [
  [
    'truncated JSON',
    '{"state": {"progress": null, "results": [{"id": "r1", "compl',
    'could not read part of your saved data',
    /not valid JSON/,
  ],
  [
    'a far-future version',
    JSON.stringify({ state: { fromTheFuture: true }, version: 99 }),
    'This tab has stopped saving',
    /newer version/,
  ],
] as const) {
  test(`${name} seeded before load is kept unchanged and the person is told`, async () => {
    session = await openSession();
    const { page } = session;
    await session.goto();
    await page.evaluate((value) => localStorage.setItem('tshape', value), raw);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: banner });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(reason);
    // Answering afterwards never destroys the original bytes.
    await page.getByRole('link', { name: 'Start assessment' }).click();
    await page.getByRole('main').getByRole('radiogroup').first().getByRole('radio').nth(1).check();
    await page.waitForTimeout(300);
    expect(Object.values(await tshapeKeys(page))).toContain(raw);
    session.expectClean();
  });
}
