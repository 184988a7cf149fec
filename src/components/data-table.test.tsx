import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DataTable } from './data-table';

function Scores({ caption, hideCaption }: { caption: string; hideCaption?: boolean }) {
  return (
    <DataTable caption={caption} hideCaption={hideCaption}>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Ada</th>
          <td>80</td>
        </tr>
      </tbody>
    </DataTable>
  );
}

test('the caption names the table and the focusable region it scrolls in', () => {
  render(<Scores caption="Team members" />);
  const region = screen.getByRole('region', { name: 'Team members' });
  const table = within(region).getByRole('table', { name: 'Team members' });
  expect(region).toHaveAttribute('tabindex', '0');
  expect(within(table).getByRole('columnheader', { name: 'Score' })).toBeInTheDocument();
  const row = within(table).getByRole('rowheader', { name: 'Ada' }).closest('tr');
  expect(row).toHaveTextContent('Ada80');
});

test('a caption hidden from sight still names the table and its region', () => {
  render(<Scores caption="The scale" hideCaption />);
  const table = screen.getByRole('table', { name: 'The scale' });
  expect(screen.getByRole('region', { name: 'The scale' })).toContainElement(table);
  expect(screen.getByText('The scale')).toHaveClass('visually-hidden');
});

test('two tables on one page are each named by their own caption', () => {
  render(
    <>
      <Scores caption="Your results" />
      <Scores caption="Results others shared with you" />
    </>,
  );
  for (const name of ['Your results', 'Results others shared with you']) {
    const region = screen.getByRole('region', { name });
    expect(within(region).getByRole('table', { name })).toBeInTheDocument();
  }
});
