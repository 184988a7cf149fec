import { useId, useState } from 'react';
import type { AreaId, QuestionBank } from '../../data/bank-types';
import type { AreaTargets } from '../../domain/growth-plan';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import { SPECTRUM_ORDER } from '../../domain/spectrum';
import { MAX_TARGET_SCORE } from '../../domain/target-codec';

/** A typed target: a whole number 0–100, or null when the field does not hold one. */
function readTarget(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const value = Number(text);
  return value <= MAX_TARGET_SCORE ? value : null;
}

/**
 * One number field per area, in spectrum order, for a target 0–100. Each valid change
 * is handed on with every area's target; a field that does not hold a whole number
 * 0–100 says so and hands nothing on, so what was kept stays until it is fixed.
 */
export function AreaTargetFields({
  bank,
  initial,
  onChange,
  legend,
}: {
  bank: QuestionBank;
  /** Names the five fields as one group ("Your targets per area"). */
  legend: string;
  initial: AreaTargets;
  onChange: (areas: Record<AreaId, number>) => void;
}) {
  const id = useId();
  const [texts, setTexts] = useState<Record<AreaId, string>>(
    () =>
      Object.fromEntries(
        SPECTRUM_ORDER.map((area) => [area, String(initial[area] ?? 0)]),
      ) as Record<AreaId, string>,
  );

  function change(area: AreaId, text: string) {
    const next = { ...texts, [area]: text };
    setTexts(next);
    const values = SPECTRUM_ORDER.map((each) => [each, readTarget(next[each])] as const);
    if (values.every(([, value]) => value !== null)) {
      onChange(Object.fromEntries(values) as Record<AreaId, number>);
    }
  }

  return (
    <fieldset className="target-fields">
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-hint`}>
        Scores 0–{MAX_TARGET_SCORE}: broad at {BREADTH_THRESHOLD} or more, deep at {DEPTH_THRESHOLD}{' '}
        or more.
      </p>
      {SPECTRUM_ORDER.map((area) => {
        const name = bank.areas.find((each) => each.id === area)?.name ?? area;
        const bad = readTarget(texts[area]) === null;
        return (
          <div className="field target-fields__field" key={area}>
            <label htmlFor={`${id}-${area}`}>{name}</label>
            <input
              id={`${id}-${area}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_TARGET_SCORE}
              step={5}
              value={texts[area]}
              aria-invalid={bad}
              aria-describedby={bad ? `${id}-${area}-error` : `${id}-hint`}
              onChange={(event) => change(area, event.target.value)}
            />
            {bad && (
              <p className="field__error" id={`${id}-${area}-error`}>
                A whole number from 0 to {MAX_TARGET_SCORE}.
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
