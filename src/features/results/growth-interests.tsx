import { useId, useState } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { setGrowthInterests } from '../../store/plan-actions';
import type { CompletedResult } from '../../store/saved-state';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { useAppStoreApi } from '../../store/store-context';

/**
 * "Areas you want to grow in": kept with the result and carried in its share link, so
 * a team sees who wants to grow where; the growth plan puts them first. A tick shows
 * only once it is saved.
 */
export function GrowthInterests({ bank, result }: { bank: QuestionBank; result: CompletedResult }) {
  const store = useAppStoreApi();
  const id = useId();
  const [notSaved, setNotSaved] = useState(false);

  function toggle(area: string, wanted: boolean) {
    const next = wanted
      ? [...result.growthAreas, area]
      : result.growthAreas.filter((each) => each !== area);
    setNotSaved(!setGrowthInterests(store, result.id, next));
  }

  return (
    <section className="results__section card growth-interests" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Grow from here</h2>
      <fieldset className="growth-interests__group">
        <legend>Areas you want to grow in</legend>
        <p className="hint">
          Kept with this result and carried in its share link, so your team can see where you want
          to grow; your growth plan puts them first.
        </p>
        <div className="growth-interests__options">
          {bank.areas.map((area) => (
            <label key={area.id} className="growth-interests__option">
              <input
                type="checkbox"
                checked={(result.growthAreas as readonly string[]).includes(area.id)}
                onChange={(event) => toggle(area.id, event.target.checked)}
              />
              {area.name}
            </label>
          ))}
        </div>
      </fieldset>
      {notSaved && (
        <p className="banner banner--error" role="alert">
          {NOT_SAVED_TEXT}
        </p>
      )}
      <p>
        <a className="button button--primary" href="#/plan">
          Plan your growth
        </a>
      </p>
    </section>
  );
}
