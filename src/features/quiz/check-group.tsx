import { memo, useId } from 'react';
import { AnswerRadio } from './answer-radio';
import type { KnowledgeCheck } from '../../data/bank-types';

interface CheckGroupProps {
  groupId: string;
  check: KnowledgeCheck;
  number: number;
  missing: boolean;
  /** The answer given so far (from the store), if any. */
  value: number | undefined;
  /** Called with the question's id and the value chosen. */
  onAnswer: (questionId: string, value: number) => void;
}

const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** A knowledge check: one right answer, revealed only with the results (memoised as RatingGroup). */
export const CheckGroup = memo(function CheckGroup({
  groupId,
  check,
  number,
  missing,
  value,
  onAnswer,
}: CheckGroupProps) {
  const id = useId();
  return (
    <fieldset
      id={groupId}
      className="question question--check"
      role="radiogroup"
      aria-labelledby={`${id}-title`}
      aria-describedby={missing ? `${id}-error` : undefined}
      aria-invalid={missing || undefined}
      aria-required="true"
      tabIndex={-1}
      data-missing={missing || undefined}
    >
      <p className="question__eyebrow" aria-hidden="true">
        Check {number}
      </p>
      <legend id={`${id}-title`} className="question__title">
        {check.question}
      </legend>
      {missing && (
        <p id={`${id}-error`} className="question__error">
          Choose one answer; a guess is fine.
        </p>
      )}
      <div className="options options--check">
        {check.options.map((option, index) => (
          <label className="option option--check" key={option}>
            <AnswerRadio
              group={groupId}
              questionId={check.id}
              value={index}
              answered={value}
              onAnswer={onAnswer}
            />
            <span className="option__letter" aria-hidden="true">
              {OPTION_LETTERS[index]}
            </span>
            <span className="option__text">{option}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
