import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { listUnanswered, type QuizStep } from '../../domain/quiz-plan';
import type { Answer } from '../../store/saved-state';
import { useAppStore } from '../../store/store-context';
import { CheckGroup } from './check-group';
import { RatingGroup } from './rating-group';

interface QuizStepFormProps {
  step: QuizStep;
  answers: Readonly<Record<string, Answer>>;
  isLast: boolean;
  onBack: () => void;
  onNext: () => void;
  /** Rating items a retake asks for the first time (marked "New"). */
  newItems?: ReadonlySet<string>;
  /** When the assessment started: the first answer, with nothing in progress, starts it then. */
  startedAt: number;
}

/** The DOM id of a question's group, so "Next" can move focus to the first one missing. */
export const questionGroupId = (questionId: string) => `question-${questionId}`;

/**
 * One area's questions as a form: each answer is saved the moment it is given. The
 * store is the one source of the answers (those merged from another tab show at
 * once); the form keeps only which questions "Next" found unanswered.
 */
export function QuizStepForm({
  step,
  answers,
  isLast,
  onBack,
  onNext,
  newItems,
  startedAt,
}: QuizStepFormProps) {
  const answerQuestion = useAppStore((state) => state.answerQuestion);
  const [missing, setMissing] = useState<readonly string[]>([]);
  // Time on an item runs from the step opening, or from the previous answer.
  const lastMark = useRef(0);
  useEffect(() => {
    lastMark.current = performance.now();
  }, []);

  // One function for the whole step, so an answer re-renders only the group answered.
  const answer = useCallback(
    (questionId: string, value: number) => {
      const now = performance.now();
      answerQuestion(questionId, value, Math.round(now - lastMark.current), startedAt);
      lastMark.current = now;
      setMissing((ids) => (ids.includes(questionId) ? ids.filter((id) => id !== questionId) : ids));
    },
    [answerQuestion, startedAt],
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const unanswered = listUnanswered(step.questions, (id) => answers[id] !== undefined);
    setMissing(unanswered.map((question) => question.id));
    const first = unanswered[0];
    if (!first) return onNext();
    const group = document.getElementById(questionGroupId(first.id));
    if (group) {
      // A group can be taller than the screen: show its question, not its middle.
      group.focus({ preventScroll: true });
      group.scrollIntoView({ block: 'start' });
    }
  }

  const firstCheck = step.questions.findIndex((question) => question.kind === 'check');

  return (
    <form className="quiz-form" noValidate onSubmit={submit}>
      <div aria-live="assertive">
        {missing.length > 0 && (
          <div className="banner banner--error" role="alert">
            {missing.length === 1
              ? 'One question on this step still needs an answer.'
              : `${missing.length} questions on this step still need an answer.`}{' '}
            Choose one option in each highlighted question to continue.
          </div>
        )}
      </div>
      {step.questions.map((question, index) => (
        <div key={question.id} className="quiz-form__question">
          {index === firstCheck && (
            <div className="quiz-form__checks-intro">
              <h2>Quick checks</h2>
              <p>
                Two short questions with one right answer each. They never change your scores; you
                will see the answers with your results.
              </p>
            </div>
          )}
          {question.kind === 'check' ? (
            <CheckGroup
              groupId={questionGroupId(question.id)}
              check={question}
              number={index - firstCheck + 1}
              missing={missing.includes(question.id)}
              value={answers[question.id]?.value}
              onAnswer={answer}
            />
          ) : (
            <RatingGroup
              groupId={questionGroupId(question.id)}
              item={question}
              missing={missing.includes(question.id)}
              value={answers[question.id]?.value}
              onAnswer={answer}
              isNew={newItems?.has(question.id) ?? false}
            />
          )}
        </div>
      ))}
      <div className="quiz-form__nav">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="button button--primary">
          {isLast ? 'See results' : 'Next'}
        </button>
      </div>
    </form>
  );
}
