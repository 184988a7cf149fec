import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { buildResult } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { HistoryPage } from './history-page';

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
