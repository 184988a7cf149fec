import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { encodeSharePayload } from '../../domain/share-codec';
import { buildLevels, buildResult } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { HistoryPage } from './history-page';

const graces = encodeSharePayload({
  bankVersion: 1,
  completedAt: '2026-11-20T00:00:00.000Z',
  responses: buildLevels({ statistics: 1, 'production-software': 4, deployment: 5 }),
  name: 'Grace',
});

test('a saved shared result is listed under "Shared with you", never among your results', async () => {
  const { store, user } = renderWithStore(<HistoryPage />);
  store.setState({
    results: [buildResult({ id: 'mine', completedAt: '2026-11-01T10:00:00.000Z' })],
    sharedResults: [{ payload: graces, savedAt: '2026-11-22T10:00:00.000Z' }],
  });
  const yours = await screen.findByRole('table', { name: 'Your results' });
  expect(within(yours).getAllByRole('row')).toHaveLength(2);
  expect(within(yours).queryByText('Grace')).not.toBeInTheDocument();

  const shared = screen.getByRole('table', { name: 'Results others shared with you' });
  const row = within(shared).getByRole('row', { name: /Grace/ });
  expect(row).toHaveTextContent('20 Nov 2026');
  expect(within(row).getByRole('link', { name: 'Open Grace’s result' })).toHaveAttribute(
    'href',
    `#/r/${graces}`,
  );

  await user.click(within(row).getByRole('button', { name: 'Remove Grace’s result' }));
  const dialog = screen.getByRole('dialog', { name: 'Remove this shared result?' });
  await user.click(within(dialog).getByRole('button', { name: 'Remove result' }));
  expect(store.getState().sharedResults).toEqual([]);
  expect(store.getState().results).toHaveLength(1);
  expect(screen.queryByRole('table', { name: 'Results others shared with you' })).toBeNull();
});

test('with only shared results saved, the page still lists them below the empty state', async () => {
  const { store } = renderWithStore(<HistoryPage />);
  store.setState({ sharedResults: [{ payload: graces, savedAt: '2026-11-22T10:00:00.000Z' }] });
  expect(
    await screen.findByRole('table', { name: 'Results others shared with you' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/No completed results yet/)).toBeInTheDocument();
});

test('a saved link that no longer decodes is listed as such and can still be removed', async () => {
  const { store } = renderWithStore(<HistoryPage />);
  store.setState({
    sharedResults: [{ payload: 'AQEJ-broken', savedAt: '2026-11-22T10:00:00.000Z' }],
  });
  const row = await screen.findByRole('row', { name: /Unnamed/ });
  expect(row).toHaveTextContent('This link no longer opens');
  expect(within(row).queryByRole('link')).toBeNull();
  expect(within(row).getByRole('button', { name: 'Remove Unnamed’s result' })).toBeInTheDocument();
});

function renderWithResults(count: number) {
  const view = renderWithStore(<HistoryPage />);
  view.store.setState({
    results: Array.from({ length: count }, (_, index) =>
      buildResult({ id: `result-${index}`, completedAt: `2026-0${index + 1}-10T10:00:00.000Z` }),
    ),
  });
  return view;
}

test('a confirmed delete moves focus to the list, since the row that held the button is gone', async () => {
  const { user } = renderWithResults(2);
  const list = await screen.findByRole('table', { name: 'Your results' });
  const [, olderDelete] = within(list).getAllByRole('button', { name: /^Delete the result of/ });
  if (!olderDelete) throw new Error('Expected two Delete buttons.');
  await user.click(olderDelete);
  await user.click(screen.getByRole('button', { name: 'Delete result' }));
  expect(within(list).getAllByRole('row')).toHaveLength(2); // the header and one result
  expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toHaveFocus();
});

test('deleting the only result moves focus to the page heading of the empty history', async () => {
  const { user } = renderWithResults(1);
  await user.click(await screen.findByRole('button', { name: /^Delete the result of/ }));
  await user.click(screen.getByRole('button', { name: 'Delete result' }));
  expect(screen.getByText(/No completed results yet/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'History' })).toHaveFocus();
});

test('results made in one minute still read apart, and a comparison leads with the shape', async () => {
  const { store, user } = renderWithStore(<HistoryPage />);
  const at = '2026-12-04T08:04:00.000Z';
  store.setState({
    results: [
      buildResult({ id: 'first', completedAt: at, responses: buildLevels(allAt(2)) }),
      buildResult({
        id: 'second',
        completedAt: at,
        responses: buildLevels({ ...allAt(2), deployment: 4 }),
      }),
    ],
  });
  const list = await screen.findByRole('table', { name: 'Your results' });
  const names = within(list)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
  expect(names).toHaveLength(2);
  expect(new Set(names).size).toBe(2);
  expect(names[0]).toMatch(/^Result 2/);
  const options = within(screen.getByRole('combobox', { name: 'Earlier result' }))
    .getAllByRole('option')
    .map((option) => option.textContent);
  expect(options).toEqual([
    expect.stringMatching(/^Result 2 · /),
    expect.stringMatching(/^Result 1 · /),
  ]);

  await user.click(screen.getByRole('button', { name: 'Compare with a past result' }));
  expect(
    screen.getByRole('heading', { name: 'Your shape changed: Generalist → T-shaped' }),
  ).toBeInTheDocument();
  expect(
    screen.getByText('Deployment rose 40 points, from 40 to 80, and is now deep.'),
  ).toBeInTheDocument();
  expect(screen.getByRole('table', { name: /Change per area/ })).toBeInTheDocument();
});

