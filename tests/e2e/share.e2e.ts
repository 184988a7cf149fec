import { expect, test } from 'vitest';
import { expectNoAxeViolations, closeSessionsAfterEach, type Session } from './browser';
import { expectNothingInjected, HOSTILE_NAMES, hostileLevels } from './hostile-names';
import { completeAssessment } from './quiz-driver';
import { buildShareLink } from './team-links';
import { tshapeKeys } from './saved-data';

const newSession = closeSessionsAfterEach();

/** Takes the assessment in a fresh profile and returns its share link. */
async function shareResult(levels: readonly number[], name?: string) {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/assess');
  await completeAssessment(page, levels);
  if (name !== undefined) await page.getByRole('textbox', { name: 'Display name' }).fill(name);
  const link = page.getByRole('textbox', { name: 'Share link' });
  await expect.poll(() => link.inputValue()).toContain('#/r/');
  return { session, url: await link.inputValue() };
}

async function savedData(session: Session) {
  return tshapeKeys(session.page);
}

test('a shared link opens in a fresh browser with the same shape and position, self-reported, read-only', async () => {
  // A = 80, 40, 40, 60, 20: T-shaped, P = −75/175.
  const { session: sender, url } = await shareResult([4, 2, 2, 3, 1], 'Ada Lovelace');
  const senderMeter = await sender.page
    .getByRole('meter', { name: 'Spectrum position' })
    .getAttribute('aria-valuenow');
  const payload = url.split('#/r/')[1] ?? '';
  expect(payload.length).toBeLessThanOrEqual(64 + 20);

  const viewer = await newSession();
  const { page } = viewer;
  await viewer.goto();
  const before = await savedData(viewer);
  await page.goto(url.replace(sender.baseUrl, viewer.baseUrl));
  await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
  await page
    .getByRole('heading', {
      name: 'Ada Lovelace is most likely a Narrow T — Business communication and Production software sit on the breadth line — or T-shaped',
    })
    .waitFor();
  await expect.poll(() => page.getByText(/self-reported/i).count()).toBeGreaterThan(0);
  const meter = page.getByRole('meter', { name: 'Spectrum position' });
  expect(await meter.getAttribute('aria-valuenow')).toBe(senderMeter);
  expect(Number(senderMeter)).toBeCloseTo(-75 / 175, 6);
  await expect
    .poll(() => page.getByRole('button', { name: 'Compare with my result' }).count())
    .toBe(0);
  // Spoken of, not to: the viewer is not the one who rated themself.
  await page.getByText('Where Ada Lovelace’s self-rated work sits').waitFor();
  expect(await page.getByRole('main').textContent()).not.toMatch(/you rate yourself|your shape/i);
  await expectNoAxeViolations(page);
  expect(await savedData(viewer)).toEqual(before);

  // The viewer can take it themself, straight into the first area's items.
  await page.getByRole('link', { name: 'Take it yourself' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  sender.expectClean();
  viewer.expectClean();
});

test('a viewer with a result compares it area by area', async () => {
  const { url } = await shareResult([4, 2, 2, 3, 1], 'Ada');
  const viewer = await newSession();
  const { page } = viewer;
  await viewer.goto('#/assess');
  await completeAssessment(page, [1, 2, 4, 1, 5]);
  const before = await savedData(viewer);
  await page.goto(url.replace(/^http:\/\/[^/]+\//, viewer.baseUrl));
  await page.getByRole('heading', { level: 1, name: 'Ada' }).waitFor();
  const compare = page.getByRole('button', { name: 'Compare with my result' });
  await compare.click();
  const table = page.getByRole('table', { name: /Area scores \(0–100\): Ada and You/ });
  await table.waitFor();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    );
  expect(rows).toEqual([
    ['Statistics', '80', '20', '−60'],
    ['Business communication', '40', '40', '0'],
    ['Production software', '40', '80', '+40'],
    ['Experimentation', '60', '20', '−40'],
    ['Deployment', '20', '100', '+80'],
  ]);
  await expect.poll(() => page.locator('.chart--spectrum .chart__marker--compare').count()).toBe(1);
  await expect.poll(() => page.locator('.chart--tshape .chart__compare').count()).toBe(1);
  await expectNoAxeViolations(page);
  expect(await savedData(viewer)).toEqual(before);
  viewer.expectClean();
});

test('"Copy share link" puts the link on the clipboard', async () => {
  const { session, url } = await shareResult([2, 2, 2, 2, 2]);
  const { page } = session;
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('every kind of bad link gets an alert saying why, and the app keeps working', async () => {
  const { url } = await shareResult([3, 3, 3, 3, 3]);
  const payload = url.split('#/r/')[1] ?? '';
  const flipped = `${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`;
  const cases: [string, RegExp][] = [
    [`#/r/${payload.slice(0, 20)}`, /cut short/i],
    [`#/r/${flipped}`, /damaged|changed|typo/i],
    ['#/r/!!!not-a-link***', /damaged|not a tshape link/i],
    [`#/r/${'A'.repeat(1200)}`, /too long/i],
    ['#/r/%E0%A4%A', /damaged|not a tshape link|cut short/i],
    ['#/r/', /cut short|empty|not a tshape link/i],
  ];
  const viewer = await newSession();
  const { page } = viewer;
  for (const [route, reason] of cases) {
    await viewer.goto(route);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(reason);
  }
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await page.getByRole('link', { name: 'Start assessment' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  viewer.expectClean();
});

test('a name full of markup is shown as text and runs nothing', async () => {
  const [markup] = HOSTILE_NAMES;
  if (!markup) throw new Error('The corpus of hostile names is empty.');
  const { url } = await shareResult([2, 3, 1, 2, 4], markup.name);
  const viewer = await newSession();
  const { page } = viewer;
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(url.replace(/^http:\/\/[^/]+\//, viewer.baseUrl));
  await page.getByRole('heading', { level: 1, name: markup.shown }).waitFor();
  expect(await page.locator('main img').count()).toBe(0);
  await expectNothingInjected(page);
  expect(dialogs).toBe(0);
  viewer.expectClean();
});

test('every hostile name in a link heads the shared result as plain text', async () => {
  const viewer = await newSession();
  const { page } = viewer;
  for (const [index, { name, shown }] of HOSTILE_NAMES.entries()) {
    await viewer.goto(new URL(buildShareLink(viewer.baseUrl, name, hostileLevels(index))).hash);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(shown);
    await expectNothingInjected(page);
  }
  viewer.expectClean();
});

test('each chart downloads as a valid SVG and PNG file', async () => {
  const { session } = await shareResult([2, 3, 4, 1, 5]);
  const { page } = session;
  await page.locator('.chart--tshape .chart__bar').first().waitFor();
  const read = async (name: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const file = await download;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
  };
  const svg = await read('Download breadth and depth as SVG');
  expect(svg.name).toBe('tshape-breadth-and-depth.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('Deployment ★');
  // The browser itself must be able to read the file back as an image.
  const size = await page.evaluate(async (markup) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, text);
  expect(size[0]).toBeGreaterThan(200);
  expect(size[1]).toBeGreaterThan(200);

  const png = await read('Download the profile as PNG');
  expect(png.name).toBe('tshape-profile.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.bytes.length).toBeGreaterThan(2_000);
  session.expectClean();
});

test('a share link made on a page opened with a query string does not carry it', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('?utm_source=newsletter&email=ada%40example.com#/assess');
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  const link = page.getByRole('textbox', { name: 'Share link' });
  await expect.poll(() => link.inputValue()).toContain('#/r/');
  const url = new URL(await link.inputValue());
  expect(url.search).toBe('');
  expect(url.href).not.toContain('email');
  expect(`${url.origin}${url.pathname}`).toBe(new URL(session.baseUrl).href);
  session.expectClean();
});
