import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { formatCount } from '../../domain/format';
import { shareResult } from '../../domain/share-codec';
import { decodeTeamFile, MAX_TEAM_FILE_BYTES } from '../../domain/team-file';
import {
  admitMembers,
  memberFromPayload,
  parseTeamPaste,
  MAX_TEAM_MEMBERS,
  type TeamMember,
} from '../../domain/team-members';
import type { CompletedResult } from '../../store/saved-state';
import { NOT_SAVED_TEXT } from '../../store/storage-health';

interface AddMembersProps {
  /** Once the team has members: a smaller box below what they show. */
  compact?: boolean;
  members: readonly TeamMember[];
  latest: CompletedResult | undefined;
  displayName: string | undefined;
  /** False when the change could not be saved (and nothing changed). */
  onAdd: (payloads: readonly string[]) => boolean;
  /** A team file becomes a team of its own, named as in the file. */
  /** False when the team could not be saved (and nothing changed). */
  onImport: (name: string, payloads: readonly string[]) => boolean;
}

type Report =
  | {
      readonly added: number;
      readonly notes: readonly string[];
      /** Lines that could not be added while the others were. */
      readonly problems: readonly string[];
    }
  /** Nothing was added, for one reason (a file refused whole, a result that cannot join). */
  | { readonly refused: string };

/**
 * The problem lines listed; the rest are counted. A paste of thousands of lines would
 * otherwise put thousands of items in one alert (and re-render them on every keystroke).
 */
const MAX_LISTED_PROBLEMS = 10;

/** Pasted links, one's own latest result, or a team file: every way into a team. */
export function AddMembers({
  compact = false,
  members,
  latest,
  displayName,
  onAdd,
  onImport,
}: AddMembersProps) {
  const id = useId();
  // Uncontrolled: a keystroke in a box of thousands of lines re-renders nothing; the
  // text is read (and parsed) only when the person presses "Add to team".
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const [report, setReport] = useState<Report | null>(null);

  /** Adds what can join; false when it could not be saved (nothing changed). */
  function admit(
    incoming: readonly TeamMember[],
    duplicates: number,
    problems: readonly string[],
  ): boolean {
    const { members: accepted, refused } = admitMembers(members, incoming);
    if (!onAdd(accepted.map((member) => member.payload))) {
      setReport({ refused: NOT_SAVED_TEXT });
      return false;
    }
    const notes = [
      ...(duplicates > 0
        ? [`${duplicates} link${duplicates === 1 ? ' was' : 's were'} already in the team.`]
        : []),
      ...(refused > 0
        ? [
            `${refused} more could not be added: a team holds at most ${MAX_TEAM_MEMBERS} people. Nothing else changed.`,
          ]
        : []),
    ];
    setReport({ added: accepted.length, notes, problems });
    return true;
  }

  function addPasted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const box = pasteRef.current;
    if (!box) return;
    const outcome = parseTeamPaste(box.value, members);
    const saved = admit(
      outcome.members,
      outcome.duplicates,
      outcome.problems.map(
        (problem) => `Line ${problem.line} (“${problem.text}”): ${problem.reason}`,
      ),
    );
    if (saved && outcome.problems.length === 0) box.value = '';
  }

  function addMine() {
    if (!latest) return;
    const shared = shareResult(latest, displayName?.trim() ? displayName : null);
    const member = shared.ok ? memberFromPayload(shared.payload) : null;
    if (!member) {
      setReport({
        refused:
          'Your latest result holds answers a share link cannot carry, so it cannot join a team. Taking the assessment again gives a result that can.',
      });
      return;
    }
    const duplicate = members.some((each) => each.id === member.id);
    admit(duplicate ? [] : [member], duplicate ? 1 : 0, []);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_TEAM_FILE_BYTES) {
      setReport({
        refused: `“${file.name}” is too large to be a team file (over 1 MB). Nothing changed.`,
      });
      return;
    }
    const decoded = decodeTeamFile(await file.text());
    if (!decoded.ok) {
      setReport({
        refused: `“${file.name}” could not be imported. ${decoded.error} Nothing changed.`,
      });
      return;
    }
    const saved = onImport(
      decoded.name,
      decoded.members.map((member) => member.payload),
    );
    if (!saved) {
      setReport({ refused: NOT_SAVED_TEXT });
      return;
    }
    setReport({
      added: decoded.members.length,
      notes: [`Imported as the team “${decoded.name}”.`],
      problems: decoded.problems,
    });
  }

  return (
    <section
      className={compact ? 'card team-add team-add--compact' : 'card team-add'}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>Add people</h2>
      <form onSubmit={addPasted}>
        <div className="field">
          <label htmlFor={`${id}-links`}>Share links</label>
          <textarea
            id={`${id}-links`}
            rows={compact ? 2 : 5}
            ref={pasteRef}
            defaultValue=""
            aria-describedby={`${id}-links-hint`}
          />
          <p id={`${id}-links-hint`} className="hint">
            Paste one or more links, one per line. Surrounding text, like “Sam: https://…” from a
            chat, is fine.
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Add to team
          </button>
          {latest && (
            <button type="button" className="button" onClick={addMine}>
              Add my latest result
            </button>
          )}
          <label className="button file-button">
            Import team file
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(event) => void importFile(event)}
            />
          </label>
        </div>
      </form>
      <div aria-live="polite">
        {report && !('refused' in report) && (report.added > 0 || report.notes.length > 0) && (
          <p role="status" className="team-add__status">
            {report.added === 1 ? '1 person added.' : `${report.added} people added.`}{' '}
            {report.notes.join(' ')}
          </p>
        )}
      </div>
      {report && 'refused' in report && (
        <p className="banner banner--error team-add__problems" role="alert">
          {report.refused}
        </p>
      )}
      {report && !('refused' in report) && report.problems.length > 0 && (
        <div className="banner banner--error team-add__problems" role="alert">
          <p>
            <strong>
              {report.problems.length === 1
                ? 'One line could not be added'
                : `${formatCount(report.problems.length)} lines could not be added`}
            </strong>
            {report.added > 0 ? '; the others were.' : '.'}
          </p>
          <ul>
            {report.problems.slice(0, MAX_LISTED_PROBLEMS).map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
          {report.problems.length > MAX_LISTED_PROBLEMS && (
            <p>…and {formatCount(report.problems.length - MAX_LISTED_PROBLEMS)} more like them.</p>
          )}
        </div>
      )}
    </section>
  );
}
