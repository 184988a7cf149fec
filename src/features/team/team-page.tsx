import { useEffect, useMemo, useRef, useState } from 'react';
import { QUESTION_BANK, bankFor } from '../../data/question-bank';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../domain/format';
import { summariseTeam } from '../../domain/team-summary';
import { labelMembers, memberFromPayload, type TeamMember } from '../../domain/team-members';
import { MAX_TEAM_NAME_LENGTH } from '../../store/saved-state';
import { selectLatestResult } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { AddMembers } from './add-members';
import { MembersTable } from './members-table';
import { NewTeamForm } from './new-team-form';
import { TeamCoverage } from './team-coverage';
import { TeamExports } from './team-exports';
import './team.css';

/** `#/team`: a facilitator brings the team's links together for a retrospective. */
export function TeamPage() {
  const teams = useAppStore((state) => state.teams);
  const activeTeamId = useAppStore((state) => state.settings.activeTeamId);
  const displayName = useAppStore((state) => state.settings.displayName);
  const latest = useAppStore(selectLatestResult);
  const createTeam = useAppStore((state) => state.createTeam);
  const renameTeam = useAppStore((state) => state.renameTeam);
  const deleteTeam = useAppStore((state) => state.deleteTeam);
  const setActiveTeam = useAppStore((state) => state.setActiveTeam);
  const addTeamMembers = useAppStore((state) => state.addTeamMembers);
  const membersTitleRef = useRef<HTMLHeadingElement>(null);
  const removeTeamMember = useAppStore((state) => state.removeTeamMember);
  const setTeamAnonymous = useAppStore((state) => state.setTeamAnonymous);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const coverageRef = useRef<HTMLElement>(null);

  function stopPresenting() {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen();
  }

  // Leaving fullscreen with the browser's own Escape ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Escape ends the presentation whether or not the browser took it to leave fullscreen
  // itself (a headless or kiosk browser passes it on): both must end, or the section
  // stays full screen with the page thinking it is not.
  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stopPresenting();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting]);

  const team = teams.find((each) => each.id === activeTeamId) ?? teams[0];
  // Members are the links; everything shown is derived from them on the fly.
  const members = useMemo(
    () =>
      (team?.members ?? [])
        .map(memberFromPayload)
        .filter((member): member is TeamMember => member !== null),
    [team],
  );
  const unreadable = (team?.members.length ?? 0) - members.length;
  const anonymous = team?.anonymous ?? false;
  const labels = useMemo(() => labelMembers(members, anonymous), [members, anonymous]);
  const summary = useMemo(
    () =>
      summariseTeam(
        QUESTION_BANK,
        members.map(({ result }) => ({
          responses: result.responses,
          bank: bankFor(result.bankVersion),
        })),
      ),
    [members],
  );

  function importTeam(name: string, payloads: readonly string[]): boolean {
    return createTeam(name, payloads) !== null;
  }

  async function present() {
    setPresenting(true);
    try {
      await coverageRef.current?.requestFullscreen();
    } catch {
      // No fullscreen here (an iframe, an old browser): the page itself fills the window.
    }
  }

  return (
    <div className="page team">
      <header className="team__header">
        <p className="eyebrow">Team retro</p>
        <h1>{team ? team.name : 'Your team'}</h1>
        <p className="section-lede">
          Bring your team’s share links together to see where you are deep, where you are exposed
          and how you spread between Stats and Engineering. Everything stays in this browser. The
          point is coverage, not ranking people.
        </p>
      </header>

      <section className="card team-picker" aria-label="Teams">
        {teams.length > 1 && (
          <div className="field field--inline">
            <label htmlFor="team-select">Team</label>
            <select
              id="team-select"
              value={team?.id ?? ''}
              onChange={(event) => setActiveTeam(event.target.value)}
            >
              {teams.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.name} ({each.members.length})
                </option>
              ))}
            </select>
          </div>
        )}
        {team && (
          <div className="field field--inline">
            <label htmlFor="team-rename">Team name</label>
            <input
              id="team-rename"
              type="text"
              value={team.name}
              maxLength={MAX_TEAM_NAME_LENGTH}
              onChange={(event) => renameTeam(team.id, event.target.value || team.name)}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setConfirmingDelete(true)}
            >
              Delete team
            </button>
          </div>
        )}
        <NewTeamForm fallbackName={`Team ${teams.length + 1}`} onCreate={createTeam} />
      </section>

      <AddMembers
        members={members}
        latest={latest}
        displayName={displayName}
        onAdd={(payloads) =>
          team ? addTeamMembers(team.id, payloads) : createTeam('My team', payloads) !== null
        }
        onImport={importTeam}
      />

      {team && (
        <>
          <section className="card" aria-labelledby="members-title">
            <div className="section-title-row">
              <h2 id="members-title" ref={membersTitleRef} tabIndex={-1}>
                Members
              </h2>
              <label className="switch">
                <input
                  type="checkbox"
                  checked={anonymous}
                  onChange={(event) => setTeamAnonymous(team.id, event.target.checked)}
                />
                Anonymous
              </label>
            </div>
            {unreadable > 0 && (
              <p className="banner banner--warning">
                {unreadable === 1
                  ? 'One saved link in this team can no longer be read; it is kept but not shown.'
                  : `${unreadable} saved links in this team can no longer be read; they are kept but not shown.`}
              </p>
            )}
            {members.length === 0 ? (
              <p className="empty-note">No one yet. Paste your team’s share links above.</p>
            ) : (
              <MembersTable
                members={members}
                labels={labels}
                shapes={summary.shapes}
                formatDate={(iso) => formatDate(Date.parse(iso), 'medium', 'utc')}
                onRemove={(member) => removeTeamMember(team.id, member.payload)}
                onEmptied={() => membersTitleRef.current?.focus()}
              />
            )}
            <TeamExports
              teamName={team.name}
              members={members}
              labels={labels}
              anonymous={anonymous}
              summary={summary}
            />
          </section>

          <section
            ref={coverageRef}
            className={presenting ? 'card team-present team-present--on' : 'card team-present'}
            aria-labelledby="coverage-title"
          >
            <div className="section-title-row">
              <h2 id="coverage-title">Team coverage</h2>
              {presenting ? (
                <button type="button" className="button" onClick={stopPresenting}>
                  Exit presentation
                </button>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={members.length === 0}
                  onClick={() => void present()}
                >
                  Present
                </button>
              )}
            </div>
            {members.length === 0 ? (
              <p className="empty-note">Coverage appears once the team has members.</p>
            ) : (
              <TeamCoverage bank={QUESTION_BANK} summary={summary} labels={labels} />
            )}
          </section>
        </>
      )}

      {team && (
        <ConfirmDialog
          open={confirmingDelete}
          title={`Delete “${team.name}”?`}
          body="This removes the team and its list of links from this browser. People’s own results are not affected."
          confirmLabel="Delete team"
          onConfirm={() => {
            setConfirmingDelete(false);
            deleteTeam(team.id);
          }}
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
    </div>
  );
}
