import { useMemo, useState } from 'react';
import { bankFor, QUESTION_BANK } from '../../data/question-bank';
import { LazyTShapeChart } from '../../charts/lazy-charts';
import { DataTable } from '../../components/data-table';
import { SolidDashedLegend } from '../../components/solid-dashed-legend';
import { computeAreaScores } from '../../domain/area-scores';
import { formatScore } from '../../domain/format';
import { buildGrowthPlan } from '../../domain/growth-plan';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import { SPECTRUM_ORDER } from '../../domain/spectrum';
import { parseTargetLink } from '../../domain/target-codec';
import { navigate } from '../../lib/hash-location';
import { useMediaQuery } from '../../lib/use-media-query';
import { chooseTarget, keepTargetForLater } from '../../store/plan-actions';
import type { PlanTarget } from '../../store/saved-state';
import { selectLatestResult } from '../../store/selectors';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { UNTITLED_TARGET } from './plan-target';
import './plan.css';

/**
 * `#/t/<payload>`: a target someone set (a lead's expectations for a role). Opening it
 * changes nothing; "Use as my target" makes it the target of the person's plan, or
 * keeps it for when they have a result.
 */
export function TargetLinkPage({ link }: { link: string }) {
  const decoded = useMemo(() => parseTargetLink(link), [link]);
  const latest = useAppStore(selectLatestResult);
  const store = useAppStoreApi();
  const compact = useMediaQuery('(max-width: 40rem)');
  const [outcome, setOutcome] = useState<'kept-for-later' | 'not-saved' | null>(null);

  if (!decoded.ok) {
    return (
      <section className="page page--narrow">
        <h1>This link can’t be opened</h1>
        <div className="banner banner--error" role="alert">
          {decoded.error.message}
        </div>
        <p>Your own answers, results and plan are untouched.</p>
        <p className="button-row">
          <a className="button button--primary" href="#/plan">
            Go to your growth plan
          </a>
        </p>
      </section>
    );
  }

  const { target } = decoded;
  const title = target.title ?? UNTITLED_TARGET;
  const bank = latest ? bankFor(latest.bankVersion) : QUESTION_BANK;
  const scores = latest ? computeAreaScores(bank, latest.responses) : null;
  const planTarget: PlanTarget = { kind: 'link', title: target.title, areas: target.areas };

  function use() {
    if (!latest) {
      setOutcome(keepTargetForLater(store, planTarget) ? 'kept-for-later' : 'not-saved');
      return;
    }
    const plan = buildGrowthPlan({
      result: latest,
      target: target.areas,
      growthAreas: latest.growthAreas,
    });
    const steps = plan.steps.map(({ itemId, fromLevel, toLevel }) => ({
      itemId,
      fromLevel,
      toLevel,
    }));
    if (chooseTarget(store, planTarget, { resultId: latest.id, steps }) === null) {
      setOutcome('not-saved');
    } else {
      navigate('/plan');
    }
  }

  const rows = SPECTRUM_ORDER.map((area) => {
    const named = bank.areas.find((each) => each.id === area);
    return {
      key: area,
      label: named?.name ?? area,
      shortLabel: named?.shortName ?? area,
      score: target.areas[area] ?? 0,
      emphasis: false,
      ...(scores ? { compare: scores[area] ?? 0 } : {}),
    };
  });

  return (
    <article className="page plan">
      <header className="results__header">
        <p className="eyebrow">Target profile · from a link</p>
        <h1>{title}</h1>
      </header>
      <p className="section-lede">
        Someone set these targets per area and sent them to you. Nothing changes until you choose to
        use them; then your growth plan measures your gap against them.
      </p>
      <figure className="figure">
        <LazyTShapeChart
          rows={rows}
          you={{ name: title }}
          {...(scores ? { compare: { name: 'You' } } : {})}
          breadthThreshold={BREADTH_THRESHOLD}
          depthThreshold={DEPTH_THRESHOLD}
          compact={compact}
        />
        <figcaption className="chart-summary">
          {scores && <SolidDashedLegend solid="Target" dashed="You" />}
          The target as a T: broad at {BREADTH_THRESHOLD} or more, deep at {DEPTH_THRESHOLD} or
          more.
        </figcaption>
      </figure>
      <DataTable caption="Target per area">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Target</th>
            {scores && <th scope="col">Your score</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{formatScore(target.areas[row.key] ?? null)}</td>
              {scores && <td>{formatScore(scores[row.key])}</td>}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {outcome === 'not-saved' && (
        <p className="banner banner--error" role="alert">
          {NOT_SAVED_TEXT}
        </p>
      )}
      {outcome === 'kept-for-later' ? (
        <p className="callout" role="status">
          Kept as your target. You have no result yet: once you have taken the assessment, your
          growth plan measures your gap against it. <a href="#/assess">Start assessment</a>
        </p>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={use}>
            Use as my target
          </button>
          <a className="button" href="#/plan">
            Not now
          </a>
        </div>
      )}
    </article>
  );
}
