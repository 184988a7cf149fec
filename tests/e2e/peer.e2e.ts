import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../src/data/question-bank';
import { encodeReplyPayload } from '../../src/domain/peer-codec';
import { encodeSharePayload } from '../../src/domain/share-codec';
import { buildLevels } from '../../src/testing/builders';
import { closeSessionsAfterEach, expectNoAxeViolations, type Session } from './browser';
import { expectNothingInjected, HOSTILE_NAMES } from './hostile-names';
import { tabTo } from './keyboard';
import { completeAssessment } from './quiz-driver';
import { tshapeKeys } from './saved-data';

const newSession = closeSessionsAfterEach();

/** Ada's result: A = 80, 40, 40, 60, 20 (statistics, business, production, experimentation, deployment). */
const ADA = [4, 2, 2, 3, 1];

/** The asker takes the assessment, names herself, asks, and returns the request link. */
async function ask(session: Session, name = 'Ada') {
  const { page } = session;
  await session.goto('#/assess');
  await completeAssessment(page, ADA);
  await page.getByRole('textbox', { name: 'Display name' }).fill(name);
  await page.getByRole('button', { name: 'Ask a colleague' }).click();
  const link = page.getByRole('textbox', { name: 'Request link' });
  await expect.poll(() => link.inputValue()).toContain('#/ask/');
  expect(await link.getAttribute('readonly')).not.toBeNull();
  return link.inputValue();
}

/**
 * Rates every item of the current step: `choose(index)` gives the radio to check in
 * the index-th group (0 is "Can't say", 1 + level for a level).
 */
async function rateStep(page: Page, choose: (index: number) => number) {
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.first().waitFor();
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    const radios = groups.nth(index).getByRole('radio');
    expect(await radios.count()).toBe(7);
    await radios.nth(choose(index)).check();
  }
  return count;
}

/** A reply link for Ada made with the app's own codec: every item at one level per area. */
function replyLink(baseUrl: string, raterName: string | null, levels: Record<string, number>) {
  return `${baseUrl}#/peer/${encodeReplyPayload({
    bankVersion: QUESTION_BANK.version,
    askerName: 'Ada',
    raterName,
    ratings: buildLevels(levels),
  })}`;
}

async function tableRows(page: Page, name: string | RegExp) {
  const table = page.getByRole('table', { name });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    );
}

