import type { QuestionBank } from '../../data/bank-types';
import { DataTable } from '../../components/data-table';
import { formatScore } from '../../domain/format';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, scoreBand } from '../../domain/shape';
import { SPECTRUM_ORDER, spectrumSide } from '../../domain/spectrum';
import type { TeamSummary } from '../../domain/team-summary';
import { LONG_TABLE_ROWS } from './members-table';

/** The bank's areas from the Stats end to the Engineering end, as the spectrum orders them. */
export function areasInSpectrumOrder(bank: QuestionBank) {
  return SPECTRUM_ORDER.flatMap((id) => bank.areas.filter((area) => area.id === id));
}

/** What each shade means, with the thresholds it is cut at (read from the domain). */
export function HeatmapKey() {
  return (
    <div className="heat-key">
      <ul className="heat-key__bands" aria-label="Shades">
        <li>
          <span className="heat-key__chip heat-key__chip--below-broad" aria-hidden="true" />
          Below broad: under {BREADTH_THRESHOLD}
        </li>
        <li>
          <span className="heat-key__chip heat-key__chip--broad" aria-hidden="true" />
          Broad: {BREADTH_THRESHOLD} or more
        </li>
        <li>
          <span className="heat-key__chip heat-key__chip--deep" aria-hidden="true" />
          Deep: {DEPTH_THRESHOLD} or more, outlined
        </li>
      </ul>
      <p className="hint">
        Areas run from the Stats end to the Engineering end; each column takes its end’s colour
        (Business communication sits in the middle, in grey).
      </p>
    </div>
  );
}

/**
 * Who is deep where: a row per member, a column per area in spectrum order, each cell
 * the score with its coverage band as the shade (and deep cells outlined, so colour
 * is never the only sign), so a lone deep cell in a column stands out.
 */
export function TeamHeatmap({
  bank,
  summary,
  labels,
  large = false,
}: {
  bank: QuestionBank;
  summary: TeamSummary;
  labels: readonly string[];
  large?: boolean;
}) {
  const areas = areasInSpectrumOrder(bank);
  return (
    <DataTable
      caption="Who is deep where: each person’s score per area (0–100)"
      hideCaption
      className={large ? 'heatmap heatmap--large' : 'heatmap'}
      regionClassName={
        !large && summary.scores.length > LONG_TABLE_ROWS ? 'team-long-table' : undefined
      }
    >
      <thead>
        <tr>
          <th scope="col">Member</th>
          {areas.map((area) => (
            <th
              scope="col"
              key={area.id}
              className={`heat-head heat-head--${spectrumSide(area.id)}`}
            >
              {area.shortName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.scores.map((scores, index) => (
          <tr key={`${labels[index] ?? ''}-${index}`}>
            <th scope="row">{labels[index]}</th>
            {areas.map((area) => {
              const score = scores[area.id] ?? null;
              if (score === null) {
                return (
                  <td key={area.id} className="heat heat--none">
                    {formatScore(score)}
                  </td>
                );
              }
              const band = scoreBand(score);
              return (
                <td key={area.id} className={`heat heat--${spectrumSide(area.id)} heat--${band}`}>
                  {formatScore(score)}
                  {band === 'deep' && <span className="visually-hidden">, deep</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
