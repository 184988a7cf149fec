import { formatScore, formatScoreRange } from '../../domain/format';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import type { QuestionBank } from '../../data/bank-types';
import type { ShapeLever } from '../../domain/growth';
import type { Person } from '../../domain/headline';
import type { Profile } from '../../domain/profile';
import { describeFlag, describeStrongestAndWeakest, nameMeanLevel } from '../../domain/reading';

interface AreaReadingsProps {
  /** The bank the result was made with: its item titles name the sub-skills. */
  bank: QuestionBank;
  profile: Profile;
  /** The result's answers, read for each area's strongest and weakest sub-skill. */
  responses: Readonly<Record<string, number>>;
  levers: readonly ShapeLever[];
  /** Whose result it is: the viewer's own ("your shape") or someone else's ("their shape"). */
  person: Person;
}

/** Each area in plain words, then what would change the shape (next steps: next-steps.tsx). */
export function AreaReadings({ bank, profile, responses, levers, person }: AreaReadingsProps) {
  const leverAreas = [...new Set(levers.map((lever) => lever.area))];
  return (
    <section
      className="results__section results__section--reading card"
      aria-labelledby="reading-title"
    >
      <h2 id="reading-title">Reading</h2>
      <ul className="readings">
        {profile.areas.map((area) => {
          const flag = profile.flags.find(
            (each) => each.kind === 'calibration' && each.area === area.id,
          );
          const bankArea = bank.areas.find((each) => each.id === area.id);
          const subSkills = bankArea ? describeStrongestAndWeakest(bankArea, responses) : null;
          return (
            <li key={area.id} className="reading">
              <h3 className="reading__title">
                {area.name}
                <span className="reading__score">{formatScore(area.score, 'Not answered')}</span>
              </h3>
              {area.score !== null && (
                <p className="reading__band">
                  On average: <strong>{nameMeanLevel(area.score)}</strong>.
                  {area.deep ? ' Deep.' : area.broad ? ' Broad.' : ''}
                </p>
              )}
              {subSkills && <p className="reading__skills">{subSkills}</p>}
              {area.line && (
                <p className="reading__note">
                  Borderline: its 80% interval ({formatScoreRange(area.interval ?? [0, 0])})
                  straddles the {area.line} line at{' '}
                  {area.line === 'depth' ? DEPTH_THRESHOLD : BREADTH_THRESHOLD}.
                </p>
              )}
              <p className="reading__checks">
                Knowledge checks: {area.checksCorrect} of {area.checksTotal} correct.
              </p>
              {flag && <p className="reading__note">{describeFlag(bank, flag, person.isViewer)}</p>}
            </li>
          );
        })}
      </ul>

      {leverAreas.length > 0 && (
        <>
          <h3>What would change {person.possessive} shape</h3>
          <ul className="plain-list">
            {leverAreas.map((areaId) => {
              const areaLevers = levers.filter((lever) => lever.area === areaId);
              const first = areaLevers[0];
              if (!first) return null;
              const name = bank.areas.find((area) => area.id === areaId)?.name ?? areaId;
              return (
                <li key={areaId}>
                  One level more on any of {areaLevers.map((lever) => lever.title).join(', ')} would
                  make {name} {first.threshold === 'depth' ? 'deep' : 'broad'} (
                  {formatScore(first.scoreBefore)} → {formatScore(first.scoreAfter)}) and{' '}
                  {person.possessive} shape {first.shapeAfter}.
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
