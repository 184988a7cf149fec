import type { QuizStep } from '../../domain/quiz-plan';
import { isNotSaving } from '../../store/storage-health';
import { useStorageHealth } from '../../store/store-context';

interface QuizProgressProps {
  steps: readonly QuizStep[];
  stepIndex: number;
  answered: number;
  total: number;
}

export function QuizProgress({ steps, stepIndex, answered, total }: QuizProgressProps) {
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  const health = useStorageHealth();
  const saved = isNotSaving(health)
    ? 'Not saved: this tab keeps answers in memory only'
    : health.lastWrite === 'not-saved'
      ? 'Last answer not saved'
      : 'Saved in this browser';
  return (
    <div className="quiz-progress">
      <div className="quiz-progress__meta">
        <span>
          {answered} of {total} answered
        </span>
        <span role="status" className="quiz-progress__saved">
          {saved}
        </span>
      </div>
      <div
        className="quiz-progress__track"
        role="progressbar"
        aria-label="Assessment progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={`${answered} of ${total} questions answered, step ${stepIndex + 1} of ${steps.length}`}
      >
        <div className="quiz-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <ol className="quiz-progress__steps">
        {steps.map((step, index) => (
          <li
            key={step.area.id}
            className="quiz-progress__step"
            data-state={index < stepIndex ? 'done' : index === stepIndex ? 'current' : 'todo'}
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            <span className="quiz-progress__dot" aria-hidden="true">
              {index < stepIndex ? '✓' : index + 1}
            </span>
            <span className="quiz-progress__label">{step.area.name}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
