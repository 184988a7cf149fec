/**
 * What a framed tshape shows: no data and no control, only the way out of the frame.
 * A page that frames tshape could lay its own controls over it and have a person click
 * "Delete all my data" through it. The first-paint script (first-paint.tsx) shows this
 * instead of the app; reading `window.top` there counts as framed when it throws.
 */
export function FramedPage({ href }: { href: string }) {
  return (
    <main className="page page--narrow framed">
      <h1>tshape</h1>
      <p>
        tshape opens only in a tab of its own, so that no other page can show your answers or click
        anything on your behalf.
      </p>
      <p>
        <a className="button button--primary" href={href} target="_blank" rel="noopener noreferrer">
          Open tshape in its own tab
        </a>
      </p>
    </main>
  );
}
