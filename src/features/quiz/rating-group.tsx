import { memo, useId } from 'react';
import { emphasiseBankText } from '../../components/bank-text';
import { AnswerRadio } from './answer-radio';
import type { Foil, RatingItem } from '../../data/bank-types';
import { LEVELS } from '../../data/levels';

interface RatingGroupProps {
  groupId: string;
  item: RatingItem | Foil;
  missing: boolean;
  /** The answer given so far (from the store), if any. */
  value: number | undefined;
  /** Called with the question's id and the value chosen. */
  onAnswer: (questionId: string, value: number) => void;
  /** Asked for the first time in a retake: the bank added it since the earlier result. */
  isNew?: boolean;
}

/**
 * A behaviourally anchored rating: six levels, 0 first, each with its own sentence.
 * Memoised: an answer re-renders only the group answered, not the step's other groups.
 */
export const RatingGroup = memo(function RatingGroup({
  groupId,
  item,
  missing,
  value,
  onAnswer,
  isNew = false,
}: RatingGroupProps) {
  const id = useId();
  return (
    <fieldset
      id={groupId}
      className="question"
      role="radiogroup"
      aria-labelledby={`${id}-title`}
      aria-describedby={
        [item.hint ? `${id}-hint` : '', missing ? `${id}-error` : ''].join(' ').trim() || undefined
      }
      aria-invalid={missing || undefined}
      aria-required="true"
      tabIndex={-1}
      data-missing={missing || undefined}
    >
      <legend id={`${id}-title`} className="question__title">
        {item.title}
        {isNew && <span className="pill pill--neutral question__new">New</span>}
      </legend>
      {/* A foil has no hint: nothing may say what the made-up method does. */}
      {item.hint && (
        <p id={`${id}-hint`} className="question__hint">
          {item.hint}
        </p>
      )}
      {missing && (
        <p id={`${id}-error`} className="question__error">
          Choose the highest statement that was true of you.
        </p>
      )}
      <div className="options">
        {item.anchors.map((sentence, level) => (
          // Levels are cumulative: the ones below the chosen level are marked as included.
          <label
            className="option"
            key={level}
            data-included={(value !== undefined && level < value) || undefined}
          >
            <AnswerRadio
              group={groupId}
              questionId={item.id}
              value={level}
              answered={value}
              onAnswer={onAnswer}
            />
            <span className="option__level">
              <span className="option__number" aria-hidden="true">
                {level}
              </span>
              <span className="option__name">{LEVELS[level]?.name}</span>
            </span>
            <span className="option__text">{emphasiseBankText(sentence, 'option__key')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
