// Screenshots of every page at desktop and phone widths, light, dark and high contrast, for a
// person to look at, and each chart's figure on its own (`…-chart-N.png`) to look at closely.
// Usage: npm run build && [ONLY=results-phone] node tests/tools/screenshots.mjs [outDir]
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { loadModules, serveBuild } from './vite-servers.mjs';

const outDir = process.argv[2] ?? 'tests/e2e/artifacts/screenshots';
await mkdir(outDir, { recursive: true });
const server = await serveBuild();
const baseUrl = server.url;

// The team page needs share links: build them with the app's own codec. The quiz is
// driven by the end-to-end suite's own driver.
const [{ buildShareLink }, { completeAssessment }, { drawEveryChart }, { showTeamChart }] =
  await loadModules([
    '/tests/e2e/team-links.ts',
    '/tests/e2e/quiz-driver.ts',
    '/tests/e2e/charts.ts',
    '/tests/e2e/team-driver.ts',
  ]);
// Name, levels per area in bank order, and the areas each wants to grow in.
const TEAM = [
  ['Ada', [4, 2, 2, 3, 1], ['deployment']],
  ['Grace', [1, 2, 4, 1, 5], ['statistics']],
  ['Linus', [2, 3, 3, 2, 2], ['deployment', 'experimentation']],
  ['Margaret', [2, 1, 4, 1, 4], []],
  ['Hedy', [3, 4, 1, 3, 0], ['production-software']],
];

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function takeAssessment(page, levels) {
  await page.goto(`${baseUrl}#/assess`);
  await completeAssessment(page, levels);
}

