/** A link that cannot be opened: an alert saying why; the rest of the app still works. */
export function LinkProblem({ message }: { message: string }) {
  return (
    <section className="page page--narrow">
      <h1>This link can’t be opened</h1>
      <div className="banner banner--error" role="alert">
        {message}
      </div>
      <p>Your own answers and results are untouched.</p>
      <p className="button-row">
        <a className="button button--primary" href="#/">
          Go to the home page
        </a>
      </p>
    </section>
  );
}
