import { DataTable } from '../data-table';
import type { Profile } from '../../domain/profile';
import { formatScore, formatScoreChange } from '../../domain/format';

interface ComparisonTableProps {
  profile: Profile;
  subjectName: string;
  compareProfile: Profile;
  compareName: string;
}

/** Both people's area scores side by side, and how far apart they are per area. */
export function ComparisonTable({
  profile,
  subjectName,
  compareProfile,
  compareName,
}: ComparisonTableProps) {
  return (
    <section className="results__section card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Side by side</h2>
      <DataTable
        className="data-table--compare"
        caption={
          <>
            Area scores (0–100): {subjectName} and {compareName}
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">{subjectName}</th>
            <th scope="col">{compareName}</th>
            <th scope="col">
              Difference ({compareName} − {subjectName})
            </th>
          </tr>
        </thead>
        <tbody>
          {profile.areas.map((area) => {
            const other = compareProfile.areas.find((each) => each.id === area.id);
            const mine = area.score;
            const theirs = other?.score ?? null;
            return (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                <td>{formatScore(mine)}</td>
                <td>{formatScore(theirs)}</td>
                <td>{mine === null || theirs === null ? '—' : formatScoreChange(theirs - mine)}</td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </section>
  );
}
