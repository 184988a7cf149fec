import { QUESTION_BANK } from '../../data/question-bank';
import { computeAreaScores } from '../../domain/area-scores';
import { selectLatestResult } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** The latest completed result: area scores for now; the charts arrive with the scoring engine. */
export function ResultsPage() {
  const latest = useAppStore(selectLatestResult);

  if (!latest) {
    return (
      <section className="page page--narrow">
        <h1>Your T-shape</h1>
        <p>You have no completed assessment yet. It takes about 10 minutes.</p>
        <p>
          <a className="button button--primary" href="#/assess">
            Start assessment
          </a>
        </p>
      </section>
    );
  }

  const scores = computeAreaScores(QUESTION_BANK, latest.responses);
  return (
    <section className="page page--narrow">
      <p className="eyebrow">Completed {DATE_FORMAT.format(new Date(latest.completedAt))}</p>
      <h1>Your T-shape</h1>
      <p>Your answers are saved in this browser. Here are your area scores, from 0 to 100.</p>
      <table className="data-table">
        <caption>Area scores</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Score (0–100)</th>
          </tr>
        </thead>
        <tbody>
          {QUESTION_BANK.areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.name}</th>
              <td>{formatScore(scores[area.id])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function formatScore(score: number | null): string {
  return score === null ? 'Not answered' : String(Math.round(score));
}
