import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { buildTeamMember } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { TeamPage } from './team-page';

const ada = buildTeamMember({ name: 'Ada', levels: { statistics: 4, deployment: 1 } });
const grace = buildTeamMember({ name: 'Grace', levels: { statistics: 1, deployment: 5 } });
const linus = buildTeamMember({ name: 'Linus', levels: { statistics: 2, deployment: 2 } });
const hedy = buildTeamMember({ name: 'Hedy', levels: { 'business-communication': 4 } });

function team(members: readonly { payload: string }[], anonymous = false) {
  return {
    id: 'team-mi4p2c',
    name: 'Platform',
    createdAt: '2026-11-20T00:00:00.000Z',
    anonymous,
    members: members.map((member) => member.payload),
  };
}

/** Whether `first` comes before `second` in the document (and so in reading order). */
function comesBefore(first: Element, second: Element): boolean {
  return Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
}

test('an empty team starts with adding people, its set-up open', async () => {
  const { store } = renderWithStore(<TeamPage />);
  store.setState({ teams: [team([])], settings: { theme: 'system', activeTeamId: 'team-mi4p2c' } });

  const links = await screen.findByRole('textbox', { name: 'Share links' });
  expect(comesBefore(links, screen.getByRole('heading', { name: 'Team coverage' }))).toBe(true);
  expect(screen.getByRole('textbox', { name: 'Team name' })).toBeVisible();
  expect(screen.queryByRole('checkbox', { name: 'Anonymous' })).toBeNull();
});

test('with members the page leads with coverage, and set-up is folded away but one click open', async () => {
  const { store, user } = renderWithStore(<TeamPage />);
  store.setState({
    teams: [team([ada, grace, linus])],
    settings: { theme: 'system', activeTeamId: 'team-mi4p2c' },
  });

  const coverage = await screen.findByRole('heading', { name: 'Team coverage' });
  const links = screen.getByRole('textbox', { name: 'Share links' });
  expect(comesBefore(coverage, links)).toBe(true);
  expect(comesBefore(coverage, screen.getByRole('table', { name: 'Team members' }))).toBe(true);
  expect(screen.getByRole('button', { name: 'Add to team' })).toBeVisible();
  expect(screen.getByLabelText('Import team file')).toBeInTheDocument();
  expect(screen.getByLabelText('Team name')).not.toBeVisible();

  await user.click(screen.getByText('Team set-up'));
  expect(screen.getByRole('textbox', { name: 'Team name' })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Delete team' })).toBeVisible();
});

test('the heatmap runs from Stats to Engineering and marks deep cells in words too', async () => {
  const { store } = renderWithStore(<TeamPage />);
  store.setState({
    teams: [team([ada, grace, hedy])],
    settings: { theme: 'system', activeTeamId: 'team-mi4p2c' },
  });

  const heatmap = await screen.findByRole('table', { name: /Who is deep where/ });
  const headers = within(heatmap)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  expect(headers).toEqual(['Member', 'Stats', 'Experiments', 'Business', 'Software', 'Deployment']);
  const hedysRow = within(heatmap).getByRole('row', { name: /Hedy/ });
  expect(
    within(hedysRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['0', '0', '80, deep', '0', '0']);
  expect(screen.getByText(/Only Hedy is deep in Business communication/)).toBeInTheDocument();
});

test('the page and the summary give the team position in one wording', async () => {
  const { store } = renderWithStore(<TeamPage />);
  store.setState({
    teams: [team([ada, grace])],
    settings: { theme: 'system', activeTeamId: 'team-mi4p2c' },
  });

  expect(
    await screen.findByText(/The team as a whole sits at .*balanced between Stats and Engineering/),
  ).toBeInTheDocument();
});

test('anonymous mode shows members in the team’s shuffled order, not the paste order', async () => {
  const { store } = renderWithStore(<TeamPage />);
  store.setState({
    teams: [team([ada, grace, linus, hedy], true)],
    settings: { theme: 'system', activeTeamId: 'team-mi4p2c' },
  });

  const table = await screen.findByRole('table', { name: 'Team members' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
    'Member 1',
    'Member 2',
    'Member 3',
    'Member 4',
  ]);
  // Tell the people apart by their Statistics scores: pasted, they are 80, 20, 40 and 0.
  const heatmap = screen.getByRole('table', { name: /Who is deep where/ });
  const statistics = within(heatmap)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent?.replace(', deep', ''));
  expect([...statistics].sort()).toEqual(['0', '20', '40', '80']);
  expect(statistics).not.toEqual(['80', '20', '40', '0']);
  expect(statistics[0]).not.toBe('80');
  expect(screen.queryByText('Ada')).toBeNull();
});

test('present mode shows one slide at a time, moved by keys and buttons, and Escape leaves', async () => {
  const { store, user } = renderWithStore(<TeamPage />);
  store.setState({
    teams: [team([ada, grace, hedy])],
    settings: { theme: 'system', activeTeamId: 'team-mi4p2c' },
  });

  const present = await screen.findByRole('button', { name: 'Present' });
  await user.click(present);
  const slides = screen.getByRole('dialog', { name: 'Gaps and single points of failure' });
  expect(within(slides).getByText('Slide 1 of 6')).toBeInTheDocument();
  expect(within(slides).getByRole('button', { name: 'Next' })).toHaveFocus();

  await user.keyboard('{ArrowRight}');
  expect(screen.getByRole('dialog', { name: 'Who is deep where' })).toBeInTheDocument();
  await user.keyboard('{End}');
  expect(within(slides).getByText('Slide 6 of 6')).toBeInTheDocument();
  expect(within(slides).getByRole('heading', { name: 'Retro prompts' })).toBeInTheDocument();
  await user.keyboard('{PageUp}');
  expect(within(slides).getByText('Slide 5 of 6')).toBeInTheDocument();
  await user.click(within(slides).getByRole('button', { name: 'Previous' }));
  await user.keyboard('{Home}');
  expect(within(slides).getByText('Slide 1 of 6')).toBeInTheDocument();
  // At the first slide, Previous stays put (and keeps focus: it is only aria-disabled).
  await user.click(within(slides).getByRole('button', { name: 'Previous' }));
  expect(within(slides).getByText('Slide 1 of 6')).toBeInTheDocument();

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog', { name: /Gaps/ })).toBeNull();
  expect(present).toHaveFocus();
});
