import { screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../data/question-bank';
import { encodeRequestPayload, parseReplyLink } from '../../domain/peer-codec';
import { renderWithStore } from '../../testing/render-app';
import { RatePage } from './rate-page';

afterEach(() => sessionStorage.clear());

const request = encodeRequestPayload({ bankVersion: QUESTION_BANK.version, name: 'Ada' });
const link = `/ask/${request}`;

test('each item offers seven radios, “Can’t say” first, worded about the colleague', () => {
  renderWithStore(<RatePage link={link} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Rate Ada' })).toBeInTheDocument();
  const groups = screen.getAllByRole('radiogroup');
  expect(groups).toHaveLength(QUESTION_BANK.areas[0]?.items.length ?? 0);
  for (const group of groups) {
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(7);
    expect(radios[0]).toHaveAccessibleName(/Can’t say/);
  }
  expect(groups[0]).toHaveTextContent('Not part of their work yet.');
});

test('progress survives a reload of the tab, and the reply link drops it', async () => {
  const first = renderWithStore(<RatePage link={link} />);
  const [group] = screen.getAllByRole('radiogroup');
  if (!group) throw new Error('No rating item on the first step.');
  await first.user.click(within(group).getAllByRole('radio')[4] as HTMLElement);
  first.unmount();

  // A reload: the same tab's sessionStorage, a fresh page.
  const second = renderWithStore(<RatePage link={link} />);
  const [again] = screen.getAllByRole('radiogroup');
  expect(within(again as HTMLElement).getAllByRole('radio')[4]).toBeChecked();
  // Nothing is in the app's own storage.
  expect([...second.storage.entries.keys()].filter((key) => key.startsWith('tshape:'))).toEqual([]);

  // Every step: "Can't say" on all, then the link.
  for (let step = 0; step < QUESTION_BANK.areas.length; step += 1) {
    for (const each of screen.getAllByRole('radiogroup')) {
      await second.user.click(within(each).getAllByRole('radio')[0] as HTMLElement);
    }
    const last = step === QUESTION_BANK.areas.length - 1;
    await second.user.click(
      screen.getByRole('button', { name: last ? 'Create reply link' : 'Next' }),
    );
  }
  const reply = screen.getByRole('textbox', { name: 'Reply link' });
  expect(reply).toHaveAttribute('readonly');
  const decoded = parseReplyLink((reply as HTMLInputElement).value);
  expect(decoded.ok && decoded.reply.askerName).toBe('Ada');
  expect(decoded.ok && Object.values(decoded.reply.ratings).every((value) => value === null)).toBe(
    true,
  );
  expect(sessionStorage.length).toBe(0);
  // 33 items clicked one by one: slow on a busy machine.
}, 20_000);

test('"Next" with an item unrated keeps the step and says so', async () => {
  const { user } = renderWithStore(<RatePage link={link} />);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(screen.getByRole('alert')).toHaveTextContent('still need an answer');
  expect(screen.getByRole('heading', { level: 2, name: 'Statistics' })).toBeInTheDocument();
});

test('a request cut short shows an alert saying why', () => {
  renderWithStore(<RatePage link="/ask/" />);
  expect(screen.getByRole('alert')).toHaveTextContent(/cut short/);
});

test('a tab that cannot keep progress says a reload would lose the ratings', () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  try {
    renderWithStore(<RatePage link={link} />);
    expect(screen.getByText('This tab cannot keep your progress')).toBeInTheDocument();
  } finally {
    Storage.prototype.setItem = setItem;
  }
});

test('a tab that can keep progress says nothing about it', () => {
  renderWithStore(<RatePage link={link} />);
  expect(screen.queryByText('This tab cannot keep your progress')).toBeNull();
});
