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
