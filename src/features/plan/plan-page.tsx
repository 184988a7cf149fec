import { useMemo, useState } from 'react';
import { ASSESSMENT_MINUTES } from '../../data/bank-version';
import type { AreaId } from '../../data/bank-types';
import { REFERENCE_PROFILES } from '../../data/reference-profiles';
import { bankFor, QUESTION_BANK } from '../../data/question-bank';
import { LazyTShapeChart } from '../../charts/lazy-charts';
import { DataTable } from '../../components/data-table';
import { keptPeerMedian } from '../../components/peer/kept-peer-ratings';
import { NOT_ENOUGH_RATINGS } from '../../components/peer/self-peer-table';
import { SolidDashedLegend } from '../../components/solid-dashed-legend';
import { computeAreaScores } from '../../domain/area-scores';
import { formatDate, formatScore } from '../../domain/format';
import {
  buildGrowthPlan,
  reviewPlanSteps,
  type GrowthPlan,
  type PlannedStep,
} from '../../domain/growth-plan';
import { renderPlanMarkdown } from '../../domain/growth-plan-markdown';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import { downloadText } from '../../lib/download';
import { useMediaQuery } from '../../lib/use-media-query';
import { chooseTarget, notePlanStep, tickPlanStep } from '../../store/plan-actions';
import type { CompletedResult, Plan, PlanTarget } from '../../store/saved-state';
import { selectLatestResult } from '../../store/selectors';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { AreaTargetFields } from './area-target-fields';
import { OpenTargetLink } from './open-target-link';
import { PlanReview } from './plan-review';
import { PlanSteps } from './plan-steps';
import {
  defaultTarget,
  OWN_TARGET_START,
  resolveTarget,
  targetChoice,
  type ResolvedTarget,
} from './plan-target';
import { TargetLinkMaker } from './target-link-maker';
import './plan.css';

/** `#/plan`: the gap from the latest result to a target, and at most three next steps. */
export function PlanPage() {
  const latest = useAppStore(selectLatestResult);
  const pending = useAppStore((state) => state.settings.pendingTarget);
  if (!latest) return <PlanWithoutResult pending={pending} />;
  return <PlanForResult latest={latest} />;
}

/** No result yet: what to do first, the target kept for then, and target links still work. */
function PlanWithoutResult({ pending }: { pending: PlanTarget | undefined }) {
  const kept = pending ? resolveTarget(pending) : null;
  return (
    <article className="page page--narrow plan">
      <h1>Your growth plan</h1>
      <p>
        A plan starts from your result: take the assessment first (about {ASSESSMENT_MINUTES}{' '}
        minutes), then come back here to choose a target and get your next steps.
      </p>
      {kept && (
        <p className="callout">
          Your target is kept for then: <strong>{kept.title}</strong>.
        </p>
      )}
      <p>
        <a className="button button--primary" href="#/assess">
          Start assessment
        </a>
      </p>
      <section className="plan__section" aria-labelledby="plan-open-link-title">
        <h2 id="plan-open-link-title">Got a target link?</h2>
        <OpenTargetLink />
      </section>
      <section className="plan__section" aria-labelledby="plan-share-target-title">
        <h2 id="plan-share-target-title">Set a target for others</h2>
        <TargetLinkMaker bank={QUESTION_BANK} initialTitle="" initialAreas={OWN_TARGET_START} />
      </section>
    </article>
  );
}

/** The steps a plan keeps, from the domain's plan: the rungs the person took on. */
function basisOf(resultId: string, plan: GrowthPlan) {
  return {
    resultId,
    steps: plan.steps.map(({ itemId, fromLevel, toLevel }) => ({ itemId, fromLevel, toLevel })),
  };
}

function sameSteps(kept: Plan['steps'], planned: readonly PlannedStep[]): boolean {
  return (
    kept.length === planned.length &&
    planned.every((step, index) => {
      const each = kept[index];
      return (
        each?.itemId === step.itemId &&
        each.fromLevel === step.fromLevel &&
        each.toLevel === step.toLevel
      );
    })
  );
}

