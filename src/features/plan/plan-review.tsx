import { formatDate } from '../../domain/format';
import { describeLevelStep, REVIEW_OUTCOME_WORDS, type StepReview } from '../../domain/growth-plan';

/** After a retake: each step of the last plan, and where its sub-skill stands now. */
export function PlanReview({ review, since }: { review: readonly StepReview[]; since: string }) {
  return (
    <section className="plan__section" aria-labelledby="plan-review-title">
      <h2 id="plan-review-title">What moved since your last plan</h2>
      <p className="hint">
        The steps of the plan you made on {formatDate(Date.parse(since), 'long', 'local')}, against
        your latest result.
      </p>
      <ul className="plan-review">
        {review.map((each) => (
          <li key={each.itemId} className={`plan-review__item plan-review__item--${each.outcome}`}>
            <strong>{each.title}</strong>: aimed at{' '}
            {describeLevelStep(each.fromLevel, each.toLevel)}, now{' '}
            {each.now === null ? 'no level' : each.now}:{' '}
            <span className="plan-review__outcome">{REVIEW_OUTCOME_WORDS[each.outcome]}.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
