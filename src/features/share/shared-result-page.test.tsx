import { act, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { encodeSharePayload } from '../../domain/share-codec';
import { buildLevels, buildResult } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { SharedResultPage } from './shared-result-page';

const payload = (name: string | null) =>
  encodeSharePayload({
    bankVersion: 1,
    completedAt: '2026-11-20T00:00:00.000Z',
    responses: buildLevels({ statistics: 4, experimentation: 3, deployment: 1 }),
    name,
  });

test('a link without a name is headed "Shared result" and marked self-reported', async () => {
  renderWithStore(<SharedResultPage link={`/r/${payload(null)}`} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Shared result' })).toBeInTheDocument();
  expect(screen.getByText('Self-reported')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Compare with my result' })).not.toBeInTheDocument();
  expect(await screen.findByRole('meter', { name: 'Spectrum position' })).toBeInTheDocument();
});

test('a viewer with a result can compare, and opening the link writes nothing', async () => {
  const { store, storage, user } = renderWithStore(
    <SharedResultPage link={`/r/${payload('Grace')}`} />,
  );
  store.setState({ results: [buildResult({ responses: buildLevels({ deployment: 5 }) })] });
  const saved = storage.entries.get('tshape');
  await user.click(await screen.findByRole('button', { name: 'Compare with my result' }));
  const table = screen.getByRole('table', { name: /Grace and You/ });
  const deployment = within(table).getByRole('row', { name: /Deployment/ });
  expect(deployment).toHaveTextContent('Deployment20100+80');
  expect(storage.entries.get('tshape')).toBe(saved);
});

test('a damaged link shows an alert with the reason and a way home', () => {
  const good = payload(null);
  const cut = good.slice(0, 12);
  renderWithStore(<SharedResultPage link={`/r/${cut}`} />);
  expect(screen.getByRole('alert')).toHaveTextContent(/cut short/i);
  expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '#/');
});

test('"Save to my history" keeps it as someone else’s result, once, and says where', async () => {
  const { store, user } = renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  const save = screen.getByRole('button', { name: 'Save to my history' });
  expect(store.getState().sharedResults).toEqual([]);
  await user.click(save);
  expect(store.getState().sharedResults.map((each) => each.payload)).toEqual([payload('Grace')]);
  expect(store.getState().results).toEqual([]);
  const saved = screen.getByRole('button', { name: 'Saved to my history' });
  expect(saved).toHaveAttribute('aria-disabled', 'true');
  expect(saved).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent(/Saved in your history.*Shared with you/);
  await user.click(saved);
  expect(store.getState().sharedResults).toHaveLength(1);
});

test('a full team is not joined: an alert says why, and the team stays as it was', async () => {
  const { store, user } = renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  const members = Array.from({ length: 200 }, (_, index) => `member-${index}`);
  store.setState({
    teams: [
      {
        id: 'team-full',
        name: 'Platform',
        createdAt: '2026-11-20T10:00:00.000Z',
        anonymous: false,
        members,
      },
    ],
    settings: { theme: 'system', activeTeamId: 'team-full' },
  });
  await user.click(await screen.findByRole('button', { name: 'Add to team “Platform”' }));
  expect(screen.getByRole('alert')).toHaveTextContent(/already has 200 people/);
  expect(store.getState().teams[0]?.members).toEqual(members);
  expect(window.location.hash).not.toBe('#/team');
});

test('a history already holding the most shared results says so and saves nothing', async () => {
  const { store, user } = renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  const full = Array.from({ length: 200 }, (_, index) => ({
    payload: `saved-${index}`,
    savedAt: '2026-11-20T10:00:00.000Z',
  }));
  store.setState({ sharedResults: full });
  await user.click(await screen.findByRole('button', { name: 'Save to my history' }));
  expect(screen.getByRole('alert')).toHaveTextContent(/already keeps 200 results/);
  expect(store.getState().sharedResults).toEqual(full);
});

test('a shared result never offers the knowledge checks’ answers', async () => {
  renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  await screen.findByRole('meter', { name: 'Spectrum position' });
  expect(screen.queryByText('Show the answers and why')).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Knowledge checks' })).not.toBeInTheDocument();
});

test('a viewer without answers is offered "Take it yourself", which starts the assessment', async () => {
  const { store, user } = renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  const take = screen.getByRole('link', { name: 'Take it yourself' });
  expect(take).toHaveAttribute('href', '#/assess');
  await user.click(take);
  expect(store.getState().progress).not.toBeNull();
});

test('a viewer with answers in progress is offered "Continue assessment", which keeps them', async () => {
  const { store, user } = renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  act(() => store.getState().answerQuestion('stats-regression', 3, 900));
  const answers = store.getState().progress?.answers;
  const continueLink = await screen.findByRole('link', { name: 'Continue assessment' });
  expect(screen.queryByRole('link', { name: 'Take it yourself' })).toBeNull();
  await user.click(continueLink);
  expect(store.getState().progress?.answers).toEqual(answers);
  expect(answers?.['stats-regression']).toMatchObject({ value: 3 });
});

test('someone else’s result speaks of them by name, never to "you"', async () => {
  renderWithStore(<SharedResultPage link={`/r/${payload('Grace')}`} />);
  expect(screen.getByRole('heading', { level: 2, name: /^Grace is / })).toBeInTheDocument();
  const spectrum = screen.getByRole('region', { name: 'Spectrum' });
  expect(spectrum).toHaveTextContent('Where Grace’s self-rated work sits');
  expect(spectrum).not.toHaveTextContent(/you rate yourself/);
  expect(await screen.findByRole('region', { name: 'Reading' })).not.toHaveTextContent(
    /\byour?\b/i,
  );
});

test('a result shared without a name speaks of "them"', () => {
  renderWithStore(<SharedResultPage link={`/r/${payload(null)}`} />);
  expect(screen.getByRole('heading', { level: 2, name: /^They are / })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Spectrum' })).toHaveTextContent(
    'Where their self-rated work sits',
  );
});
