import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { expect, test } from 'vitest';
import { preloadable } from './preloadable';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((value) => value + 1)}>
      {label} {count}
    </button>
  );
}

function page() {
  let loads = 0;
  const made = preloadable<{ label: string }>(async () => {
    loads += 1;
    return Counter;
  });
  return { ...made, loads: () => loads };
}

test('once preloaded, the page renders at once, with no fallback', async () => {
  const { Component, preload, loads } = page();
  await preload();
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <Component label="Clicks" />
    </Suspense>,
  );
  expect(screen.queryByText('Loading…')).toBeNull();
  expect(screen.getByRole('button', { name: 'Clicks 0' })).toBeInTheDocument();
  expect(loads()).toBe(1);
});

test('before a preload it loads on demand, and a later preload never resets it', async () => {
  const { Component, preload } = page();
  const user = userEvent.setup();
  const view = render(
    <Suspense fallback={<p>Loading…</p>}>
      <Component label="Clicks" />
    </Suspense>,
  );
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'Clicks 0' }));
  await act(() => preload());
  view.rerender(
    <Suspense fallback={<p>Loading…</p>}>
      <Component label="Clicks" />
    </Suspense>,
  );
  expect(screen.getByRole('button', { name: 'Clicks 1' })).toBeInTheDocument();
});

test('it is fetched once however often it is preloaded, and a failed fetch is tried again', async () => {
  const { preload, loads } = page();
  await Promise.all([preload(), preload()]);
  await preload();
  expect(loads()).toBe(1);

  let attempts = 0;
  const flaky = preloadable<{ label: string }>(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error('Offline');
    return Counter;
  });
  await expect(flaky.preload()).rejects.toThrow('Offline');
  expect(flaky.isLoaded()).toBe(false);
  await flaky.preload();
  expect(flaky.isLoaded()).toBe(true);
  expect(attempts).toBe(2);
});
