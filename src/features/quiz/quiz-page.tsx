import { useEffect, useMemo, useRef, useState } from 'react';
import { QUESTION_BANK, bankFor } from '../../data/question-bank';
import { ConfirmDialog } from '../../components/confirm-dialog';
import {
  buildQuizSteps,
  countAnswered,
  drawAssessment,
  newItemIds,
  listQuestions,
} from '../../domain/quiz-plan';
import { measureAssessment } from '../../domain/assessment-length';
import { formatCountOf } from '../../domain/format';
import { navigate } from '../../lib/hash-location';
import { selectProgressResponses } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { QuizProgress } from './quiz-progress';
import { QuizStepForm } from './quiz-step-form';
import './quiz.css';

/** The assessment: one step per area, resumed exactly where the person left it. */
export function QuizPage() {
  const progress = useAppStore((state) => state.progress);
  const startAssessment = useAppStore((state) => state.startAssessment);
  const goToStep = useAppStore((state) => state.goToStep);
  const completeAssessment = useAppStore((state) => state.completeAssessment);
  const [confirmingRestart, setConfirmingRestart] = useState(false);
  // A restart on the same step must still give the form fresh, empty values.
  const [restarts, setRestarts] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Asked with the bank it started on (an assessment begun before an upgrade finishes
  // on its own bank), and the checks and foil its start drew.
  const bank = bankFor(progress?.bankVersion ?? QUESTION_BANK.version);
  // Opened with nothing in progress, the first answer starts the assessment at the
  // moment the page opened, so the checks drawn on screen are the ones it keeps.
  const [openedAt] = useState(() => Date.now());
  const startedAt = progress?.startedAt ?? openedAt;
  const responses = useMemo(() => selectProgressResponses({ progress }), [progress]);
  const { steps, questions } = useMemo(() => {
    const draw = drawAssessment(bank, startedAt, responses);
    return { steps: buildQuizSteps(bank, draw), questions: listQuestions(bank, draw) };
  }, [bank, startedAt, responses]);
  // A retake after the bank changed marks the items the earlier result was not asked.
  const results = useAppStore((state) => state.results);
  const retakenFrom = progress?.prefilledFrom
    ? results.find((result) => result.id === progress.prefilledFrom)
    : undefined;
  const newItems = useMemo(
    () => (retakenFrom ? newItemIds(bank, bankFor(retakenFrom.bankVersion)) : new Set<string>()),
    [bank, retakenFrom],
  );
  const stepIndex = Math.min(progress?.step ?? 0, steps.length - 1);
  const step = steps[stepIndex];
  const answers = progress?.answers;
  const answered = countAnswered(questions, responses);
  const minutes = useMemo(() => measureAssessment(bank).minutes, [bank]);

  // Each new step is announced by moving focus to its heading.
  useEffect(() => {
    headingRef.current?.focus();
    window.scrollTo(0, 0);
  }, [stepIndex]);

  if (!step) return null;
  const isLast = stepIndex === steps.length - 1;

  function next() {
    if (isLast) {
      if (completeAssessment()) navigate('/results');
    } else {
      goToStep(stepIndex + 1);
    }
  }

  function back() {
    if (stepIndex === 0) navigate('/');
    else goToStep(stepIndex - 1);
  }

  function restart() {
    setConfirmingRestart(false);
    startAssessment();
    setRestarts((count) => count + 1);
    headingRef.current?.focus();
  }

  return (
    <div className="page quiz">
      <QuizProgress
        steps={steps}
        stepIndex={stepIndex}
        answered={answered}
        total={questions.length}
      />
      <header className="quiz__header">
        <p className="eyebrow">
          Step {stepIndex + 1} of {steps.length}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="quiz__title">
          {step.area.name}
        </h1>
        <p className="quiz__summary">{step.area.summary}</p>
      </header>
      {progress?.prefilledFrom && !progress.revises && (
        <p className="callout">
          This retake starts from your last answers: change only what has moved. Your earlier result
          stays as it was.
          {newItems.size > 0 &&
            ` ${newItems.size === 1 ? 'One item is' : `${newItems.size} items are`} new since then, marked “New”; the knowledge checks are drawn afresh.`}
        </p>
      )}
      {progress?.revises && (
        <p className="callout">
          You are reviewing your answers. Change whatever you like; “See results” replaces the
          result you are reviewing.
        </p>
      )}
      {stepIndex === 0 && (
        <aside className="callout quiz__how" aria-label="How to answer">
          <p>
            For each skill,{' '}
            <strong>pick the highest statement that was true of you in the last 12 months</strong>.
            Levels build on each other: choosing one means those below were true too. Two quick
            knowledge checks close each step; they never change your scores. About {minutes} minutes
            in all.
          </p>
        </aside>
      )}
      <QuizStepForm
        key={`${restarts}-${stepIndex}`}
        step={step}
        answers={answers ?? {}}
        isLast={isLast}
        onBack={back}
        onNext={next}
        newItems={newItems}
        startedAt={startedAt}
      />
      {answered > 0 && (
        <p className="quiz__restart">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirmingRestart(true)}
          >
            Start over
          </button>
        </p>
      )}
      <ConfirmDialog
        open={confirmingRestart}
        title="Start over?"
        body={`This clears the ${formatCountOf(answered, 'answer', 'answers')} you have given so far. Your completed results are kept.`}
        confirmLabel="Clear answers and start over"
        onConfirm={restart}
        onCancel={() => setConfirmingRestart(false)}
      />
    </div>
  );
}
