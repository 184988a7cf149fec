import { Suspense, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';

/** How far ahead of the screen a chart that waits for view starts drawing: one screen. */
const NEAR_VIEW_MARGIN = '100% 0px';

/**
 * Charts that become due together (several come into view at once) are drawn one
 * per task, in the order they became due: the first shows as soon as it is drawn,
 * and no single task blocks a slow phone for all of them.
 */
let turns: Promise<void> = Promise.resolve();
function drawInTurn(draw: () => void): void {
  turns = turns.then(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          flushSync(draw);
          resolve();
        }, 0),
      ),
  );
}

function Reserved({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className="chart-reserved" style={{ height }} aria-hidden="true" />;
}

/**
 * Calls `show` once the element is within a screen of the viewport, or the page is
 * printed. Without IntersectionObserver (an old browser, jsdom) it calls it at once.
 */
function whenNearView(element: Element, show: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    show();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) show();
    },
    { rootMargin: NEAR_VIEW_MARGIN },
  );
  observer.observe(element);
  window.addEventListener('beforeprint', show);
  return () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', show);
  };
}

/**
 * Draws a chart once its code is here, in the space it will take, so nothing moves
 * when it arrives. When the code is not here yet (a page opened directly), the fetch
 * starts only after the page's words have been painted, so a slow network shows them
 * first instead of sharing its bandwidth with Recharts.
 *
 * `whenNear` also waits until the chart is within a screen of the viewport (or the
 * page is printed): a chart far down a long page then costs a slow phone nothing
 * until the person scrolls towards it, and the words above it are ready sooner.
 */
export function DeferredChart({
  loaded,
  height,
  whenNear = false,
  children,
}: {
  loaded: boolean;
  height: number;
  whenNear?: boolean;
  children: ReactNode;
}) {
  const [painted, setPainted] = useState(loaded);
  const [near, setNear] = useState(!whenNear);
  const reservedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (painted) return;
    // Two frames: the second callback runs only once the first frame (the words) is shown.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => drawInTurn(() => setPainted(true)));
    });
    return () => cancelAnimationFrame(frame);
  }, [painted]);

  useEffect(() => {
    const element = reservedRef.current;
    if (near || !element) return;
    return whenNearView(element, () => drawInTurn(() => setNear(true)));
  }, [near]);

  return painted && near ? (
    <Suspense fallback={<Reserved height={height} />}>{children}</Suspense>
  ) : (
    <Reserved ref={reservedRef} height={height} />
  );
}