test('ask → rate (a reload midway, some "Can’t say") → reply → the asker keeps it', async () => {
  const asker = await newSession();
  const request = await ask(asker);
  expect(request).not.toMatch(/[?]/);

  // A colleague, in a browser of their own with no result, rates Ada.
  const rater = await newSession();
  const { page } = rater;
  await page.goto(request);
  await page.getByRole('heading', { level: 1, name: 'Rate Ada' }).waitFor();
  await page.getByText('Nothing is sent anywhere').waitFor();
  await page
    .getByText('the highest statement that was true of them in the last 12 months')
    .waitFor();
  // Worded about them, "Can't say" first.
  const first = page.getByRole('main').getByRole('radiogroup').first();
  await expect.poll(() => first.getByRole('radio').first().getAttribute('value')).toBe('cant-say');
  expect(await first.textContent()).toContain('Not part of their work yet.');
  await expectNoAxeViolations(page);

  // "Next" with nothing rated keeps the step and says so.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('alert').filter({ hasText: 'still need an answer' }).waitFor();

  // Statistics: the first item "Can't say", the rest at Practitioner (3) → 60.
  await rateStep(page, (index) => (index === 0 ? 0 : 4));
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 2, name: 'Business communication' }).waitFor();
  // Business communication: half rated at Aware, then a reload mid-step.
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.nth(0).getByRole('radio').nth(2).check();
  await groups.nth(1).getByRole('radio').nth(2).check();
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Business communication' }).waitFor();
  expect(await groups.nth(1).getByRole('radio').nth(2).isChecked()).toBe(true);
  await rateStep(page, () => 2);
  await page.getByRole('button', { name: 'Next' }).click();
  // Production software at Working (2) → 40.
  await page.getByRole('heading', { level: 2, name: 'Production software' }).waitFor();
  await rateStep(page, () => 3);
  await page.getByRole('button', { name: 'Next' }).click();
  // Experimentation: 4 of 7 "Can't say" → not enough ratings.
  await page.getByRole('heading', { level: 2, name: 'Experimentation' }).waitFor();
  await rateStep(page, (index) => (index < 4 ? 0 : 4));
  await page.getByRole('button', { name: 'Next' }).click();
  // Deployment at Advanced (4) → 80, then the optional name and the link.
  await page.getByRole('heading', { level: 2, name: 'Deployment' }).waitFor();
  await rateStep(page, () => 5);
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Bo');
  await page.getByRole('button', { name: 'Create reply link' }).click();
  const replyBox = page.getByRole('textbox', { name: 'Reply link' });
  await expect.poll(() => replyBox.inputValue()).toContain('#/peer/');
  expect(await replyBox.getAttribute('readonly')).not.toBeNull();
  await page.getByText('It holds exactly this: your 28 ratings and 5 “can’t say”').waitFor();
  const reply = await replyBox.inputValue();
  expect(reply.length).toBeLessThan(900);
  // Nothing of the rater's is kept: not in the app's storage, and the draft is gone.
  expect(await tshapeKeys(page)).toEqual({});
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await expectNoAxeViolations(page);
  rater.expectClean();

  // Ada opens the reply.
  const { page: own } = asker;
  await own.goto(reply);
  await own.getByRole('heading', { level: 1, name: 'Peer rating from Bo' }).waitFor();
  expect(await tableRows(own, 'Self and peer')).toEqual([
    ['Statistics', '80', '60', '−20 ⚑, self 20+ above'],
    ['Business communication', '40', '20', '−20 ⚑, self 20+ above'],
    ['Production software', '40', '40', '0'],
    ['Experimentation', '60', 'not enough ratings', '—'],
    ['Deployment', '20', '80', '+60'],
  ]);
  await own.getByText(/You rate yourself 20 points or more above how Bo sees you/).waitFor();
  await own.locator('.chart--radar .chart__area--compare').first().waitFor();
  await own.getByText('Show each sub-skill').click();
  await own.getByRole('table', { name: /Sub-skills/ }).waitFor();
  await expectNoAxeViolations(own);
  await own.getByRole('button', { name: 'Keep this rating' }).click();
  await own.getByRole('status').filter({ hasText: 'Kept with your latest result' }).waitFor();

  // Kept after a reload, and opened again it is kept once.
  await own.reload();
  await own.getByRole('button', { name: 'Kept with your latest result' }).waitFor();
  await asker.goto('#/history');
  await own.getByText('1 peer rating', { exact: false }).first().waitFor();
  expect(await tableRows(own, /Self and peer: /)).toEqual([
    ['Statistics', '80', '60', '−20 ⚑, self 20+ above'],
    ['Business communication', '40', '20', '−20 ⚑, self 20+ above'],
    ['Production software', '40', '40', '0'],
    ['Experimentation', '60', 'not enough ratings', '—'],
    ['Deployment', '20', '80', '+60'],
  ]);
  // The self-scores and the share link are as they were.
  await asker.goto('#/results');
  await own.getByText('One peer rating is kept with this result').waitFor();
  asker.expectClean();
});

test('a second and third peer: the median, anonymous raters only from three on', async () => {
  const asker = await newSession();
  await ask(asker);
  const { page } = asker;
  const shareBefore = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const links = [
    replyLink(asker.baseUrl, 'Bo', { statistics: 2, deployment: 2 }),
    replyLink(asker.baseUrl, null, { statistics: 4, deployment: 3 }),
    replyLink(asker.baseUrl, null, { statistics: 5, deployment: 1 }),
  ];
  for (const [index, link] of links.entries()) {
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: /Peer rating from/ }).waitFor();
    await page.getByRole('button', { name: 'Keep this rating' }).click();
    await page.getByRole('button', { name: 'Kept with your latest result' }).waitFor();
    if (index === 1) {
      await page.getByText('The median of your colleagues shows once 3 have rated').waitFor();
    }
  }
  expect(await tableRows(page, 'Self and the median of 3 peers')).toEqual([
    ['Statistics', '80', '80', '0'],
    ['Business communication', '40', '0', '−40 ⚑, self 20+ above'],
    ['Production software', '40', '0', '−40 ⚑, self 20+ above'],
    ['Experimentation', '60', '0', '−60 ⚑, self 20+ above'],
    ['Deployment', '20', '40', '+20'],
  ]);
  // The same reply again: kept once.
  await page.goto(links[0] ?? '');
  await page.getByRole('button', { name: 'Kept with your latest result' }).waitFor();
  await asker.goto('#/history');
  await page.getByText('3 peer ratings', { exact: false }).first().waitFor();
  await page.getByText('3 colleagues rated this result: Bo, 2 anonymous.').waitFor();
  await asker.goto('#/results');
  expect(await page.getByRole('textbox', { name: 'Share link' }).inputValue()).toBe(shareBefore);
  asker.expectClean();
});

