import { useId } from 'react';
import { emphasiseBankText } from '../../components/bank-text';
import type { RatingItem } from '../../data/bank-types';
import { LEVELS } from '../../data/levels';
import { speakOfColleague } from '../../domain/peer-wording';

/** The value a radio of "Can't say" stands for in the form (null in the reply). */
export const CANT_SAY = 'cant-say';

interface PeerRatingGroupProps {
  groupId: string;
  item: RatingItem;
  missing: boolean;
  /** A level, null for "can't say", undefined while unanswered. */
  value: number | null | undefined;
  onAnswer: (itemId: string, value: number | null) => void;
}

/**
 * A rating item as a colleague answers it: the quiz's rating radios (its styles,
 * quiz.css), "Can't say" first, then the six levels, each statement worded about the
 * person being rated.
 */
export function PeerRatingGroup({ groupId, item, missing, value, onAnswer }: PeerRatingGroupProps) {
  const id = useId();
  return (
    <fieldset
      id={groupId}
      className="question"
      role="radiogroup"
      aria-labelledby={`${id}-title`}
      aria-describedby={[`${id}-hint`, missing ? `${id}-error` : ''].join(' ').trim()}
      aria-invalid={missing || undefined}
      aria-required="true"
      tabIndex={-1}
      data-missing={missing || undefined}
    >
      <legend id={`${id}-title`} className="question__title">
        {item.title}
      </legend>
      <p id={`${id}-hint`} className="question__hint">
        {item.hint}
      </p>
      {missing && (
        <p id={`${id}-error`} className="question__error">
          Choose the highest statement that was true of them, or “Can’t say”.
        </p>
      )}
      <div className="options">
        <label className="option option--cant-say">
          <input
            className="option__input"
            type="radio"
            name={groupId}
            value={CANT_SAY}
            checked={value === null}
            onChange={() => onAnswer(item.id, null)}
          />
          <span className="option__level">
            <span className="option__number" aria-hidden="true">
              ?
            </span>
            <span className="option__name">Can’t say</span>
          </span>
          <span className="option__text">I have not seen enough of this in their work.</span>
        </label>
        {item.anchors.map((sentence, level) => (
          <label
            className="option"
            key={level}
            data-included={(typeof value === 'number' && level < value) || undefined}
          >
            <input
              className="option__input"
              type="radio"
              name={groupId}
              value={String(level)}
              checked={value === level}
              onChange={() => onAnswer(item.id, level)}
            />
            <span className="option__level">
              <span className="option__number" aria-hidden="true">
                {level}
              </span>
              <span className="option__name">{LEVELS[level]?.name}</span>
            </span>
            <span className="option__text">
              {emphasiseBankText(speakOfColleague(sentence), 'option__key')}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
