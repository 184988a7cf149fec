import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { completeAssessment } from './quiz-driver';
import { buildShareLink } from './team-links';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('every page reflows to 320 CSS pixels without sideways scrolling (WCAG 1.4.10)', async () => {
  session = await openSession({ viewport: { width: 320, height: 720 } });
  const { page, baseUrl } = session;
  await session.goto('#/assess');
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  await session.goto('#/assess');
  await completeAssessment(page, [2, 3, 4, 1, 5]);
  await session.goto('#/team');
  await page
    .getByRole('textbox', { name: 'Share links' })
    .fill(
      ['Ada', 'Grace', 'Linus']
        .map((name, index) => buildShareLink(baseUrl, name, [index, 2, 3, 1, 4]))
        .join('\n'),
    );
  await page.getByRole('button', { name: 'Add to team' }).click();

  const shared = buildShareLink(baseUrl, 'Ada Lovelace', [4, 2, 2, 3, 1]).slice(baseUrl.length);
  for (const route of ['#/', '#/assess', '#/results', '#/team', '#/history', '#/data', shared]) {
    await session.goto(route);
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ route: route.slice(0, 12), width }).toEqual({ route: route.slice(0, 12), width: 320 });
  }
  await expectNoAxeViolations(page);
  session.expectClean();
});