test('comparing two results in history shows the peer rating kept with the later one', async () => {
  const asker = await newSession();
  await ask(asker);
  const { page } = asker;
  await asker.goto('#/assess');
  await completeAssessment(page, [4, 2, 3, 3, 2]);
  await page.goto(replyLink(asker.baseUrl, 'Bo', { statistics: 2, deployment: 2 }));
  await page.getByRole('button', { name: 'Keep this rating' }).click();
  await page.getByRole('button', { name: 'Kept with your latest result' }).waitFor();

  await asker.goto('#/history');
  await page.getByRole('button', { name: 'Compare with a past result' }).click();
  const table = page.getByRole('table', { name: /Change per area/ });
  await table.waitFor();
  expect(await table.locator('thead th').allTextContents()).toEqual([
    'Area',
    'Before',
    'After',
    'Change',
    'Peer, after',
  ]);
  expect(await tableRows(page, /Change per area/)).toEqual([
    ['Statistics', '80', '80', '0', '40'],
    ['Business communication', '40', '40', '0', '0'],
    ['Production software', '40', '60', '+20', '0'],
    ['Experimentation', '60', '60', '0', '0'],
    ['Deployment', '20', '40', '+20', '40'],
  ]);
  await page.getByText('one colleague rated the later one', { exact: false }).waitFor();
  await expectNoAxeViolations(page);
  asker.expectClean();
});

test('a reply opened by someone without a result is read-only and keeps nothing', async () => {
  const stranger = await newSession();
  const { page } = stranger;
  await stranger.goto();
  const before = await tshapeKeys(page);
  await stranger.goto(new URL(replyLink(stranger.baseUrl, 'Bo', { statistics: 3 })).hash);
  await page.getByRole('heading', { level: 1, name: 'Peer rating from Bo' }).waitFor();
  await page.getByText('There is no result of yours in this browser').waitFor();
  expect(await tableRows(page, 'Peer rating per area')).toContainEqual([
    'Statistics',
    '60',
    '7 of 7',
  ]);
  expect(await page.getByRole('button', { name: 'Keep this rating' }).count()).toBe(0);
  await expectNoAxeViolations(page);
  expect(await tshapeKeys(page)).toEqual(before);
  stranger.expectClean();
});

