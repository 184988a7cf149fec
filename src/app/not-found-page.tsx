export function NotFoundPage({ path }: { path: string }) {
  return (
    <section className="page page--narrow">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>#{path}</code>. Your saved answers and results are untouched.
      </p>
      <p>
        <a className="button button--primary" href="#/">
          Go to the home page
        </a>
      </p>
    </section>
  );
}
