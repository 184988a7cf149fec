import { useId } from 'react';
import { emphasiseBankText } from '../../components/bank-text';
import { describeLevelStep, type PlannedStep } from '../../domain/growth-plan';
import type { PlanStep } from '../../store/saved-state';
import { MAX_PLAN_EVIDENCE_LENGTH, MAX_PLAN_NOTE_LENGTH } from '../../store/saved-limits';

/** What a person keeps with a step, as the page edits it. */
export interface StepHandlers {
  readonly onTick: (step: PlannedStep, done: boolean) => void;
  readonly onNote: (step: PlannedStep, text: { note?: string; evidence?: string }) => void;
}

/**
 * The next steps, best first: each names the sub-skill and the levels, says why, quotes
 * the next level's anchor as the behaviour to reach, and gives the practice project and
 * the evidence that would show it; the person ticks it and keeps a private note and an
 * evidence link with it (never in any link).
 */
export function PlanSteps({
  steps,
  kept,
  handlers,
}: {
  steps: readonly PlannedStep[];
  /** What was kept with each step, by item id: only steps of the plan in use. */
  kept: Readonly<Record<string, PlanStep>>;
  handlers: StepHandlers;
}) {
  return (
    <ol className="plan-steps">
      {steps.map((step) => (
        <PlanStepItem key={step.itemId} step={step} kept={kept[step.itemId]} {...handlers} />
      ))}
    </ol>
  );
}

function PlanStepItem({
  step,
  kept,
  onTick,
  onNote,
}: { step: PlannedStep; kept: PlanStep | undefined } & StepHandlers) {
  const id = useId();
  const done = kept?.done ?? false;
  return (
    <li className={done ? 'plan-step plan-step--done' : 'plan-step'}>
      <h3 className="plan-step__title">
        {step.title} <span className="plan-step__area">({step.areaName})</span>
      </h3>
      <p className="plan-step__levels">{describeLevelStep(step.fromLevel, step.toLevel)}</p>
      <p className="plan-step__why">{step.why}</p>
      <dl className="plan-step__detail">
        <dt>Behaviour to reach</dt>
        <dd>“{emphasiseBankText(step.anchor)}”</dd>
        <dt>Practice, over the next one to three months</dt>
        <dd>{step.project}</dd>
        <dt>Evidence that would show it</dt>
        <dd>{step.evidence}</dd>
      </dl>
      <label className="plan-step__done">
        <input
          type="checkbox"
          checked={done}
          aria-label={`Done: ${step.title}`}
          onChange={(event) => onTick(step, event.target.checked)}
        />
        Done
      </label>
      <details className="plan-step__keep" open={Boolean(kept?.note || kept?.evidence)}>
        <summary>
          Note and evidence<span className="visually-hidden"> for {step.title}</span>
        </summary>
        <div className="field">
          <label htmlFor={`${id}-note`}>
            Private note<span className="visually-hidden"> on {step.title}</span>
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={MAX_PLAN_NOTE_LENGTH}
            value={kept?.note ?? ''}
            onChange={(event) => onNote(step, { note: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-evidence`}>
            Evidence link<span className="visually-hidden"> for {step.title}</span>
          </label>
          <input
            id={`${id}-evidence`}
            type="text"
            inputMode="url"
            maxLength={MAX_PLAN_EVIDENCE_LENGTH}
            placeholder="The PR, the memo, the dashboard"
            value={kept?.evidence ?? ''}
            onChange={(event) => onNote(step, { evidence: event.target.value })}
          />
        </div>
        <p className="hint">
          Kept in this browser only, and in “Download my data”; never in a link.
        </p>
      </details>
    </li>
  );
}
