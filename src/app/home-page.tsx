import { Suspense, lazy, useState } from 'react';
import { ASSESSMENT_MINUTES, ASSESSMENT_QUESTIONS } from '../data/bank-version';
import { LEVELS } from '../data/levels';
import { DataTable } from '../components/data-table';
import { navigate } from '../lib/hash-location';
import { selectHasProgress, selectLatestResult } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import './home.css';

// Asked only after "Start over", by a returning visitor: not worth home's first bytes.
const ConfirmDialog = lazy(() =>
  import('../components/confirm-dialog').then((module) => ({ default: module.ConfirmDialog })),
);

export function HomePage() {
  const hasProgress = useAppStore(selectHasProgress);
  const latest = useAppStore(selectLatestResult);
  const startAssessment = useAppStore((state) => state.startAssessment);
  const [confirming, setConfirming] = useState(false);
  // Kept once asked, so closing goes through the dialog's own close (focus returns).
  const [asked, setAsked] = useState(false);

  // A link, so it works in index.html's static copy too, before the app runs (the
  // assessment then starts with the first answer).
  function start() {
    if (!hasProgress) startAssessment();
  }

  function startOver() {
    setConfirming(false);
    startAssessment();
    navigate('/assess');
  }

  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-title">
        {/* A file beside index.html rather than markup in the code: it costs home's
            JavaScript nothing, and loads after the words. */}
        <img
          className="hero__figure"
          src="hero-tshape.svg"
          width="530"
          height="340"
          alt="An example T-shape: broad in five areas, deep in one."
        />
        <p className="eyebrow">A self-assessment for data and ML people</p>
        <h1 id="home-title" className="hero__title">
          tshape <span className="hero__tagline">— see the shape of your skills</span>
        </h1>
        <p className="hero__lede">
          Rate yourself across statistics, business communication, production software,
          experimentation and deployment, and see your T-shape — broad across the work, deep where
          you are strongest — and where you sit between Stats and Engineering. Everything stays in
          this browser: nothing is sent anywhere unless you choose to share a link.
        </p>
        <div className="button-row">
          <a className="button button--primary button--large" href="#/assess" onClick={start}>
            {hasProgress ? 'Continue assessment' : 'Start assessment'}
          </a>
          {hasProgress && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setAsked(true);
                setConfirming(true);
              }}
            >
              Start over
            </button>
          )}
          {latest && !hasProgress && (
            <a className="button" href="#/results">
              See your latest result
            </a>
          )}
        </div>
        {hasProgress && (
          <p className="hint">
            Your answers so far are saved; you will pick up where you left off.
          </p>
        )}
      </section>

      <section className="card how" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ul className="how__facts">
          <li>
            <strong>About {ASSESSMENT_MINUTES} minutes.</strong> Five steps, one per area,{' '}
            {ASSESSMENT_QUESTIONS} questions in all. Your progress is saved after every answer.
          </li>
          <li>
            <strong>Pick the highest statement that was true of you in the last 12 months.</strong>{' '}
            Each option describes something you have actually done, not how good you feel.
          </li>
          <li>
            <strong>There are a few quick knowledge checks.</strong> They never change your scores;
            they only flag where a self-rating may be generous. Knowing they are there helps
            everyone answer honestly.
          </li>
        </ul>
        <h3>The scale</h3>
        <DataTable caption="The scale" hideCaption className="scale-table">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Name</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level.level}>
                <td className="scale-table__level">{level.level}</td>
                <th scope="row">{level.name}</th>
                <td>{level.meaning}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      {asked && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={confirming}
            title="Start over?"
            body="This clears the answers you have given so far. Your completed results are kept."
            confirmLabel="Clear answers and start over"
            onConfirm={startOver}
            onCancel={() => setConfirming(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