function allAt(level: number) {
  return {
    statistics: level,
    'business-communication': level,
    'production-software': level,
    experimentation: level,
    deployment: level,
  };
}

test('a kept peer rating can be removed, after a confirmation, once the removal is saved', async () => {
  const { encodeReplyPayload } = await import('../../domain/peer-codec');
  const reply = encodeReplyPayload({
    bankVersion: 2,
    askerName: null,
    raterName: 'Grace',
    ratings: buildLevels({ statistics: 2 }),
  });
  const { store, storage, user } = renderWithStore(<HistoryPage />);
  store.setState({
    results: [
      buildResult({
        id: 'mine',
        bankVersion: 2,
        responses: buildLevels({ statistics: 3 }),
        peerRatings: [{ payload: reply, keptAt: '2026-12-01T10:00:00.000Z' }],
      }),
    ],
  });
  await user.click(await screen.findByText('Remove a rating'));
  const remove = screen.getByRole('button', { name: 'Remove the rating from Grace' });

  const { setItem, removeItem } = storage;
  storage.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  storage.removeItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  await user.click(remove);
  await user.click(
    within(screen.getByRole('dialog', { name: 'Remove this peer rating?' })).getByRole('button', {
      name: 'Remove rating',
    }),
  );
  expect(screen.getByRole('alert')).toHaveTextContent(/could not be saved/);
  expect(store.getState().results[0]?.peerRatings).toHaveLength(1);

  storage.setItem = setItem;
  storage.removeItem = removeItem;
  await user.click(remove);
  await user.click(
    within(screen.getByRole('dialog', { name: 'Remove this peer rating?' })).getByRole('button', {
      name: 'Remove rating',
    }),
  );
  expect(store.getState().results[0]?.peerRatings).toEqual([]);
  expect(screen.queryByRole('region', { name: /Peer ratings of/ })).toBeNull();
});

test('comparing two results shows the colleagues’ view of each beside the change', async () => {
  const { encodeReplyPayload } = await import('../../domain/peer-codec');
  const { bankFor } = await import('../../data/question-bank');
  const bank = bankFor(2);
  // Grace rated Statistics only: every other area has "can't say" for all its items.
  const onlyStatistics = Object.fromEntries(
    bank.areas.flatMap((area) =>
      area.items.map((item) => [item.id, area.id === 'statistics' ? 2 : null]),
    ),
  );
  const reply = encodeReplyPayload({
    bankVersion: 2,
    askerName: null,
    raterName: 'Grace',
    ratings: onlyStatistics,
  });
  const { store, user } = renderWithStore(<HistoryPage />);
  store.setState({
    results: [
      buildResult({
        id: 'first',
        bankVersion: 2,
        completedAt: '2026-11-01T10:00:00.000Z',
        responses: buildLevels(allAt(2), bank),
      }),
      buildResult({
        id: 'second',
        bankVersion: 2,
        completedAt: '2026-12-01T10:00:00.000Z',
        responses: buildLevels({ ...allAt(2), statistics: 4 }, bank),
        peerRatings: [{ payload: reply, keptAt: '2026-12-02T10:00:00.000Z' }],
      }),
    ],
  });
  await user.click(await screen.findByRole('button', { name: 'Compare with a past result' }));
  const table = screen.getByRole('table', { name: /Change per area/ });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  expect(headers).toEqual(['Area', 'Before', 'After', 'Change', 'Peer, after']);
  const statistics = within(table).getByRole('row', { name: /^Statistics/ });
  expect(
    within(statistics)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['40', '80', '+40', '40']);
  expect(within(table).getByRole('row', { name: /^Deployment/ })).toHaveTextContent(
    'not enough ratings',
  );
  expect(
    screen.getByText(/one colleague rated the later one\. Their ratings never change your scores/),
  ).toBeInTheDocument();
});

test('with no peer rating kept, the comparison has no peer column', async () => {
  const { store, user } = renderWithStore(<HistoryPage />);
  store.setState({
    results: [
      buildResult({ id: 'first', completedAt: '2026-11-01T10:00:00.000Z' }),
      buildResult({ id: 'second', completedAt: '2026-12-01T10:00:00.000Z' }),
    ],
  });
  await user.click(await screen.findByRole('button', { name: 'Compare with a past result' }));
  const table = screen.getByRole('table', { name: /Change per area/ });
  expect(within(table).queryByRole('columnheader', { name: /Peer/ })).toBeNull();
  expect(screen.queryByText(/Colleagues’ view/)).toBeNull();
});
