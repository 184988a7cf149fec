import type { SpectrumMarker } from '../../charts/spectrum-chart';
import { LazySpectrumChart } from '../../charts/lazy-charts';
import type { Person } from '../../domain/headline';
import type { Profile } from '../../domain/profile';
import { formatPosition, formatScore } from '../../domain/format';
import { describeSpectrumPosition } from '../../domain/reading';
import { DataTable } from '../data-table';

interface SpectrumSectionProps {
  profile: Profile;
  subjectName: string;
  /** Whose result it is, for the sentences that speak of them. */
  person: Person;
  compare?: { name: string; profile: Profile };
}

/** The Stats ↔ Engineering strip, its meter for assistive tech, and Business communication beside it. */
export function SpectrumSection({ profile, subjectName, person, compare }: SpectrumSectionProps) {
  const { position, interval, business } = profile.spectrum;
  const comparePosition = compare?.profile.spectrum.position ?? null;
  const markers: SpectrumMarker[] = [
    ...(position === null
      ? []
      : [{ name: subjectName, position, interval, variant: 'you' as const }]),
    ...(compare && comparePosition !== null
      ? [
          {
            name: compare.name,
            position: comparePosition,
            interval: compare.profile.spectrum.interval,
            variant: 'compare' as const,
          },
        ]
      : []),
  ];
  const words = position === null ? null : describeSpectrumPosition(position);
  const intervalText = interval
    ? `80% interval ${formatPosition(interval[0])} to ${formatPosition(interval[1])}`
    : null;

  return (
    <section className="results__section card" aria-labelledby="spectrum-title">
      <h2 id="spectrum-title">Spectrum</h2>
      <p className="section-lede">
        Where {person.possessive} self-rated work sits between Stats (−1) and Engineering (+1).
        Statistics and Experimentation pull left, Production software and Deployment pull right.
      </p>
      <div className="spectrum">
        <div className="spectrum__strip">
          {position === null ? (
            <p className="empty-note">
              <strong>Not enough signal</strong> to place {person.object} on the spectrum yet: the
              areas that define it are all at or near “Not yet”.
            </p>
          ) : (
            <>
              <div
                role="meter"
                aria-label="Spectrum position"
                aria-valuemin={-1}
                aria-valuemax={1}
                aria-valuenow={position}
                aria-valuetext={`${formatPosition(position)}, ${words}${intervalText ? `; ${intervalText}` : ''}`}
                className="spectrum__meter"
              >
                <LazySpectrumChart markers={markers} />
              </div>
              <p className="chart-summary">
                {compare && <>{subjectName} (circle): </>}
                <strong>{formatPosition(position)}</strong>: {words}
                {intervalText ? ` (${intervalText}).` : '.'}
                {compare && (
                  <>
                    {' '}
                    {compare.name} (diamond):{' '}
                    {comparePosition === null ? (
                      'not enough signal.'
                    ) : (
                      <>
                        <strong>{formatPosition(comparePosition)}</strong>,{' '}
                        {describeSpectrumPosition(comparePosition)}.
                      </>
                    )}
                  </>
                )}
              </p>
            </>
          )}
        </div>
        <aside className="spectrum__business" aria-label="Business communication, off this axis">
          <p className="spectrum__business-label">Business communication</p>
          <p className="spectrum__business-score">{formatScore(business)}</p>
          <div className="spectrum__business-track" aria-hidden="true">
            <div className="spectrum__business-fill" style={{ width: `${business ?? 0}%` }} />
          </div>
          <p className="hint">Off this axis: it serves both ends.</p>
        </aside>
      </div>
      <details className="data-details">
        <summary>Show the spectrum as a table</summary>
        <DataTable caption="Spectrum position">
          <tbody>
            <tr>
              <th scope="row">Position (−1 Stats, +1 Engineering)</th>
              <td>{position === null ? 'Not enough signal' : formatPosition(position)}</td>
            </tr>
            <tr>
              <th scope="row">80% interval</th>
              <td>
                {interval
                  ? `${formatPosition(interval[0])} to ${formatPosition(interval[1])}`
                  : '—'}
              </td>
            </tr>
            <tr>
              <th scope="row">Business communication (off-axis)</th>
              <td>{formatScore(business, 'Not answered')}</td>
            </tr>
          </tbody>
        </DataTable>
      </details>
    </section>
  );
}
