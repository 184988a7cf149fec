import type { Page } from 'playwright-core';
import type { Session } from './browser';

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
 * Scrolls to the team chart under "Team coverage", as a facilitator does, and waits for
 * it: the team's charts are drawn as they come near the screen (on a phone, the
 * coverage table and alerts above it can be more than a screen long).
 */
export async function showTeamChart(page: Page) {
  await page.getByRole('heading', { name: 'Team coverage' }).scrollIntoViewIfNeeded();
  await page.locator('.team-coverage .figure').first().scrollIntoViewIfNeeded();
  await page.locator('.chart--team .chart__bar').first().waitFor();
}
