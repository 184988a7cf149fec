import type { Page } from 'playwright-core';
import type { Session } from './browser';
import { drawEveryChart } from './charts';

/** Pastes text into "Share links" on the team page and adds it to the team. */
export async function pasteLinks(session: Session, text: string) {
  const { page } = session;
  await page.getByRole('textbox', { name: 'Share links' }).fill(text);
  await page.getByRole('button', { name: 'Add to team' }).click();
}

/** The rows of the "Team members" table, one per member; each row's header is the member's name. */
export function memberRows(session: Session) {
  return session.page.getByRole('table', { name: 'Team members' }).locator('tbody tr');
}

/**
 * Scrolls through the team's charts under "Team coverage", as a facilitator does, and
 * waits for the overlaid T-shapes: the team's charts are drawn as they come near the
 * screen, and the T-shapes sit below the alerts, the heatmap and the spread.
 */
export async function showTeamChart(page: Page) {
  await page.getByRole('heading', { name: 'Team coverage' }).scrollIntoViewIfNeeded();
  await drawEveryChart(page);
  await page.locator('.chart--team .chart__bar').first().waitFor();
}

/** Opens "Team set-up" (team name, new team, delete), folded away once a team has members. */
export async function openTeamSetup(page: Page) {
  const setup = page.locator('details.team-setup');
  if (!(await setup.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await setup.locator('summary').click();
  }
}
