import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';
import { serveCopiesOfBuild } from './build-copy';

const newSession = closeSessionsAfterEach();
const serveCopyOfBuild = serveCopiesOfBuild();

test('a page whose code a new deploy removed says to reload, keeps answers, and reloads into it', async () => {
  const { dir, url } = await serveCopyOfBuild();
  const assets = path.join(dir, 'assets');
  const historyChunk = (await readdir(assets)).find((file) => /^history-page-.*\.js$/.test(file));
  if (!historyChunk) throw new Error('The build has no history page chunk.');

  const session = await newSession({ baseUrl: url });
  const { page } = session;
  await session.goto('#/assess');
  await page.getByRole('main').getByRole('radiogroup').first().getByRole('radio').nth(3).check();
  // The service worker installs once the page is idle. Let it finish before "the deploy":
  // installing after it, it would ask this test server (vite preview) for the removed
  // chunk and get index.html with a 200 (a real host answers 404, failing the install),
  // then serve that page as the chunk after the reload.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  // "A deploy": the chunk this tab's build would fetch for History is gone from the server.
  await rename(path.join(assets, historyChunk), path.join(dir, historyChunk));
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await page.getByRole('heading', { level: 1, name: 'This page needs a reload' }).waitFor();
  expect(await page.getByRole('alert').textContent()).toMatch(/new version of tshape/);
  expect(await page.getByText('Something went wrong').count()).toBe(0);

  // The deploy finishes (the file is there again, as the new build's would be): reloading
  // opens History, and the answer given before is still there.
  await rename(path.join(dir, historyChunk), path.join(assets, historyChunk));
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload tshape' }).click();
  await reloaded;
  await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await session.goto('#/assess');
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(1);
});