const pages = [
  ['home', async () => {}],
  [
    'quiz',
    async (page) => {
      await page.getByRole('link', { name: /start assessment/i }).click();
      const groups = page.getByRole('main').getByRole('radiogroup');
      await groups.nth(0).getByRole('radio').nth(3).check();
      await groups.nth(1).getByRole('radio').nth(2).check();
    },
  ],
  [
    'quiz-missing',
    async (page) => {
      await page.getByRole('link', { name: /(start|continue) assessment/i }).click();
      await page.getByRole('button', { name: 'Next' }).click();
    },
  ],
  [
    'results',
    async (page) => {
      await page.getByRole('link', { name: /(start|continue) assessment/i }).click();
      await completeAssessment(page, [2, 3, 4, 1, 5]);
      await page.waitForTimeout(600);
    },
  ],
  [
    'shared',
    async (page) => {
      await takeAssessment(page, [4, 2, 2, 3, 1]);
      await page.getByRole('textbox', { name: 'Display name' }).fill('Ada Lovelace');
      const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
      await page.evaluate(() => localStorage.clear());
      await page.goto(link);
      await page.reload();
      await page.locator('.chart--tshape .chart__bar').first().waitFor();
      await page.waitForTimeout(600);
    },
  ],
  [
    'compare',
    async (page) => {
      await takeAssessment(page, [4, 2, 2, 3, 1]);
      await page.getByRole('textbox', { name: 'Display name' }).fill('Ada');
      const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
      await takeAssessment(page, [1, 2, 4, 1, 5]);
      await page.goto(link);
      await page.getByRole('button', { name: 'Compare with my result' }).click();
      await page.locator('.chart--tshape .chart__compare').first().waitFor();
      await page.waitForTimeout(600);
    },
  ],
  [
    'team',
    async (page) => {
      await page.goto(`${baseUrl}#/team`);
      const links = TEAM.map(
        ([name, levels, growth]) =>
          `${name}: ${buildShareLink(baseUrl, name, levels, undefined, growth)}`,
      );
      await page.getByRole('textbox', { name: 'Share links' }).fill([...links, 'oops'].join('\n'));
      await page.getByRole('button', { name: 'Add to team' }).click();
      await showTeamChart(page);
      await page.waitForTimeout(600);
    },
  ],
  [
    'team-present',
    async (page) => {
      await page.goto(`${baseUrl}#/team`);
      const links = TEAM.map(
        ([name, levels, growth]) =>
          `${name}: ${buildShareLink(baseUrl, name, levels, undefined, growth)}`,
      );
      await page.getByRole('textbox', { name: 'Share links' }).fill(links.join('\n'));
      await page.getByRole('button', { name: 'Add to team' }).click();
      await page.getByRole('button', { name: 'Present' }).click();
      // The heatmap slide, where "Only Hedy is deep in Business communication" shows.
      await page.keyboard.press('ArrowRight');
      await page.getByText('Slide 2 of 6').waitFor();
      await page.waitForTimeout(600);
    },
  ],
  [
    'history',
    async (page) => {
      for (const levels of [
        [1, 2, 2, 1, 1],
        [2, 2, 3, 2, 3],
        [2, 3, 4, 2, 4],
      ]) {
        await takeAssessment(page, levels);
      }
      await page.goto(buildShareLink(baseUrl, 'Grace Hopper', [1, 2, 4, 1, 5]));
      await page.getByRole('button', { name: 'Save to my history' }).click();
      await page.goto(`${baseUrl}#/history`);
      await page.getByRole('button', { name: 'Compare with a past result' }).click();
      await page.locator('.chart--growth .recharts-curve').first().waitFor();
      await page.waitForTimeout(600);
    },
  ],
  [
    'plan',
    async (page) => {
      await takeAssessment(page, [2, 3, 4, 1, 5]);
      await page.getByRole('checkbox', { name: 'Experimentation' }).check();
      await page.getByRole('link', { name: 'Plan your growth' }).click();
      await page
        .getByRole('combobox', { name: 'Target profile' })
        .selectOption({ label: 'ML engineer' });
      await page.getByRole('checkbox', { name: /^Done/ }).first().check();
      await page.locator('.chart--tshape').first().waitFor();
      await page.waitForTimeout(400);
    },
  ],
  [
    'target',
    async (page) => {
      await takeAssessment(page, [2, 3, 4, 1, 5]);
      await page.goto(`${baseUrl}#/plan`);
      await page.getByText('Set a target for others, as a link').click();
      await page.getByRole('textbox', { name: 'Target title' }).fill('Senior ML engineer at Acme');
      const link = await page.getByRole('textbox', { name: 'Target link' }).inputValue();
      await page.goto(link);
      await page.locator('.chart--tshape').first().waitFor();
      await page.waitForTimeout(400);
    },
  ],
  [
    'data',
    async (page) => {
      await page.goto(`${baseUrl}#/data`);
      await page.getByRole('heading', { name: 'Your data' }).waitFor();
    },
  ],
  [
    'peer-ask',
    async (page) => {
      await takeAssessment(page, [4, 2, 2, 3, 1]);
      await page.getByRole('textbox', { name: 'Display name' }).fill('Ada Lovelace');
      await page.getByRole('button', { name: 'Ask a colleague' }).click();
      await page.getByRole('textbox', { name: 'Request link' }).scrollIntoViewIfNeeded();
    },
  ],
  [
    'peer-rate',
    async (page) => {
      await page.goto(`${baseUrl}#/ask/AQIMQWRhIExvdmVsYWNlnRXAGA`);
      const groups = page.getByRole('main').getByRole('radiogroup');
      await groups.nth(0).getByRole('radio').nth(0).check();
      await groups.nth(1).getByRole('radio').nth(4).check();
    },
  ],
  [
    'peer-reply',
    async (page) => {
      await page.goto(`${baseUrl}#/ask/AQIMQWRhIExvdmVsYWNlnRXAGA`);
      for (let step = 0; step < 5; step += 1) {
        const groups = page.getByRole('main').getByRole('radiogroup');
        await groups.first().waitFor();
        const count = await groups.count();
        for (let index = 0; index < count; index += 1) {
          await groups
            .nth(index)
            .getByRole('radio')
            .nth(index === 0 ? 0 : 2 + step)
            .check();
        }
        if (step < 4) await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Bo');
      await page.getByRole('button', { name: 'Create reply link' }).click();
      await page.getByRole('textbox', { name: 'Reply link' }).waitFor();
    },
  ],
  [
    'peer-read',
    async (page) => {
      await takeAssessment(page, [4, 2, 2, 3, 1]);
      // Bo's reply to Ada: item i at i mod 7 (6: can't say).
      await page.goto(`${baseUrl}#/peer/AQIFOXApy4FOXApy4FOAA0FkYQJCb2DNOvk`);
      await page.locator('.chart--radar .chart__area--compare').first().waitFor();
      await page.waitForTimeout(600);
    },
  ],
  [
    'peer-history',
    async (page) => {
      await takeAssessment(page, [4, 2, 2, 3, 1]);
      await page.goto(`${baseUrl}#/peer/AQIFOXApy4FOXApy4FOAA0FkYQJCb2DNOvk`);
      await page.getByRole('button', { name: 'Keep this rating' }).click();
      await page.goto(`${baseUrl}#/history`);
      await page.getByRole('heading', { name: 'Peer ratings' }).scrollIntoViewIfNeeded();
    },
  ],
  [
    'peer-compare',
    async (page) => {
      await takeAssessment(page, [3, 2, 2, 2, 1]);
      await takeAssessment(page, [4, 2, 2, 3, 1]);
      await page.goto(`${baseUrl}#/peer/AQIFOXApy4FOXApy4FOAA0FkYQJCb2DNOvk`);
      await page.getByRole('button', { name: 'Keep this rating' }).click();
      await page.goto(`${baseUrl}#/history`);
      await page.getByRole('button', { name: 'Compare with a past result' }).click();
      await page.getByRole('table', { name: /Change per area/ }).scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
    },
  ],
  [
    'bad-link',
    async (page) => {
      await page.goto(`${baseUrl}#/r/AQEAbc`);
      await page.getByRole('alert').waitFor();
    },
  ],
];

// A fresh context (its own storage, no service worker yet) for every screenshot.
const browser = await launchChromium();
for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  // High contrast is the app's own theme (data-theme on <html>), over a light system.
  for (const theme of ['light', 'dark', 'contrast']) {
    const colorScheme = theme === 'dark' ? 'dark' : 'light';
    for (const [name, prepare] of pages) {
      if (process.env.ONLY && !`${name}-${viewportName}-${theme}`.includes(process.env.ONLY))
        continue;
      const context = await browser.newContext({
        viewport,
        colorScheme,
        reducedMotion: 'reduce',
        // Lets the full-page capture add its one style (the app's CSP allows no inline style).
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(baseUrl);
      // The app has taken over from index.html's static first paint.
      await page.waitForFunction(() => !document.querySelector('.first-paint'));
      await prepare(page);
      if (theme === 'contrast') {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
      }
      const file = path.join(outDir, `${name}-${viewportName}-${theme}.png`);
      await page.screenshot({ path: file });
      // The whole page as a reader sees it having scrolled through: every chart drawn.
      const scrolled = await page.evaluate(() => window.scrollY);
      await drawEveryChart(page);
      await page.evaluate((y) => window.scrollTo(0, y), scrolled);
      // Sections with `content-visibility: auto` are laid out only near the window, and
      // a capture beyond the window does not count as near: lay everything out for it.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      await page.screenshot({ path: file.replace(/\.png$/, '-full.png'), fullPage: true });
      const figures = page.locator('.chart');
      for (let index = 0; index < (await figures.count()); index += 1) {
        await figures
          .nth(index)
          .screenshot({ path: file.replace(/\.png$/, `-chart-${index + 1}.png`) });
      }
      await context.close();
      console.log(file);
    }
  }
}
await browser.close();
await server.close();
