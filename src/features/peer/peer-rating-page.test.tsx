import { act, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../data/question-bank';
import { encodeReplyPayload } from '../../domain/peer-codec';
import { buildLevels, buildResult } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { PeerRatingPage } from './peer-rating-page';

const reply = (raterName: string | null) =>
  `/peer/${encodeReplyPayload({
    bankVersion: QUESTION_BANK.version,
    askerName: 'Ada',
    raterName,
    ratings: buildLevels({ statistics: 2, deployment: 4 }),
  })}`;

test('beside the latest result: self and peer, and keeping it writes the payload once', async () => {
  const { store, user } = renderWithStore(<PeerRatingPage link={reply('Bo')} />);
  act(() => {
    store.setState({
      results: [buildResult({ responses: buildLevels({ statistics: 4, deployment: 1 }) })],
    });
  });
  expect(
    screen.getByRole('heading', { level: 1, name: 'Peer rating from Bo' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Self and peer' })).toHaveTextContent(
    'Statistics8040−40',
  );
  await user.click(screen.getByRole('button', { name: 'Keep this rating' }));
  expect(screen.getByRole('button', { name: 'Kept with your latest result' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Kept with your latest result' }));
  expect(store.getState().results[0]?.peerRatings).toHaveLength(1);
});

test('a latest result on another bank: an alert, the ratings read-only, nothing kept', () => {
  const { store } = renderWithStore(<PeerRatingPage link={reply(null)} />);
  act(() => {
    store.setState({ results: [buildResult({ bankVersion: 1 })] });
  });
  expect(
    screen.getByRole('heading', { level: 1, name: 'Peer rating from a colleague' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent(
    'given on question bank 2, and your latest result uses bank 1',
  );
  expect(screen.queryByRole('button', { name: 'Keep this rating' })).not.toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Peer rating per area' })).toBeInTheDocument();
  expect(store.getState().results[0]?.peerRatings).toBeUndefined();
});

test('a reply from a newer tshape says so', () => {
  renderWithStore(<PeerRatingPage link="/peer/AQkAAAAAAAAA" />);
  expect(screen.getByRole('alert')).toHaveTextContent(
    /newer version of tshape \(question bank 9\)/,
  );
});
