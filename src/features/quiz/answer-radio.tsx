interface AnswerRadioProps {
  /** The radio group's name: its question group's id. */
  group: string;
  questionId: string;
  /** The value this option gives (a level, or an option's index). */
  value: number;
  /** The answer given so far (from the store), if any. */
  answered: number | undefined;
  onAnswer: (questionId: string, value: number) => void;
}

/** One option of a question, checked when the store holds it as the answer. */
export function AnswerRadio({ group, questionId, value, answered, onAnswer }: AnswerRadioProps) {
  return (
    <input
      className="option__input"
      type="radio"
      name={group}
      value={String(value)}
      checked={answered === value}
      onChange={() => onAnswer(questionId, value)}
    />
  );
}
