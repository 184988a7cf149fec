import { useMemo } from 'react';
import { LazyTShapeChart } from '../../charts/lazy-charts';
import { DataTable } from '../../components/data-table';
import { keptPeerMedian } from '../../components/peer/kept-peer-ratings';
import { NOT_ENOUGH_RATINGS } from '../../components/peer/self-peer-table';
import { toAreaRows } from '../../components/result/chart-rows';
import type { AreaId } from '../../data/bank-types';
import { LEVELS } from '../../data/levels';
import { bankFor } from '../../data/question-bank';
import { formatScore, formatScoreChange } from '../../domain/format';
import type { ResultLabel } from '../../domain/growth-series';
import { tellResultChange } from '../../domain/growth-story';
import { computeProfile } from '../../domain/profile';
import type { PeerMedian } from '../../domain/peer-scores';
import type { ResultChange } from '../../domain/result-change';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import type { CompletedResult } from '../../store/saved-state';
import { SolidDashedLegend } from '../../components/solid-dashed-legend';
import '../../components/result/result.css';

interface ComparedResultsProps {
  change: ResultChange;
  earlier: CompletedResult;
  later: CompletedResult;
  earlierLabel: ResultLabel | undefined;
  laterLabel: ResultLabel | undefined;
  compact: boolean;
}

/** "Practitioner (3)", or a dash for an item not answered or not asked. */
function describeLevel(level: number | null, missing: string): string {
  if (level === null) return missing;
  const name = LEVELS[level]?.name;
  return name ? `${name} (${level})` : String(level);
}

/** A column of colleagues' view for one of the two results, when it has one to show. */
interface PeerColumn {
  heading: string;
  median: PeerMedian;
}

function peerColumn(result: CompletedResult, when: 'before' | 'after'): PeerColumn | null {
  const median = keptPeerMedian(bankFor(result.bankVersion), result.peerRatings);
  if (!median) return null;
  return { heading: `${median.count === 1 ? 'Peer' : 'Peer median'}, ${when}`, median };
}

/**
 * Who rated which of the two results: "Colleagues’ view beside yours: one colleague rated
 * the earlier result, 3 colleagues rated the later one. Their ratings never change …".
 */
function describePeerColumns(earlier: PeerColumn | null, later: PeerColumn | null): string {
  const count = (column: PeerColumn) =>
    column.median.count === 1 ? 'one colleague' : `${column.median.count} colleagues`;
  const parts = [
    earlier && `${count(earlier)} rated the earlier result`,
    later && `${count(later)} rated the later one`,
  ].filter(Boolean);
  const said = parts.join(', ');
  return `Colleagues’ view beside yours: ${said}. Their ratings never change your scores or your shape.`;
}

/**
 * Two of the person's results compared: whether the shape changed, what moved most in
 * words, the two T-shapes over each other, the change per area and, on request, per skill.
 */
export function ComparedResults({
  change,
  earlier,
  later,
  earlierLabel,
  laterLabel,
  compact,
}: ComparedResultsProps) {
  const story = useMemo(() => tellResultChange(change), [change]);
  const bank = bankFor(later.bankVersion);
  const laterProfile = useMemo(
    () => computeProfile(bank, later.responses),
    [bank, later.responses],
  );
  const rows = useMemo(() => {
    const before = Object.fromEntries(
      change.areas.map((area) => [area.area, area.before]),
    ) as Record<AreaId, number | null>;
    return toAreaRows(bank, laterProfile, before);
  }, [bank, laterProfile, change]);
  const before = earlierLabel?.name ?? 'Earlier';
  const after = laterLabel?.name ?? 'Later';
  const changedItems = change.items.filter((item) => item.status !== 'same');
  const peers = useMemo(
    () => ({ before: peerColumn(earlier, 'before'), after: peerColumn(later, 'after') }),
    [earlier, later],
  );
  const peerColumns = [peers.before, peers.after].filter(
    (column): column is PeerColumn => column !== null,
  );
  const areaName = (id: AreaId) => change.areas.find((area) => area.area === id)?.name ?? id;

  return (
    <div className="history__comparison" key={`${earlier.id}-${later.id}`}>
      <h3 className="history__shape-change">{story.headline}</h3>
      <p className="hint">
        {earlierLabel?.text ?? before} compared with {laterLabel?.text ?? after}.
      </p>
      {story.movements.length > 0 && (
        <ul className="history__moves">
          {story.movements.map((move) => (
            <li key={move.area}>
              {move.sentence}
              {move.skills && <span className="history__move-skills"> {move.skills}.</span>}
            </li>
          ))}
        </ul>
      )}
      {story.unchanged && <p className="history__unchanged">{story.unchanged}</p>}
      {change.bankNote && <p className="hint">{change.bankNote}</p>}

      <figure className="figure history__before-after">
        <LazyTShapeChart
          rows={rows}
          you={{ name: after }}
          compare={{ name: before }}
          breadthThreshold={BREADTH_THRESHOLD}
          depthThreshold={DEPTH_THRESHOLD}
          compact={compact}
        />
        <figcaption className="chart-summary">
          <SolidDashedLegend solid={`${after}, after`} dashed={`${before}, before`} />
          Before and after, each area hanging from the top line: broad at {BREADTH_THRESHOLD} or
          more, deep at {DEPTH_THRESHOLD} or more. {story.headline}.
        </figcaption>
      </figure>

      <DataTable caption="Change per area (scores 0–100)" className="data-table--compare">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
            {peerColumns.map((column) => (
              <th scope="col" key={column.heading}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {change.areas.map((area) => (
            <tr key={area.area}>
              <th scope="row">{area.name}</th>
              <td>{formatScore(area.before)}</td>
              <td>{formatScore(area.after)}</td>
              <td className="data-table__difference">
                {area.change === null ? '—' : formatScoreChange(area.change)}
              </td>
              {peerColumns.map((column) => (
                <td key={column.heading} className="data-table__aside">
                  {formatScore(column.median.scores[area.area] ?? null, NOT_ENOUGH_RATINGS)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {peerColumns.length > 0 && (
        <p className="hint">{describePeerColumns(peers.before, peers.after)}</p>
      )}
      <details className="data-details">
        <summary>Show the change per skill</summary>
        {changedItems.length === 0 ? (
          <p>No sub-skill changed level.</p>
        ) : (
          <DataTable caption="Change per skill">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Area</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {changedItems.map((item) => (
                <tr key={item.itemId}>
                  <th scope="row">{item.title}</th>
                  <td>{areaName(item.area)}</td>
                  <td>{describeLevel(item.before, item.status === 'added' ? 'New item' : '—')}</td>
                  <td>
                    {describeLevel(item.after, item.status === 'removed' ? 'Item retired' : '—')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </details>
    </div>
  );
}
