import { expect, test } from 'vitest';
import { closeSessionsAfterEach, expectNoAxeViolations, type Session } from './browser';
import { hasFocus } from './keyboard';
import { memberRows, pasteLinks } from './team-driver';
import { buildShareLink } from './team-links';

const newSession = closeSessionsAfterEach();

/** Name and levels per area in bank order (Stats, Business, Software, Experiments, Deployment). */
const TEAM: readonly (readonly [string, readonly number[]])[] = [
  ['Ada', [4, 2, 2, 3, 1]],
  ['Grace', [1, 2, 4, 1, 5]],
  ['Linus', [2, 3, 3, 2, 2]],
  ['Margaret', [2, 1, 4, 1, 4]],
  ['Hedy', [3, 4, 1, 3, 0]],
  ['Alexandria Ocasio', [3, 3, 3, 3, 3]],
  ['Bo', [2, 2, 4, 2, 4]],
  ['Chen Wei', [4, 1, 2, 4, 1]],
  ['Dmitri', [1, 1, 5, 1, 5]],
  ['Eve', [3, 2, 2, 2, 2]],
];

async function addTeam(session: Session, size = TEAM.length) {
  await session.goto('#/team');
  await pasteLinks(
    session,
    TEAM.slice(0, size)
      .map(([name, levels]) => buildShareLink(session.baseUrl, name, levels))
      .join('\n'),
  );
  await expect.poll(() => memberRows(session).count()).toBe(size);
}

test('with members the page opens on coverage: its heading is above the paste box, set-up below', async () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const session = await newSession({ viewport });
    const { page } = session;
    await addTeam(session, 5);
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = async (locator: ReturnType<typeof page.getByRole>) =>
      (await locator.boundingBox())?.y ?? Number.NaN;
    const coverage = await top(page.getByRole('heading', { name: 'Team coverage' }));
    const alerts = await top(page.getByRole('list', { name: 'Gaps and single points of failure' }));
    const heatmap = await top(page.getByRole('table', { name: /Who is deep where/ }));
    const links = await top(page.getByRole('textbox', { name: 'Share links' }));
    const setup = await top(page.getByText('Team set-up'));
    expect(coverage).toBeLessThan(viewport.height / 2);
    expect(coverage).toBeLessThan(alerts);
    expect(alerts).toBeLessThan(heatmap);
    expect(heatmap).toBeLessThan(links);
    expect(links).toBeLessThan(setup);
    // Still reachable without opening anything.
    expect(await page.getByRole('button', { name: 'Add to team' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Import team file').count()).toBe(1);
    session.expectClean();
  }
});

test('the heatmap shades by band in each side’s hue and outlines only the deep cells', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session, 5);
  const cells = await page
    .getByRole('table', { name: /Who is deep where/ })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('th')?.textContent,
        cells: [...row.querySelectorAll('td')].map((cell) => {
          const style = getComputedStyle(cell);
          return {
            text: cell.textContent,
            outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            background: style.backgroundColor,
          };
        }),
      })),
    );
  // Hedy's 80 in Business communication (the middle column) is the only deep cell there.
  const hedy = cells.find((row) => row.name === 'Hedy');
  expect(hedy?.cells.map((cell) => cell.text)).toEqual(['60', '60', '80, deep', '20', '0']);
  expect(hedy?.cells.map((cell) => cell.outlined)).toEqual([false, false, true, false, false]);
  for (const row of cells) {
    for (const cell of row.cells) expect(cell.outlined).toBe(cell.text?.endsWith('deep'));
  }
  // The same band takes a different hue in the Stats and the Engineering columns.
  const ada = cells.find((row) => row.name === 'Ada');
  const grace = cells.find((row) => row.name === 'Grace');
  expect(ada?.cells[0]?.background).not.toBe(grace?.cells[4]?.background);
  // …and a different shade from one band to the next in one column (Hedy 60, Linus 40: both broad).
  expect(hedy?.cells[0]?.background).not.toBe(grace?.cells[0]?.background);
  await page.getByText('Deep: 70 or more, outlined').waitFor();
  session.expectClean();
});

test('on a phone every dot on the spread is named, and no two names or dots overlap', async () => {
  const session = await newSession({ viewport: { width: 390, height: 844 } });
  const { page } = session;
  await addTeam(session);
  await page
    .getByRole('heading', { name: 'Spread between Stats and Engineering' })
    .scrollIntoViewIfNeeded();
  const names = page.locator('.team-spread__name');
  await expect.poll(() => names.count()).toBe(TEAM.length);
  const { boxes, chart } = await page.evaluate(() => {
    const box = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    return {
      boxes: [...document.querySelectorAll('.team-spread__dot')].map(box),
      chart: box(document.querySelector('.chart--team-spectrum svg') as Element),
    };
  });
  for (const [index, a] of boxes.entries()) {
    expect(a.left).toBeGreaterThanOrEqual(chart.left);
    expect(a.right).toBeLessThanOrEqual(chart.right);
    for (const b of boxes.slice(index + 1)) {
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart).toBe(true);
    }
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  session.expectClean();
});

test('anonymous mode does not keep the paste order: Member 1 is not the first link pasted', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session, 5);
  const statsColumn = () =>
    page
      .getByRole('table', { name: /Who is deep where/ })
      .locator('tbody tr td:first-of-type')
      .allTextContents();
  const pasted = await statsColumn();
  await page.getByRole('checkbox', { name: 'Anonymous' }).check();
  await expect
    .poll(() => memberRows(session).locator('th').allTextContents())
    .toEqual(['Member 1', 'Member 2', 'Member 3', 'Member 4', 'Member 5']);
  const shown = await statsColumn();
  expect([...shown].sort()).toEqual([...pasted].sort());
  expect(shown).not.toEqual(pasted);
  expect(shown[0]).not.toBe(pasted[0]);
  // The same order after a reload: it belongs to the team.
  await page.reload();
  await expect.poll(statsColumn).toEqual(shown);
  session.expectClean();
});

test('present mode: large slides moved by arrow, page and Home/End keys and the buttons', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session, 5);
  const present = page.getByRole('button', { name: 'Present' });
  await present.click();
  const slides = page.getByRole('dialog');
  const at = (slide: number) => slides.getByText(`Slide ${slide} of 6`).waitFor();
  await at(1);
  const titleSize = await slides
    .getByRole('heading', { name: 'Gaps and single points of failure' })
    .evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(40);
  await slides.getByText('Only Hedy is deep in Business communication.').waitFor();

  await page.keyboard.press('ArrowRight');
  await at(2);
  await slides.getByRole('table', { name: /Who is deep where/ }).waitFor();
  await expectNoAxeViolations(page);
  await page.keyboard.press('PageDown');
  await at(3);
  await slides.locator('.team-spread__name').first().waitFor();
  await page.keyboard.press('PageUp');
  await at(2);
  await page.keyboard.press('End');
  await at(6);
  await slides.getByRole('heading', { name: 'Retro prompts' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await at(6);
  await page.keyboard.press('Home');
  await at(1);
  await slides.getByRole('button', { name: 'Next' }).click();
  await at(2);
  await slides.getByRole('button', { name: 'Previous' }).click();
  await at(1);
  // A modal dialog: the page behind is inert while presenting.
  expect(await slides.evaluate((dialog) => dialog.matches(':modal'))).toBe(true);

  await page.keyboard.press('Escape');
  await present.waitFor();
  expect(await hasFocus(present)).toBe(true);
  expect(await page.getByRole('dialog').count()).toBe(0);
  session.expectClean();
});
