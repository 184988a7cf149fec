import { useState } from 'react';
import { QUESTION_BANK } from '../../data/question-bank';
import { toTeamCsv, toTeamMarkdown } from '../../domain/team-export';
import { encodeTeamFile } from '../../domain/team-file';
import type { TeamMember } from '../../domain/team-members';
import type { PlanningPrompts, TeamSummary } from '../../domain/team-summary';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';

interface TeamExportsProps {
  teamName: string;
  members: readonly TeamMember[];
  labels: readonly string[];
  anonymous: boolean;
  /** The coverage of the members included now, and their labels, in its order. */
  summary: TeamSummary;
  summaryLabels: readonly string[];
  /** The summary's planning sections and prompts (who is left out, pairs, next hire). */
  planning: { readonly sections: readonly string[]; readonly prompts: PlanningPrompts };
}

/** A file name from the team's name: "Platform (core)" → "platform-core". */
export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'team'
  );
}

/** The team file, a CSV and a Markdown summary; in anonymous mode none of them carries a name. */
export function TeamExports({
  teamName,
  members,
  labels,
  anonymous,
  summary,
  summaryLabels,
  planning,
}: TeamExportsProps) {
  const [status, setStatus] = useState('');
  const slug = fileSlug(teamName);
  const empty = members.length === 0;

  async function copySummary() {
    const markdown = toTeamMarkdown(
      QUESTION_BANK,
      teamName,
      summary,
      summaryLabels,
      new Date(),
      planning,
    );
    const outcome = await copyText(markdown, null);
    if (outcome === 'copied') {
      setStatus('Summary copied as Markdown.');
    } else {
      downloadText(`${slug}-summary.md`, markdown, 'text/markdown');
      setStatus('Copying is blocked here, so the summary was downloaded instead.');
    }
  }

  return (
    <div className="team-exports">
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={empty}
          onClick={() =>
            downloadText(
              `${slug}.tshape-team.json`,
              encodeTeamFile(teamName, members, anonymous, new Date()),
            )
          }
        >
          Download team file
        </button>
        <button
          type="button"
          className="button"
          disabled={empty}
          onClick={() =>
            // The byte-order mark tells Excel the file is UTF-8 (names, "›" in the headers).
            downloadText(
              `${slug}.csv`,
              `\uFEFF${toTeamCsv(QUESTION_BANK, members, labels)}`,
              'text/csv',
            )
          }
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={empty}
          onClick={() => void copySummary()}
        >
          Copy summary
        </button>
      </div>
      <p role="status" className="share__status">
        {status}
      </p>
    </div>
  );
}
