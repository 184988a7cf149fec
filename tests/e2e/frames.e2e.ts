import { expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';

const newSession = closeSessionsAfterEach();

test('framed by another page, tshape shows only a link that opens it in its own tab', async () => {
  const session = await newSession();
  const { page, context } = session;
  // A saved team, so there is something a frame must not show.
  await session.goto('#/team');
  await page.getByRole('textbox', { name: 'New team' }).fill('Platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Platform' }).waitFor();

  const appScripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') appScripts.push(request.url());
  });
  const target = new URL('#/data', session.baseUrl).href;
  // A page of its own that frames tshape (served at the app's origin: even a page of the
  // same site must not get tshape's controls into a frame).
  const framer = new URL('framer.html', session.baseUrl).href;
  await page.route(framer, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<h1>Win a prize</h1><iframe src="${target}" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto(framer);
  const frame = page.frameLocator('iframe');
  const out = frame.getByRole('link', { name: 'Open tshape in its own tab' });
  await out.waitFor();
  await expect.poll(() => out.getAttribute('href')).toBe(target);
  expect(await out.getAttribute('target')).toBe('_blank');
  // Nothing of the app: no data, no control, and its code never fetched.
  expect(await frame.getByRole('button').count()).toBe(0);
  expect(await frame.getByRole('link').count()).toBe(1);
  expect(await frame.getByText('Platform', { exact: true }).count()).toBe(0);
  expect(await frame.getByRole('navigation').count()).toBe(0);
  expect(appScripts).toEqual([]);

  const opened = context.waitForEvent('page');
  await out.click();
  const own = await opened;
  await own.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  session.expectClean();
});
