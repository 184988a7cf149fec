import { encodeTargetPayload } from '../../src/domain/target-codec';
import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { drawEveryChart } from './charts';
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
  const target = `#/t/${encodeTargetPayload({ title: 'Senior ML engineer at Acme', areas: { deployment: 75 } })}`;
  for (const route of [
    '#/',
    '#/assess',
    '#/results',
    '#/team',
    '#/history',
    '#/plan',
    target,
    '#/data',
    shared,
  ]) {
    await session.goto(route);
    await page.waitForTimeout(300);
    await drawEveryChart(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ route: route.slice(0, 12), width }).toEqual({ route: route.slice(0, 12), width: 320 });
    // Chart labels are not cut off by the edge of their chart (an SVG clips what overflows).
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('svg.recharts-surface')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((text) => text.textContent?.trim())
          .filter((text) => {
            const label = text.getBoundingClientRect();
            return label.left < box.left - 1 || label.right > box.right + 1;
          })
          .map(
            (text) =>
              `${text.textContent} [${Math.round(text.getBoundingClientRect().left)}–${Math.round(text.getBoundingClientRect().right)} in ${Math.round(box.left)}–${Math.round(box.right)}]`,
          );
      }),
    );
    expect({ route: route.slice(0, 12), clipped }).toEqual({
      route: route.slice(0, 12),
      clipped: [],
    });
    // A table that scrolls sideways keeps its caption within the part in view.
    const cutCaptions = await page.evaluate(() =>
      [...document.querySelectorAll('.table-scroll caption')]
        .filter((caption) => caption.checkVisibility({ contentVisibilityAuto: true }))
        .filter((caption) => {
          const view = caption.closest('.table-scroll')?.getBoundingClientRect();
          const box = caption.getBoundingClientRect();
          return view !== undefined && (box.left < view.left - 1 || box.right > view.right + 1);
        })
        .map((caption) => caption.textContent),
    );
    expect({ route: route.slice(0, 12), cutCaptions }).toEqual({
      route: route.slice(0, 12),
      cutCaptions: [],
    });
  }
  await expectNoAxeViolations(page);
  session.expectClean();
});
