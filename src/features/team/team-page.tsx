import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { QUESTION_BANK, bankFor } from '../../data/question-bank';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { computeAreaScores } from '../../domain/area-scores';
import { formatDate } from '../../domain/format';
import { joinNames } from '../../domain/reading';
import { summariseShape } from '../../domain/shape';
import { buildPlanningPrompts, suggestNextHire, suggestPairs } from '../../domain/team-planning';
import { renderPlanningSections } from '../../domain/team-planning-markdown';
import { summariseTeam } from '../../domain/team-summary';
import {
  labelMembers,
  memberFromPayload,
  orderAnonymously,
  type TeamMember,
} from '../../domain/team-members';
import { MAX_TEAM_NAME_LENGTH } from '../../store/saved-limits';
import { selectLatestResult } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { AddMembers } from './add-members';
import { MembersTable } from './members-table';
import { NewTeamForm } from './new-team-form';
import { RetroPrompts, TeamAlerts, TeamCoverage } from './team-coverage';
import { HeatmapKey, TeamHeatmap } from './team-heatmap';
import { TeamPresentation, type Slide } from './team-presentation';
import { NextHireSection } from './team-next-hire';
import { TeamPairsList } from './team-pairs';
import { TeamSetup } from './team-setup';
import { TeamSpread } from './team-spread';
import { TeamExports } from './team-exports';
import './team.css';

/** Who is left out, by name while the names fit in a sentence. */
function nameLeftOut(leftOut: readonly string[]): string {
  return leftOut.length <= 4 ? joinNames(leftOut) : `${leftOut.length} people`;
}

