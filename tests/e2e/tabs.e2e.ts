import { afterEach, expect, test } from 'vitest';
import { openSession, type Session } from './browser';

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
  await groupsIn(second).nth(1).getByRole('radio').nth(4).check();
  // Each tab picks up the other's answer without a reload.
  await expect.poll(() => groupsIn(second).nth(0).getByRole('radio').nth(3).isChecked()).toBe(true);
  await expect.poll(() => groupsIn(first).nth(1).getByRole('radio').nth(4).isChecked()).toBe(true);

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