function PlanForResult({ latest }: { latest: CompletedResult }) {
  const store = useAppStoreApi();
  const plans = useAppStore((state) => state.plans);
  const pending = useAppStore((state) => state.settings.pendingTarget);
  const [notSaved, setNotSaved] = useState(false);
  const compact = useMediaQuery('(max-width: 40rem)');
  const bank = bankFor(latest.bankVersion);

  const current = plans.at(-1);
  // The plan in use is the latest one, when it was made from this result; after a
  // retake the last plan made from an earlier result is reviewed against this one.
  const kept = current?.resultId === latest.id ? current : undefined;
  const previous = plans.findLast((plan) => plan.resultId !== latest.id);

  const scores = useMemo(() => computeAreaScores(bank, latest.responses), [bank, latest]);
  const fallback = useMemo(() => defaultTarget(scores), [scores]);
  const chosen = pending ?? current?.target ?? fallback;
  const resolved: ResolvedTarget = resolveTarget(chosen) ??
    resolveTarget(fallback) ?? { title: '', description: '', areas: {} };
  const choice = resolveTarget(chosen) ? chosen : fallback;

  const plan = useMemo(
    () =>
      buildGrowthPlan({
        result: latest,
        target: resolved.areas,
        growthAreas: latest.growthAreas,
      }),
    [latest, resolved.areas],
  );
  // Colleagues' view beside one's own, when some was kept with this result (never
  // changes the gap, which is measured from the self-assessment).
  const peer = useMemo(() => keptPeerMedian(bank, latest.peerRatings), [bank, latest]);
  const review = useMemo(
    () => (previous ? reviewPlanSteps(previous.steps, latest) : []),
    [previous, latest],
  );

  /** Saves `target` as the plan in use, with the steps it gives; false when not saved. */
  function keep(target: PlanTarget, steps = plan): string | null {
    const id = chooseTarget(store, target, basisOf(latest.id, steps));
    setNotSaved(id === null);
    return id;
  }

  /** The plan in use, kept in step with what the page shows, before a step is ticked or noted. */
  function planInUse(): string | null {
    if (kept && sameSteps(kept.steps, plan.steps) && pending === undefined) return kept.id;
    return keep(choice);
  }

  function choose(value: string) {
    const target: PlanTarget | null = value.startsWith('reference:')
      ? { kind: 'reference', id: value.slice('reference:'.length) }
      : value === 'own'
        ? { kind: 'own', areas: { ...OWN_TARGET_START, ...resolved.areas } }
        : null;
    if (target === null) return;
    const areas = resolveTarget(target)?.areas ?? {};
    keep(
      target,
      buildGrowthPlan({ result: latest, target: areas, growthAreas: latest.growthAreas }),
    );
  }

  function keepOwn(areas: Record<AreaId, number>) {
    keep(
      { kind: 'own', areas },
      buildGrowthPlan({ result: latest, target: areas, growthAreas: latest.growthAreas }),
    );
  }

  const keptSteps = Object.fromEntries(
    (kept && sameSteps(kept.steps, plan.steps) ? kept.steps : []).map((step) => [
      step.itemId,
      step,
    ]),
  );

  function download() {
    const markdown = renderPlanMarkdown(plan, {
      targetTitle: resolved.title,
      madeAt: new Date().toISOString(),
      resultCompletedAt: latest.completedAt,
      kept: keptSteps,
      review,
    });
    downloadText(
      `tshape-plan-${new Date().toISOString().slice(0, 10)}.md`,
      markdown,
      'text/markdown',
    );
  }

  const rows = plan.areas.map((area) => ({
    key: area.area,
    label: area.name,
    shortLabel: bank.areas.find((each) => each.id === area.area)?.shortName ?? area.name,
    score: area.score ?? 0,
    emphasis: false,
    compare: area.target ?? 0,
  }));
  const metNote = plan.notes.find((note) => note.kind === 'target-met');
  const otherNotes = plan.notes.filter((note) => note !== metNote);
  const wanted = plan.areas.filter((area) => area.wanted).map((area) => area.name);

  return (
    <article className="page plan">
      <header className="results__header">
        <p className="eyebrow">
          From your result of {formatDate(Date.parse(latest.completedAt), 'long', 'local')}
        </p>
        <h1>Your growth plan</h1>
      </header>

      {notSaved && (
        <p className="banner banner--error" role="alert">
          {NOT_SAVED_TEXT}
        </p>
      )}

      <section className="plan__section plan__target" aria-labelledby="plan-target-title">
        <h2 id="plan-target-title">Your target</h2>
        <div className="field">
          <label htmlFor="plan-target-profile">Target profile</label>
          <select
            id="plan-target-profile"
            value={targetChoice(choice)}
            onChange={(event) => choose(event.target.value)}
          >
            <optgroup label="Reference roles">
              {REFERENCE_PROFILES.map((role) => (
                <option key={role.id} value={`reference:${role.id}`}>
                  {role.name}
                </option>
              ))}
            </optgroup>
            {choice.kind === 'link' && <option value="link">From a link: {resolved.title}</option>}
            <option value="own">My own targets</option>
          </select>
        </div>
        <p className="plan__target-description">
          {choice.kind === 'reference' && current === undefined && pending === undefined
            ? 'The reference role nearest to your result, until you choose one. '
            : ''}
          {resolved.description}
        </p>
        {choice.kind === 'own' && (
          <AreaTargetFields
            key={`own-${kept?.id ?? 'new'}`}
            bank={bank}
            legend="Your targets per area"
            initial={resolved.areas}
            onChange={keepOwn}
          />
        )}
        <p className="hint">
          {wanted.length > 0
            ? `You want to grow in ${wanted.join(', ')}: those come first among equal steps.`
            : 'Tick “Areas you want to grow in” on your results page to put those first.'}{' '}
          <a href="#/results">Your results</a>
        </p>
      </section>

      <section className="plan__section" aria-labelledby="plan-gap-title">
        <h2 id="plan-gap-title">
          The gap to <span className="plan__target-name">{resolved.title}</span>
        </h2>
        <figure className="figure">
          <LazyTShapeChart
            rows={rows}
            you={{ name: 'You' }}
            compare={{ name: resolved.title }}
            breadthThreshold={BREADTH_THRESHOLD}
            depthThreshold={DEPTH_THRESHOLD}
            compact={compact}
          />
          <figcaption className="chart-summary">
            <SolidDashedLegend solid="You" dashed="Target" />
            Your T against the target: broad at {BREADTH_THRESHOLD} or more, deep at{' '}
            {DEPTH_THRESHOLD} or more.
          </figcaption>
        </figure>
        <DataTable caption="Gap to target">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Your score</th>
              {peer && <th scope="col">{peer.count === 1 ? 'Peer' : 'Peer median'}</th>}
              <th scope="col">Target</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {plan.areas.map((area) => (
              <tr key={area.area}>
                <th scope="row">
                  {area.name}
                  {area.wanted && <span className="plan__wanted"> · you want to grow here</span>}
                </th>
                <td>{formatScore(area.score)}</td>
                {peer && <td>{formatScore(peer.scores[area.area] ?? null, NOT_ENOUGH_RATINGS)}</td>}
                <td>{formatScore(area.target)}</td>
                <td>{area.gap === null ? '—' : area.gap > 0 ? formatScore(area.gap) : 'Met'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        {peer && (
          <p className="hint">
            {peer.count === 1
              ? 'A colleague’s rating'
              : `The median of ${peer.count} colleagues’ ratings`}{' '}
            is shown beside yours; the gap is measured from your own answers.
          </p>
        )}
        <details className="data-details">
          <summary>Show the gap per sub-skill</summary>
          <DataTable caption="Gap per sub-skill (levels 0–5)">
            <thead>
              <tr>
                <th scope="col">Sub-skill</th>
                <th scope="col">Area</th>
                <th scope="col">Your level</th>
                <th scope="col">Target level</th>
                <th scope="col">Levels to go</th>
              </tr>
            </thead>
            <tbody>
              {plan.areas.flatMap((area) =>
                area.subSkills.map((skill) => (
                  <tr key={skill.itemId}>
                    <th scope="row">{skill.title}</th>
                    <td>{area.name}</td>
                    <td>{skill.level ?? '—'}</td>
                    <td>{skill.targetLevel ?? '—'}</td>
                    <td>{skill.gap ?? '—'}</td>
                  </tr>
                )),
              )}
            </tbody>
          </DataTable>
        </details>
        {otherNotes.length > 0 && (
          <ul className="plan__notes">
            {otherNotes.map((note) => (
              <li key={`${note.kind}-${'area' in note ? note.area : ''}`}>{note.message}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="plan__section" aria-labelledby="plan-steps-title">
        <h2 id="plan-steps-title">Next steps</h2>
        {metNote && <p className="callout">{metNote.message}</p>}
        {plan.steps.length === 0 ? (
          <p>
            There is no step to suggest from this result: every area is deep. Choose a higher target
            to plan further.
          </p>
        ) : (
          <PlanSteps
            steps={plan.steps}
            kept={keptSteps}
            handlers={{
              onTick: (step, done) => {
                const id = planInUse();
                if (id !== null) setNotSaved(!tickPlanStep(store, id, step.itemId, done));
              },
              onNote: (step, text) => {
                const id = planInUse();
                if (id !== null) notePlanStep(store, id, step.itemId, text);
              },
            }}
          />
        )}
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={download}>
            Download plan
          </button>
        </div>
        <p className="hint">
          Markdown for your next 1:1: the gap, the steps with your ticks and notes, and what moved.
        </p>
      </section>

      {previous && review.length > 0 && <PlanReview review={review} since={previous.createdAt} />}

      <section className="plan__section" aria-labelledby="plan-more-title">
        <h2 id="plan-more-title">Targets from others, and for others</h2>
        <OpenTargetLink />
        <details className="data-details">
          <summary>Set a target for others, as a link</summary>
          <TargetLinkMaker
            bank={bank}
            initialTitle={choice.kind === 'own' ? '' : resolved.title}
            initialAreas={{ ...OWN_TARGET_START, ...resolved.areas }}
          />
        </details>
      </section>
    </article>
  );
}
