import { afterEach, expect, test } from 'vitest';
import { openSession, type Session } from './browser';
import { answerStep } from './quiz-driver';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('two tabs answering different items lose nothing, and each shows the other’s answers', async () => {
  session = await openSession();
  const first = session.page;
  await session.goto('#/assess');
  const second = await session.context.newPage();
  await session.goto('#/assess', second);

  const groupsIn = (page: typeof first) => page.getByRole('main').getByRole('radiogroup');
  await groupsIn(first).nth(0).getByRole('radio').nth(3).check();
  // Each tab picks up the other's answer without a reload; the second answers once it
  // shows the first's, as a person switching tabs does (at the same moment: below).
  await expect.poll(() => groupsIn(second).nth(0).getByRole('radio').nth(3).isChecked()).toBe(true);
  await groupsIn(second).nth(1).getByRole('radio').nth(4).check();
  await expect.poll(() => groupsIn(first).nth(1).getByRole('radio').nth(4).isChecked()).toBe(true);

  await first.reload();
  await groupsIn(first).first().waitFor();
  expect(await groupsIn(first).nth(0).getByRole('radio').nth(3).isChecked()).toBe(true);
  expect(await groupsIn(first).nth(1).getByRole('radio').nth(4).isChecked()).toBe(true);
  session.expectClean();
});

test('two tabs that start the assessment at the same moment keep both answers', async () => {
  session = await openSession();
  const first = session.page;
  await session.goto('#/assess');
  const second = await session.context.newPage();
  // The second tab hears of the first's writes only when released, so it answers before
  // it knows of the first's start, as when two answers come within the same moment.
  await second.addInitScript(() => {
    const held: StorageEvent[] = [];
    const hold = (event: StorageEvent) => {
      event.stopImmediatePropagation();
      held.push(event);
    };
    window.addEventListener('storage', hold);
    Object.assign(window, {
      releaseStorageEvents: () => {
        window.removeEventListener('storage', hold);
        for (const { key, oldValue, newValue, url, storageArea } of held) {
          window.dispatchEvent(
            new StorageEvent('storage', { key, oldValue, newValue, url, storageArea }),
          );
        }
      },
    });
  });
  await session.goto('#/assess', second);

  const groupsIn = (page: typeof first) => page.getByRole('main').getByRole('radiogroup');
  await groupsIn(first).nth(0).getByRole('radio').nth(3).check();
  await groupsIn(second).nth(1).getByRole('radio').nth(4).check();
  await second.evaluate(() =>
    (window as unknown as { releaseStorageEvents: () => void }).releaseStorageEvents(),
  );
  // The two starts are one assessment begun twice: both answers stay, in both tabs and
  // after a reload.
  for (const page of [first, second]) {
    await expect.poll(() => groupsIn(page).nth(0).getByRole('radio').nth(3).isChecked()).toBe(true);
    await expect.poll(() => groupsIn(page).nth(1).getByRole('radio').nth(4).isChecked()).toBe(true);
  }
  await first.reload();
  await groupsIn(first).first().waitFor();
  expect(await groupsIn(first).nth(0).getByRole('radio').nth(3).isChecked()).toBe(true);
  expect(await groupsIn(first).nth(1).getByRole('radio').nth(4).isChecked()).toBe(true);
  session.expectClean();
});

test('a tab of an older tshape never writes over data saved by a newer one', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto('#/assess');
  const newer = JSON.stringify({ state: { fromTheFuture: true }, version: 99 });
  const other = await session.context.newPage();
  await session.goto('#/', other);
  await other.evaluate((value) => localStorage.setItem('tshape', value), newer);
  await page.getByRole('main').getByRole('radiogroup').first().getByRole('radio').nth(2).check();
  await page.getByRole('alert').filter({ hasText: 'This tab has stopped saving' }).waitFor();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('tshape'))).toBe(newer);
  expect(
    await page
      .getByRole('main')
      .getByRole('radiogroup')
      .first()
      .getByRole('radio')
      .nth(2)
      .isChecked(),
  ).toBe(true);
});

test('a tab killed mid-quiz, with no unload handler run, loses no answer, even across a browser restart', async () => {
  session = await openSession();
  const { page, context } = session;
  await session.goto('#/assess');
  await answerStep(page, 4);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.nth(0).getByRole('radio').nth(1).check();
  await groups.nth(1).getByRole('radio').nth(5).check();

  // Killed at once, straight after the last click: no beforeunload, unload, pagehide or
  // visibilitychange handler runs, nor any timer that might have meant to save later.
  const crashed = page.waitForEvent('crash');
  const cdp = await context.newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  session.expectClean();
  session = await session.reopen();

  const reopened = session.page;
  await session.goto('#/');
  await reopened.getByRole('link', { name: 'Continue assessment' }).click();
  await reopened.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  const answers = reopened.getByRole('main').getByRole('radiogroup');
  await expect.poll(() => answers.nth(0).getByRole('radio').nth(1).isChecked()).toBe(true);
  expect(await answers.nth(1).getByRole('radio').nth(5).isChecked()).toBe(true);
  expect(await reopened.getByRole('radio', { checked: true }).count()).toBe(2);
  await reopened.getByRole('button', { name: 'Back' }).click();
  await reopened.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  const statistics = reopened.getByRole('main').getByRole('radiogroup');
  const count = await statistics.count();
  await expect.poll(() => reopened.getByRole('radio', { checked: true }).count()).toBe(count);
  session.expectClean();
});
