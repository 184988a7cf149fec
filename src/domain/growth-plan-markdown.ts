/**
 * "Download plan": the growth plan as Markdown a person pastes into their 1:1 notes.
 * Every name and free text (the target's title, notes, evidence links) goes through
 * escapeMarkdown, as the team summary's do, so none becomes markup or a link.
 */
import { formatScore } from './format';
import {
  describeLevelStep,
  REVIEW_OUTCOME_WORDS,
  type GrowthPlan,
  type StepReview,
} from './growth-plan';
import { escapeMarkdown, plainBankText } from './team-export';

/** What the person keeps with a step: never in any link, only here and in the backup. */
export interface StepKeeping {
  readonly done: boolean;
  readonly note: string;
  readonly evidence: string;
}

export interface PlanMarkdownOptions {
  /** The target's title ("Senior ML engineer at Acme", a reference role's name). */
  readonly targetTitle: string;
  /** When the plan is downloaded, and when the result it reads was completed (ISO). */
  readonly madeAt: string;
  readonly resultCompletedAt: string;
  /** What the person kept with each step, by item id. */
  readonly kept?: Readonly<Record<string, StepKeeping>>;
  /** After a retake: what moved against the previous plan's steps. */
  readonly review?: readonly StepReview[];
}

const day = (iso: string) => iso.slice(0, 10);

/** The plan as Markdown: title, gap table, next steps with what was kept, and what moved. */
export function renderPlanMarkdown(plan: GrowthPlan, options: PlanMarkdownOptions): string {
  const lines = [
    `# Growth plan: ${escapeMarkdown(options.targetTitle)}`,
    '',
    `Made on ${day(options.madeAt)} from my self-assessment of ${day(options.resultCompletedAt)} (self-reported).`,
    '',
    '## Gap to target',
    '',
    '| Area | My score | Target | Gap |',
    '| --- | --- | --- | --- |',
    ...plan.areas.map((area) => {
      const gap = area.gap === null ? '—' : area.gap > 0 ? formatScore(area.gap) : 'met';
      const name = `${escapeMarkdown(area.name)}${area.wanted ? ' (want to grow)' : ''}`;
      return `| ${name} | ${formatScore(area.score)} | ${formatScore(area.target)} | ${gap} |`;
    }),
    '',
    '## Next steps',
    '',
  ];
  if (plan.steps.length === 0) lines.push('No step to suggest from this result.', '');
  plan.steps.forEach((step, index) => {
    const kept = options.kept?.[step.itemId];
    lines.push(
      `${index + 1}. [${kept?.done ? 'x' : ' '}] **${escapeMarkdown(step.title)}** (${escapeMarkdown(step.areaName)}): ${describeLevelStep(step.fromLevel, step.toLevel)}`,
      `   - Behaviour to reach: ${plainBankText(step.anchor)}`,
      `   - Practice: ${escapeMarkdown(step.project)}`,
      `   - Evidence: ${escapeMarkdown(step.evidence)}`,
      `   - Why this step: ${escapeMarkdown(step.why)}`,
    );
    if (kept?.note) lines.push(`   - My note: ${escapeMarkdown(kept.note)}`);
    if (kept?.evidence) lines.push(`   - My evidence: ${escapeMarkdown(kept.evidence)}`);
  });
  if (plan.steps.length > 0) lines.push('');
  const notes = plan.notes.map((note) => `- ${escapeMarkdown(note.message)}`);
  if (notes.length > 0) lines.push('## Notes', '', ...notes, '');
  if (options.review && options.review.length > 0) {
    lines.push('## What moved since the last plan', '');
    for (const each of options.review) {
      const now = each.now === null ? 'no level' : String(each.now);
      lines.push(
        `- ${escapeMarkdown(each.title)}: ${each.fromLevel} → ${now} (aim ${each.toLevel}), ${REVIEW_OUTCOME_WORDS[each.outcome]}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