/**
 * `#/team`: a facilitator brings the team's links together for a retrospective. Once
 * the team has members the page leads with what they show (coverage, alerts, the
 * heatmap), then the members, then a compact box to add more; setting the team up
 * (name, new team, delete) is folded away. An empty team starts with adding people.
 */
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
  const removeTeamMember = useAppStore((state) => state.removeTeamMember);
  const setTeamAnonymous = useAppStore((state) => state.setTeamAnonymous);
  const setTeamExcluded = useAppStore((state) => state.setTeamExcluded);
  const [whatIfStatus, setWhatIfStatus] = useState('');
  const emptyTitleRef = useRef<HTMLHeadingElement>(null);
  const presentRef = useRef<HTMLButtonElement>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const stopPresenting = useCallback(() => setPresenting(false), []);

  // Ending the presentation puts focus back on the button that started it.
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (wasPresenting.current && !presenting) presentRef.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  const team = teams.find((each) => each.id === activeTeamId) ?? teams[0];
  const anonymous = team?.anonymous ?? false;
  // Members are the links; everything shown is derived from them on the fly. In
  // anonymous mode they are shown in the team's own shuffled order, so the labels
  // "Member 1…n" do not follow the order the links were pasted in.
  const members = useMemo(() => {
    const read = (team?.members ?? [])
      .map(memberFromPayload)
      .filter((member): member is TeamMember => member !== null);
    if (!team || !anonymous) return read;
    return orderAnonymously(team.id, read).flatMap((index) => read[index] ?? []);
  }, [team, anonymous]);
  const unreadable = (team?.members.length ?? 0) - members.length;
  const hasMembers = members.length > 0;
  const labels = useMemo(() => labelMembers(members, anonymous), [members, anonymous]);
  // What if: members left out for a moment stay on the team (and in its table) but
  // count in nothing else; every figure, chart, prompt and plan reads `included`.
  const excluded = useMemo(() => new Set(team?.excluded ?? []), [team]);
  const included = useMemo(() => {
    const kept = members.flatMap((member, index) =>
      excluded.has(member.payload) ? [] : [{ member, label: labels[index] ?? '' }],
    );
    return { members: kept.map(({ member }) => member), labels: kept.map(({ label }) => label) };
  }, [members, labels, excluded]);
  const leftOut = useMemo(
    () => labels.filter((_, index) => excluded.has(members[index]?.payload ?? '')),
    [labels, members, excluded],
  );
  // Every member's shape for the table, included or not.
  const shapes = useMemo(
    () =>
      members.map(
        ({ result }) =>
          summariseShape(computeAreaScores(bankFor(result.bankVersion), result.responses)).shape,
      ),
    [members],
  );
  const summary = useMemo(
    () =>
      summariseTeam(
        QUESTION_BANK,
        included.members.map(({ result }) => ({
          responses: result.responses,
          bank: bankFor(result.bankVersion),
        })),
      ),
    [included],
  );
  const plans = useMemo(() => {
    const pairs = suggestPairs(
      QUESTION_BANK,
      summary.scores,
      included.members.map(({ result }) => result.growthAreas),
    );
    const hire = suggestNextHire(QUESTION_BANK, summary);
    const prompts = buildPlanningPrompts(QUESTION_BANK, summary, pairs, hire, included.labels);
    return { pairs, hire, prompts };
  }, [summary, included]);
  const planningSections = useMemo(
    () =>
      renderPlanningSections(
        QUESTION_BANK,
        { memberCount: summary.memberCount, pairs: plans.pairs, hire: plans.hire, leftOut },
        included.labels,
      ),
    [plans, summary, leftOut, included],
  );

  /** Saves who is left out; a choice that could not be saved is undone, and said so. */
  function saveExcluded(next: readonly string[]) {
    if (!team) return;
    const kept = setTeamExcluded(team.id, next);
    setWhatIfStatus(
      kept ? '' : 'That change could not be saved in this browser, so it was undone.',
    );
  }

  function setIncluded(payload: string, include: boolean) {
    saveExcluded(
      include ? [...excluded].filter((each) => each !== payload) : [...excluded, payload],
    );
  }

  const nobodyIncluded = summary.memberCount === 0;
  const whatIfNote =
    leftOut.length > 0 ? (
      <div className="what-if">
        <p>
          <strong>What if:</strong>{' '}
          {nobodyIncluded
            ? 'everyone is left out for now. Tick “Include” beside someone in Members to see the team’s coverage.'
            : `${nameLeftOut(leftOut)} ${leftOut.length === 1 ? 'is' : 'are'} left out for now; every figure here is for the other ${summary.memberCount} of ${members.length}.`}
        </p>
        <button type="button" className="button button--small" onClick={() => saveExcluded([])}>
          Include everyone
        </button>
      </div>
    ) : null;

  function importTeam(name: string, payloads: readonly string[]): boolean {
    return createTeam(name, payloads) !== null;
  }

  const unreadableNote =
    unreadable > 0 ? (
      <p className="banner banner--warning">
        {unreadable === 1
          ? 'One saved link in this team can no longer be read; it is kept but not shown.'
          : `${unreadable} saved links in this team can no longer be read; they are kept but not shown.`}
      </p>
    ) : null;

  const shownLabels = included.labels;
  const slides: readonly Slide[] = [
    {
      title: 'Gaps and single points of failure',
      body: (
        <>
          {whatIfNote}
          {!nobodyIncluded && (
            <TeamAlerts bank={QUESTION_BANK} summary={summary} labels={shownLabels} />
          )}
        </>
      ),
    },
    {
      title: 'Who is deep where',
      body: (
        <>
          <TeamHeatmap bank={QUESTION_BANK} summary={summary} labels={shownLabels} large />
          <HeatmapKey />
        </>
      ),
    },
    {
      title: 'Spread between Stats and Engineering',
      body: <TeamSpread summary={summary} labels={shownLabels} large />,
    },
    {
      title: 'Pairs to learn from each other',
      body: (
        <TeamPairsList
          bank={QUESTION_BANK}
          memberCount={summary.memberCount}
          plans={plans.pairs}
          labels={shownLabels}
          large
        />
      ),
    },
    {
      title: 'Next hire',
      body: (
        <NextHireSection
          bank={QUESTION_BANK}
          summary={summary}
          hire={plans.hire}
          labels={shownLabels}
          teamName={team?.name ?? ''}
          large
        />
      ),
    },
    {
      title: 'Retro prompts',
      body: (
        <RetroPrompts
          bank={QUESTION_BANK}
          summary={summary}
          labels={shownLabels}
          planning={plans.prompts}
        />
      ),
    },
  ];

  return (
    <div className="page team">
      <header className="team__header">
        <p className="eyebrow">Team retro</p>
        <h1>{team ? team.name : 'Your team'}</h1>
        <p className="section-lede">
          {hasMembers
            ? `${members.length === 1 ? '1 person' : `${members.length} people`}, from their share links. Everything stays in this browser; the point is coverage, not ranking people.`
            : 'Bring your team’s share links together to see where you are deep, where you are exposed and how you spread between Stats and Engineering. Everything stays in this browser. The point is coverage, not ranking people.'}
        </p>
        {teams.length > 1 && (
          <div className="field field--inline team__picker">
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
      </header>

      {team && hasMembers && (
        <section className="card team-insight" aria-labelledby="coverage-title">
          <div className="section-title-row team-insight__head">
            <h2 id="coverage-title">Team coverage</h2>
            <div className="team-insight__tools">
              <label className="switch">
                <input
                  type="checkbox"
                  checked={anonymous}
                  onChange={(event) => setTeamAnonymous(team.id, event.target.checked)}
                />
                Anonymous
              </label>
              <button
                type="button"
                ref={presentRef}
                className="button button--primary"
                onClick={() => setPresenting(true)}
              >
                Present
              </button>
            </div>
          </div>
          {whatIfNote}
          {nobodyIncluded ? null : (
            <TeamCoverage
              bank={QUESTION_BANK}
              summary={summary}
              labels={shownLabels}
              planning={plans.prompts}
            />
          )}
        </section>
      )}

      {team && hasMembers && (
        <section className="card" aria-labelledby="pairs-title">
          <h2 id="pairs-title">Pairs to learn from each other</h2>
          <TeamPairsList
            bank={QUESTION_BANK}
            memberCount={summary.memberCount}
            plans={plans.pairs}
            labels={shownLabels}
          />
        </section>
      )}

      {team && hasMembers && (
        <section className="card" aria-labelledby="next-hire-title">
          <h2 id="next-hire-title">Next hire</h2>
          <NextHireSection
            bank={QUESTION_BANK}
            summary={summary}
            hire={plans.hire}
            labels={shownLabels}
            teamName={team.name}
          />
        </section>
      )}

      {team && hasMembers && (
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          {unreadableNote}
          <MembersTable
            members={members}
            labels={labels}
            shapes={shapes}
            formatDate={(iso) => formatDate(Date.parse(iso), 'medium', 'utc')}
            onRemove={(member) => removeTeamMember(team.id, member.payload)}
            isIncluded={(member) => !excluded.has(member.payload)}
            onInclude={(member, include) => setIncluded(member.payload, include)}
            onEmptied={() => emptyTitleRef.current?.focus()}
          />
          <p role="status" className="share__status team-status">
            {whatIfStatus}
          </p>
          <TeamExports
            teamName={team.name}
            members={members}
            labels={labels}
            anonymous={anonymous}
            summary={summary}
            summaryLabels={shownLabels}
            planning={{ sections: planningSections, prompts: plans.prompts }}
          />
        </section>
      )}

      <AddMembers
        compact={hasMembers}
        members={members}
        latest={latest}
        displayName={displayName}
        onAdd={(payloads) =>
          team ? addTeamMembers(team.id, payloads) : createTeam('My team', payloads) !== null
        }
        onImport={importTeam}
      />

      {team && !hasMembers && (
        <section className="card" aria-labelledby="coverage-title">
          <h2 id="coverage-title" ref={emptyTitleRef} tabIndex={-1}>
            Team coverage
          </h2>
          {unreadableNote}
          <p className="empty-note">
            Coverage appears once the team has members: paste their share links above.
          </p>
        </section>
      )}

      <TeamSetup key={`${team?.id ?? 'none'}:${hasMembers}`} defaultOpen={!hasMembers}>
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
      </TeamSetup>

      {presenting && hasMembers && <TeamPresentation slides={slides} onClose={stopPresenting} />}

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
