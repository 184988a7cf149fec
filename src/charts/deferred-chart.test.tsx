import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useState } from 'react';
import { DeferredChart, preloadableChunk, type ChartCode } from './deferred-chart';

/** A stand-in IntersectionObserver: the test says when the observed chart comes near. */
let comeNear: () => void = () => {
  throw new Error('Nothing is observed.');
};
class FakeIntersectionObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    comeNear = () =>
      this.callback(
        [{ isIntersecting: true, target } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
  }
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Chart code that is already here, or that comes when the test says. */
const CODE_HERE: ChartCode = { isLoaded: () => true, preload: () => Promise.resolve() };
function codeToCome() {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  let loaded = false;
  const code: ChartCode = { isLoaded: () => loaded, preload: () => arrived };
  return {
    code,
    arrive: () => {
      loaded = true;
      arrive();
    },
  };
}

/** Lets the drawing turn (a timer), a few frames and React's work run. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

test('a chart that waits for view keeps its space and is drawn once it comes near', async () => {
  const { container } = render(
    <DeferredChart code={CODE_HERE} height={240} whenNear>
      <svg aria-label="The chart" />
    </DeferredChart>,
  );
  await settle();
  expect(screen.queryByLabelText('The chart')).toBeNull();
  expect(container.querySelector<HTMLElement>('.chart-reserved')?.style.height).toBe('240px');

  act(() => comeNear());
  await settle();
  expect(screen.getByLabelText('The chart')).toBeInTheDocument();
  expect(container.querySelector('.chart-reserved')).toBeNull();
});

test('printing draws a chart that is still waiting for view, before the print is laid out', async () => {
  render(
    <DeferredChart code={CODE_HERE} height={240} whenNear>
      <svg aria-label="The chart" />
    </DeferredChart>,
  );
  await settle();
  expect(screen.queryByLabelText('The chart')).toBeNull();

  // The print is laid out as soon as the event returns: no waiting for a later task.
  let drawnWhenEventReturned = false;
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
    drawnWhenEventReturned = screen.queryByLabelText('The chart') !== null;
  });
  expect(drawnWhenEventReturned).toBe(true);
});

test('a chart whose code is here and that does not wait for view is drawn at once', () => {
  render(
    <DeferredChart code={CODE_HERE} height={240}>
      <svg aria-label="The chart" />
    </DeferredChart>,
  );
  expect(screen.getByLabelText('The chart')).toBeInTheDocument();
});

test('what a chart waits for is settled when it mounts: code arriving later does not draw it', async () => {
  const { code, arrive } = codeToCome();
  const chart = () => (
    <DeferredChart code={code} height={240} whenNear={!code.isLoaded()}>
      <svg aria-label="The chart" />
    </DeferredChart>
  );
  const view = render(chart());
  await settle();
  // Another chart brought the code in, and the page drew again.
  arrive();
  view.rerender(chart());
  await settle();
  expect(screen.queryByLabelText('The chart')).toBeNull();

  act(() => comeNear());
  await settle();
  expect(screen.getByLabelText('The chart')).toBeInTheDocument();
});

test('a chart whose code is on its way keeps its space until the code is here, then draws', async () => {
  const { code, arrive } = codeToCome();
  const { container } = render(
    <DeferredChart code={code} height={240}>
      <svg aria-label="The chart" />
    </DeferredChart>,
  );
  await settle(); // painted: the fetch has started
  expect(screen.queryByLabelText('The chart')).toBeNull();
  expect(container.querySelector('.chart-reserved')).not.toBeNull();

  arrive();
  await settle();
  expect(screen.getByLabelText('The chart')).toBeInTheDocument();
});

test('a chart whose code cannot be fetched is still drawn, to say so (its Suspense and boundary)', async () => {
  const code: ChartCode = { isLoaded: () => false, preload: () => Promise.reject(new Error('x')) };
  render(
    <DeferredChart code={code} height={240}>
      <svg aria-label="The chart" />
    </DeferredChart>,
  );
  await settle(); // painted: the fetch has started, and failed
  await settle();
  expect(screen.getByLabelText('The chart')).toBeInTheDocument();
});

test('charts due together are all drawn, and one removed meanwhile never holds up the rest', async () => {
  const { code, arrive } = codeToCome();
  const charts = (names: readonly string[]) => (
    <>
      {names.map((name) => (
        <DeferredChart key={name} code={code} height={240}>
          <svg aria-label={name} />
        </DeferredChart>
      ))}
    </>
  );
  const view = render(charts(['First', 'Second', 'Third']));
  await settle(); // painted: all three wait for the same code
  arrive();
  view.rerender(charts(['First', 'Third'])); // the second goes before its turn
  await settle();
  await settle();
  expect(screen.getByLabelText('First')).toBeInTheDocument();
  expect(screen.getByLabelText('Third')).toBeInTheDocument();
});

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((value) => value + 1)}>
      {label} {count}
    </button>
  );
}

test('the parts of one chunk are all ready once it arrives, fetched once, whichever asked', async () => {
  let loads = 0;
  const chunk = preloadableChunk(async () => {
    loads += 1;
    return { First: Counter, Second: Counter };
  });
  const first = chunk.part((loaded) => loaded.First);
  const second = chunk.part((loaded) => loaded.Second);
  await first.preload();
  await Promise.resolve();
  expect(second.isLoaded()).toBe(true);
  await chunk.preloadAll();
  expect(loads).toBe(1);
});
