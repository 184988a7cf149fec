/**
 * Whether another page has put tshape in a frame. A page that frames tshape could
 * lay its own controls over it and have a person click "Delete all my data" through
 * it; framed, tshape shows nothing but a link that opens it in its own tab. Reading
 * `window.top` can throw in odd embeddings: that counts as framed.
 */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** What a framed tshape shows: no data and no control, only the way out of the frame. */
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
