import { useMemo, useState } from 'react';
import { bankFor } from '../../data/question-bank';
import { LinkProblem } from '../../components/link-problem';
import { ResultView } from '../../components/result/result-view';
import { formatDate } from '../../domain/format';
import { parseShareLink } from '../../domain/share-codec';
import { MAX_TEAM_MEMBERS, memberFromResult } from '../../domain/team-members';
import { navigate } from '../../lib/hash-location';
import { selectHasProgress, selectLatestResult } from '../../store/selectors';
import { MAX_SHARED_RESULTS } from '../../store/saved-limits';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { useAppStore } from '../../store/store-context';
import './share.css';

/**
 * `#/r/<payload>`: someone else's result, read-only. Opening it never writes
 * anything: the viewer's own saved data stays exactly as it was.
 */
export function SharedResultPage({ link }: { link: string }) {
  const decoded = useMemo(() => parseShareLink(link), [link]);
  // Re-encoded from the decoded result, so a percent-encoded link is kept as one canonical payload.
  const member = useMemo(() => (decoded.ok ? memberFromResult(decoded.result) : null), [decoded]);
  const mine = useAppStore(selectLatestResult);
  const hasProgress = useAppStore(selectHasProgress);
  const startAssessment = useAppStore((state) => state.startAssessment);
  const [comparing, setComparing] = useState(false);
  const [teamFull, setTeamFull] = useState(false);
  const [historyFullShown, setHistoryFullShown] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const historyFull = useAppStore((state) => state.sharedResults.length >= MAX_SHARED_RESULTS);
  const teams = useAppStore((state) => state.teams);
  const activeTeamId = useAppStore((state) => state.settings.activeTeamId);
  const createTeam = useAppStore((state) => state.createTeam);
  const addTeamMembers = useAppStore((state) => state.addTeamMembers);
  const saveSharedResult = useAppStore((state) => state.saveSharedResult);
  const isSaved = useAppStore((state) =>
    state.sharedResults.some((saved) => saved.payload === member?.payload),
  );

  if (!decoded.ok) return <LinkProblem message={decoded.error.message} />;

  const { result } = decoded;
  const team = teams.find((each) => each.id === activeTeamId) ?? teams[0];

  /** Joins the open team (or a new one): an explicit step, so only this click ever writes. */
  function addToTeam() {
    if (!member) return;
    if (team && team.members.length >= MAX_TEAM_MEMBERS && !team.members.includes(member.payload)) {
      setTeamFull(true);
      return;
    }
    const added = team
      ? addTeamMembers(team.id, [member.payload])
      : createTeam('My team', [member.payload]) !== null;
    if (added) navigate('/team');
    else setNotSaved(true);
  }

  const title = result.name ?? 'Shared result';
  return (
    <article className="page results">
      <header className="results__header">
        <p className="eyebrow">
          Shared result · completed {formatDate(Date.parse(result.completedAt), 'long', 'utc')}
        </p>
        <h1>{title}</h1>
        <p className="self-reported">
          <span className="pill pill--neutral">Self-reported</span> These are{' '}
          {result.name ? `${result.name}’s` : 'the sender’s'} own ratings, carried in the link.
          Nothing checks them, and nothing you see here was sent anywhere.
        </p>
        <p className="button-row">
          {/* A link, as on the home page: answers in progress are picked up, never cleared. */}
          <a
            className={mine ? 'button' : 'button button--primary'}
            href="#/assess"
            onClick={() => {
              if (!hasProgress) startAssessment();
            }}
          >
            {hasProgress ? 'Continue assessment' : 'Take it yourself'}
          </a>
          {mine && (
            <button
              type="button"
              className="button"
              aria-pressed={comparing}
              onClick={() => setComparing((value) => !value)}
            >
              Compare with my result
            </button>
          )}
          <button type="button" className="button" onClick={addToTeam}>
            {team ? `Add to team “${team.name}”` : 'Add to a team'}
          </button>
          {member && (
            // Stays in place once saved (aria-disabled keeps it focusable), so focus is not lost.
            <button
              type="button"
              className="button"
              aria-disabled={isSaved}
              onClick={() => {
                if (isSaved) return;
                if (historyFull) setHistoryFullShown(true);
                else setNotSaved(!saveSharedResult(member.payload));
              }}
            >
              {isSaved ? 'Saved to my history' : 'Save to my history'}
            </button>
          )}
        </p>
        {historyFullShown && (
          <p className="banner banner--warning" role="alert">
            Your history already keeps {MAX_SHARED_RESULTS} results others shared, the most it
            holds. Remove some under “Shared with you” on the <a href="#/history">history</a> page,
            then save this one.
          </p>
        )}
        {notSaved && (
          <p className="banner banner--warning" role="alert">
            {NOT_SAVED_TEXT}
          </p>
        )}
        {teamFull && team && (
          <p className="banner banner--warning" role="alert">
            “{team.name}” already has {MAX_TEAM_MEMBERS} people, the most a team holds. Remove
            someone on the team page, or create another team there, then add this result.
          </p>
        )}
        <p role="status" className="hint">
          {isSaved && (
            <>
              Saved in your <a href="#/history">history</a> under “Shared with you”, apart from your
              own results.
            </>
          )}
        </p>
      </header>
      <ResultView
        bank={bankFor(result.bankVersion)}
        responses={result.responses}
        subject={{ name: title, isViewer: false, unnamed: !result.name }}
        {...(comparing && mine
          ? {
              compare: {
                name: 'You',
                responses: mine.responses,
                bank: bankFor(mine.bankVersion),
              },
            }
          : {})}
      />
    </article>
  );
}
