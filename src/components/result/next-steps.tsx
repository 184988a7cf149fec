import type { QuestionBank } from '../../data/bank-types';
import type { NextStep } from '../../domain/growth';
import { emphasiseBankText } from '../bank-text';

/**
 * What to do next, part of the verdict beside the charts: each step names the
 * sub-skill, the level it moves to and that level's own statement.
 */
export function NextSteps({ bank, steps }: { bank: QuestionBank; steps: readonly NextStep[] }) {
  if (steps.length === 0) return null;
  return (
    <section className="next-steps-section" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">Next steps for growth</h2>
      <ol className="next-steps">
        {steps.map((step) => (
          <li key={step.itemId} className="next-step">
            <p className="next-step__title">
              {step.kind === 'broaden' ? 'Broaden' : 'Deepen'}: <strong>{step.title}</strong> (
              {bank.areas.find((area) => area.id === step.area)?.name}), level {step.level} →{' '}
              {step.nextLevel}
            </p>
            <p className="next-step__anchor">“{emphasiseBankText(step.anchor)}”</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
