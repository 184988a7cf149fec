import type { QuestionBank } from '../../data/bank-types';
import { quoteAtEnd } from '../../domain/format';
import { askedChecks } from '../../domain/quiz-plan';

interface CheckAnswersProps {
  bank: QuestionBank;
  responses: Readonly<Record<string, number>>;
}

/** The knowledge checks with the right answers and why, revealed only now. */
export function CheckAnswers({ bank, responses }: CheckAnswersProps) {
  return (
    <section
      className="results__section results__section--checks card"
      aria-labelledby="checks-title"
    >
      <h2 id="checks-title">Knowledge checks</h2>
      <details className="data-details">
        <summary>Show the answers and why</summary>
        <ol className="check-answers">
          {bank.areas.flatMap((area) =>
            askedChecks(area, responses).map((check) => {
              const chosen = responses[check.id];
              const correct = chosen === check.correctIndex;
              return (
                <li key={check.id} className="check-answer">
                  <p className="check-answer__question">
                    <span className="check-answer__area">{area.name}</span> {check.question}
                  </p>
                  <p>
                    <span className={correct ? 'badge badge--ok' : 'badge badge--miss'}>
                      {chosen === undefined
                        ? 'Not answered'
                        : correct
                          ? '✓ Correct'
                          : '✗ Not quite'}
                    </span>{' '}
                    {!correct && chosen !== undefined && (
                      <>You chose {quoteAtEnd(check.options[chosen] ?? '')} </>
                    )}
                    Answer: {quoteAtEnd(check.options[check.correctIndex] ?? '')}
                  </p>
                  <p className="hint">{check.explanation}</p>
                </li>
              );
            }),
          )}
        </ol>
      </details>
    </section>
  );
}