test('bad and wrong-kind links say what they are', async () => {
  const asker = await newSession();
  const request = await ask(asker);
  const { page } = asker;
  const requestPayload = request.split('#/ask/')[1] ?? '';
  const reply = replyLink(asker.baseUrl, 'Bo', { statistics: 3 });
  const replyPayload = reply.split('#/peer/')[1] ?? '';
  const share = encodeSharePayload({
    bankVersion: 2,
    completedAt: '2026-12-01T00:00:00Z',
    responses: { 'stats-estimation': 3 },
  });
  const cases: [string, RegExp][] = [
    [`#/peer/${replyPayload.slice(0, 12)}`, /cut short/i],
    [`#/peer/${replyPayload.slice(0, -2)}AA`, /damaged/i],
    [`#/peer/${requestPayload}`, /damaged|cut short/i],
    [`#/ask/${replyPayload}`, /damaged|cut short/i],
    [`#/ask/${'A'.repeat(1000)}`, /too long/i],
    // Bank 9: made with a newer tshape.
    ['#/ask/AQkA0uwxOg', /newer version/i],
  ];
  for (const [route, reason] of cases) {
    await asker.goto(route);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(reason);
  }
  await expectNoAxeViolations(page);

  // Pasted where a reply belongs, each kind says what it is.
  await asker.goto('#/results');
  await page.getByRole('button', { name: 'Ask a colleague' }).click();
  const field = page.getByRole('textbox', { name: 'Got a reply? Paste it here' });
  const pasted: [string, string][] = [
    [
      request,
      'This is a tshape rating request (someone asking a colleague to rate them), not a peer rating link: open it to rate your colleague.',
    ],
    [
      `${asker.baseUrl}#/r/${share}`,
      'This is a tshape share link (someone’s result), not a peer rating link',
    ],
  ];
  for (const [text, message] of pasted) {
    await field.fill(text);
    await page.getByRole('button', { name: 'Open reply' }).click();
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
  }
  await field.fill(reply);
  await page.getByRole('button', { name: 'Open reply' }).click();
  await page.getByRole('heading', { level: 1, name: 'Peer rating from Bo' }).waitFor();

  // A request pasted on the team page says what it is too.
  await asker.goto('#/team');
  await page.getByRole('textbox', { name: 'Share links' }).fill(request);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByText('open it to rate your colleague').first().waitFor();
  asker.expectClean();
});

test('hostile names in a request and a reply are plain text', async () => {
  const [markup] = HOSTILE_NAMES;
  if (!markup) throw new Error('The corpus of hostile names is empty.');
  const asker = await newSession();
  const request = await ask(asker, markup.name);
  const rater = await newSession();
  const { page } = rater;
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(request);
  await page.getByRole('heading', { level: 1, name: `Rate ${markup.shown}` }).waitFor();
  await expectNothingInjected(page);
  await page.goto(
    `${rater.baseUrl}#/peer/${encodeReplyPayload({
      bankVersion: QUESTION_BANK.version,
      askerName: markup.name,
      raterName: markup.name,
      ratings: {},
    })}`,
  );
  await page.getByRole('heading', { level: 1, name: `Peer rating from ${markup.shown}` }).waitFor();
  await expectNothingInjected(page);
  expect(dialogs).toBe(0);
  rater.expectClean();
});

test('on a 390 px phone, by keyboard: ask, rate a first item, nothing wider than the screen', async () => {
  const asker = await newSession({ viewport: { width: 390, height: 844 } });
  const { page } = asker;
  await asker.goto('#/assess');
  await completeAssessment(page, ADA);
  const askButton = page.getByRole('button', { name: 'Ask a colleague' });
  await askButton.scrollIntoViewIfNeeded();
  await askButton.focus();
  await page.keyboard.press('Enter');
  const link = page.getByRole('textbox', { name: 'Request link' });
  await link.waitFor();
  await tabTo(page, link);
  const request = await link.inputValue();

  const rater = await newSession({ viewport: { width: 390, height: 844 } });
  const { page: phone } = rater;
  await phone.goto(request);
  await phone.getByRole('heading', { level: 1, name: 'Rate a colleague' }).waitFor();
  const firstGroup = phone.getByRole('main').getByRole('radiogroup').first();
  // Tab into the first group ("Can't say" first), Space picks it, an arrow moves on to level 0.
  await tabTo(phone, firstGroup.getByRole('radio').first(), { limit: 40 });
  await phone.keyboard.press('Space');
  expect(await firstGroup.getByRole('radio').first().isChecked()).toBe(true);
  await phone.keyboard.press('ArrowDown');
  expect(await firstGroup.getByRole('radio').nth(1).isChecked()).toBe(true);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(phone);

  // The reading page at phone width, by keyboard to "Keep this rating".
  await page.goto(replyLink(asker.baseUrl, 'Bo', { statistics: 3, deployment: 4 }));
  await page.getByRole('heading', { level: 1, name: 'Peer rating from Bo' }).waitFor();
  const keep = page.getByRole('button', { name: 'Keep this rating' });
  await tabTo(page, keep, { limit: 40 });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Kept with your latest result' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  asker.expectClean();
  rater.expectClean();
});
