/**
 * The team's plans in Markdown: "Download hiring profile" (a starting point for a job
 * advert) and the planning sections of the retro summary. Every name and sentence
 * that carries one goes through escapeMarkdown, as the rest of the summary does.
 */
import type { QuestionBank } from '../data/bank-types';
import { formatScore } from './format';
import { joinNames } from './reading';
import { escapeMarkdown, plainBankText } from './team-export';
import {
  NEXT_HIRE_CAVEAT,
  describeNextHire,
  describeNoPairs,
  describePair,
  describeUnpaired,
  hireAreasInOrder,
  type NextHire,
  type TeamPairs,
} from './team-planning';

const day = (iso: string) => iso.slice(0, 10);

/**
 * The hiring profile as Markdown for a job advert: what it is (a suggestion from the
 * team's own links), the areas and levels asked for, why, the nearest reference role,
 * and the behaviours expected in each area: the bank's own anchor sentences for the
 * level asked, one per sub-skill.
 */
export function renderHiringProfile(
  bank: QuestionBank,
  hire: NextHire,
  options: {
    readonly teamName: string;
    readonly madeAt: string;
    readonly labels: readonly string[];
  },
): string {
  const areas = hireAreasInOrder(bank, hire);
  const lines = [
    `# Hiring profile: ${escapeMarkdown(options.teamName)}`,
    '',
    `Made on ${day(options.madeAt)}. ${NEXT_HIRE_CAVEAT}`,
    '',
    '## The profile',
    '',
    '| Area | Level expected | Suggested score |',
    '| --- | --- | ---: |',
    ...areas.map(
      ({ area, score, level }) =>
        `| ${escapeMarkdown(area.name)} | ${level.name}${hire.deepAreas.includes(area.id) ? ' (deep)' : ''} | ${formatScore(score)} |`,
    ),
    '',
  ];
  if (hire.nearest) {
    lines.push(
      `Nearest reference role: ${escapeMarkdown(hire.nearest.name)} (a map, not a ruler).`,
      '',
    );
  }
  lines.push(
    '## Why this profile',
    '',
    escapeMarkdown(describeNextHire(bank, hire, options.labels)),
    '',
    '## What we expect, area by area',
  );
  for (const { area, level } of areas) {
    lines.push('', `### ${escapeMarkdown(area.name)}: ${level.name}`, '', `${level.meaning}.`, '');
    for (const item of area.items) {
      const anchor = item.anchors[level.level];
      if (anchor) lines.push(`- **${escapeMarkdown(item.title)}**: ${plainBankText(anchor)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The retro summary's planning sections: who is left out for now, the pairs (or why
 * there are none) and the next hire, each a heading and its lines.
 */
export function renderPlanningSections(
  bank: QuestionBank,
  plans: {
    readonly memberCount: number;
    readonly pairs: TeamPairs;
    readonly hire: NextHire | null;
    /** The labels of the members left out of every figure, for now. */
    readonly leftOut: readonly string[];
  },
  labels: readonly string[],
): readonly string[] {
  const lines: string[] = [];
  if (plans.leftOut.length > 0) {
    lines.push(
      '',
      '## What if',
      '',
      `Left out of these figures for now: ${escapeMarkdown(joinNames(plans.leftOut))}.`,
    );
  }

  lines.push('', '## Pairs to learn from each other', '');
  const none = describeNoPairs(plans.memberCount, plans.pairs);
  if (none !== null) lines.push(escapeMarkdown(none));
  for (const pair of plans.pairs.pairs) {
    const { who, why } = describePair(bank, pair, labels);
    lines.push(`- ${escapeMarkdown(who)}: ${escapeMarkdown(why)}`);
  }
  for (const unpaired of plans.pairs.unpaired) {
    lines.push(`- ${escapeMarkdown(describeUnpaired(bank, unpaired, labels))}`);
  }

  lines.push('', '## Next hire', '');
  if (plans.hire === null) {
    lines.push('Everyone is left out for now: include someone to see a next hire.');
  } else {
    const { hire } = plans;
    lines.push(
      NEXT_HIRE_CAVEAT,
      '',
      '| Area | Suggested score |',
      '| --- | ---: |',
      ...hireAreasInOrder(bank, hire).map(
        ({ area, score }) => `| ${escapeMarkdown(area.name)} | ${formatScore(score)} |`,
      ),
      '',
      escapeMarkdown(describeNextHire(bank, hire, labels)),
    );
    if (hire.nearest)
      lines.push('', `Nearest reference role: ${escapeMarkdown(hire.nearest.name)}.`);
  }
  return lines;
}
