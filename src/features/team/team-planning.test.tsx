import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { buildTeamMember } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { TeamPage } from './team-page';

const ada = buildTeamMember({
  name: 'Ada',
  levels: { statistics: 4, deployment: 1 },
  growthAreas: ['deployment'],
});
const grace = buildTeamMember({
  name: 'Grace',
  levels: { statistics: 1, deployment: 5 },
  growthAreas: ['statistics'],
});
const linus = buildTeamMember({ name: 'Linus', levels: { statistics: 2, deployment: 4 } });

function open(excluded: readonly string[] = [], anonymous = false) {
  const rendered = renderWithStore(<TeamPage />);
  rendered.store.setState({
    teams: [
      {
        id: 'team-1',
        name: 'Platform',
        createdAt: '2026-11-20T00:00:00.000Z',
        anonymous,
        members: [ada, grace, linus].map((member) => member.payload),
        excluded: [...excluded],
      },
    ],
    settings: { theme: 'system', activeTeamId: 'team-1' },
  });
  return rendered;
}

test('the pairs heading is followed by the list of pairs, each with its reason', async () => {
  open();
  const heading = await screen.findByRole('heading', { name: 'Pairs to learn from each other' });
  const list = heading.nextElementSibling?.querySelector('ul') ?? null;
  expect(list).not.toBeNull();
  expect(
    within(list as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Grace could learn from AdaAda is deep in Statistics; Grace wants to grow there.',
    'Ada could learn from GraceGrace is deep in Deployment; Ada wants to grow there.',
  ]);
});

test('unticking "Include" leaves the member out of the coverage, and keeps them on the team', async () => {
  const { store, user } = open();
  const include = await screen.findByRole('checkbox', { name: 'Include Ada' });
  expect(include).toBeChecked();
  await user.click(include);

  expect(store.getState().teams[0]?.excluded).toEqual([ada.payload]);
  expect(screen.getByText(/Ada is left out for now/)).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Gaps and single points of failure' })).toHaveTextContent(
    'Nobody is above Working in Statistics',
  );
  expect(screen.getByRole('table', { name: 'Team members' })).toHaveTextContent('Ada');
});

test('in anonymous mode the checkboxes and the pairs use the anonymous labels', async () => {
  open([linus.payload], true);
  const boxes = await screen.findAllByRole('checkbox', { name: /^Include / });
  expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(
    expect.arrayContaining(['Include Member 1', 'Include Member 2', 'Include Member 3']),
  );
  expect(document.body.textContent).not.toMatch(/Ada|Grace|Linus/);
});

test('the next hire shows its profile table and the download button', async () => {
  open();
  await screen.findByRole('heading', { name: 'Next hire' });
  const table = screen.getByRole('table', { name: 'Next hire profile' });
  expect(within(table).getAllByRole('row')).toHaveLength(6);
  expect(screen.getByRole('button', { name: 'Download hiring profile' })).toBeVisible();
});
