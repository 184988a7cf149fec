import {
  Suspense,
  startTransition,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { fetchOnce, preloadable } from '../lib/preloadable';
import './charts.css';

/*
 * How a chart gets onto a page: its code is fetched once (a chunk of charts,
 * `preloadableChunk`), it waits (for the page's words to paint, and, further down a
 * page, for view), and it is drawn in its turn, one chart per task (`DeferredChart`).
 * Why: Recharts is most of the app's code. Kept out of the first page and fetched after
 * the words have painted, a directly opened result shows its words first; drawn one
 * at a time, no single task blocks a slow phone for all charts; waiting for view, a
 * team page's charts cost nothing until scrolled to. Measured (README, "Measure it"):
 * results reach Lighthouse 98-100 at 4x CPU with all three charts on the page, and
 * nothing moves when a chart arrives (space is reserved at its exact height).
 * The wrappers that pages use are in lazy-charts.tsx.
 */

/** How far ahead of the screen a chart that waits for view starts drawing: half a screen. */
const NEAR_VIEW_MARGIN = '50% 0px';

/**
 * Charts that become due together (several come into view at once) are drawn one
 * at a time, in the order they became due: the first shows as soon as it is drawn,
 * and no single task blocks a slow phone for all of them. Each is drawn as a
 * transition, so React renders it in slices (what Recharts does as its parts register,
 * synchronous re-renders, still takes one task); the next chart's turn comes once the
 * chart says it is drawn (`done`).
 */
let turns: Promise<void> = Promise.resolve();
function drawInTurn(draw: (done: () => void) => void): void {
  turns = turns.then(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          // Whatever one chart does, the charts after it still get their turn.
          try {
            draw(resolve);
          } catch {
            resolve();
          }
        }, 0),
      ),
  );
}

function Reserved({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className="chart-reserved" style={{ height }} aria-hidden="true" />;
}

/**
 * Calls `show` once, when the element is within NEAR_VIEW_MARGIN of the viewport or the page
 * is printed (then with `now`: the print is laid out as soon as the event returns).
 * Without IntersectionObserver (an old browser, jsdom) it calls it at once.
 */
function whenNearView(element: Element, show: (now: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    show(false);
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) showOnce(false);
    },
    { rootMargin: NEAR_VIEW_MARGIN },
  );
  const onPrint = () => showOnce(true);
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', onPrint);
  };
  function showOnce(now: boolean) {
    stop();
    show(now);
  }
  observer.observe(element);
  window.addEventListener('beforeprint', onPrint);
  return stop;
}

/** Calls `then` once the next frame has been shown (the second frame's callback runs after it). */
function afterPaint(then: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    // Not `then` itself: a frame callback's argument (a timestamp) is not a print's `now`.
    frame = requestAnimationFrame(() => then());
  });
  return () => cancelAnimationFrame(frame);
}

/** A chart's code, fetched on demand (a part of a `preloadableChunk`). */
export interface ChartCode {
  isLoaded(): boolean;
  preload(): Promise<unknown>;
}

/**
 * Draws a chart once its code is here, in the space it will take, so nothing moves
 * when it arrives. When the code is not here yet (a page opened directly), the fetch
 * starts only after the page's words have been painted, so a slow network shows them
 * first instead of sharing its bandwidth with Recharts; the chart is drawn once the
 * code has come, in a task of its own (never with other charts whose code came with it).
 *
 * `whenNear` also waits until the chart is within half a screen of the viewport (or
 * the page is printed): a chart far down a long page then costs a slow phone nothing
 * until the person scrolls towards it, and the words above it are ready sooner.
 */
export function DeferredChart({
  code,
  height,
  whenNear = false,
  children,
}: {
  code: ChartCode;
  height: number;
  whenNear?: boolean;
  children: ReactNode;
}) {
  // What it waits for is settled when it mounts: code that arrives later (for another
  // chart) must not make a chart waiting for view draw at once.
  const [waitsFor] = useState(() => ({ paint: !code.isLoaded(), view: whenNear }));
  const [due, setDue] = useState(!waitsFor.paint && !waitsFor.view);
  const reservedRef = useRef<HTMLDivElement>(null);
  // Ends this chart's drawing turn: once drawn (its effects have run), or if it goes.
  const drawn = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!due) return;
    drawn.current?.();
    drawn.current = null;
  }, [due]);
  useEffect(() => () => drawn.current?.(), []);

  useEffect(() => {
    const element = reservedRef.current;
    if (due || !element) return;
    let stopped = false;
    const waits: ((then: (now?: boolean) => void) => () => void)[] = [
      ...(waitsFor.paint ? [afterPaint] : []),
      ...(waitsFor.view ? [(then: (now: boolean) => void) => whenNearView(element, then)] : []),
    ];
    let pending = waits.length;
    const stops = waits.map((wait) =>
      wait((now = false) => {
        pending -= 1;
        if (pending > 0) return;
        // A print cannot wait: drawn now, with or without its code (Suspense then).
        if (now) return flushSync(() => setDue(true));
        // A failed fetch is left to the chart, which fetches again or says so.
        const draw = () =>
          drawInTurn((done) => {
            if (stopped) return done();
            drawn.current = done;
            startTransition(() => setDue(true));
          });
        void code.preload().then(draw, draw);
      }),
    );
    return () => {
      stopped = true;
      stops.forEach((stop) => stop());
    };
  }, [due, waitsFor, code]);

  return due ? (
    <Suspense fallback={<Reserved height={height} />}>{children}</Suspense>
  ) : (
    <Reserved ref={reservedRef} height={height} />
  );
}

/**
 * Several components that come in one chunk, fetched once. Each `part` is a
 * preloadable of its own; once the chunk is here, every part is ready at once, so none
 * of them waits a task for its own promise (a print, for one, cannot wait).
 */
export function preloadableChunk<Chunk>(load: () => Promise<Chunk>) {
  const parts: { preload: () => Promise<unknown> }[] = [];
  const preloadAll = (): Promise<unknown> => Promise.all(parts.map((part) => part.preload()));
  const loadChunk = fetchOnce(() =>
    load().then((chunk) => {
      void preloadAll();
      return chunk;
    }),
  );
  function part<Props extends object>(pick: (chunk: Chunk) => ComponentType<Props>) {
    const made = preloadable<Props>(() => loadChunk().then(pick));
    parts.push(made);
    return made;
  }
  return { part, preloadAll };
}
