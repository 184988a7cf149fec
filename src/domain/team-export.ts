/**
 * The team's exports for the retro notes: a CSV for spreadsheets and a Markdown
 * summary. Names come from share links anyone can make, so both formats treat
 * every label as hostile text: the CSV defuses spreadsheet formulas, the
 * Markdown escapes what would change its layout.
 */
import type { QuestionBank } from '../data/bank-types';
import { computeAreaScores, isRatingLevel } from './area-scores';
import { formatScore } from './format';
import {
  buildRetroPrompts,
  describeTeamPosition,
  describeTeamAlert,
  type AreaCoverage,
  type PlanningPrompts,
  type TeamSummary,
} from './team-summary';
import type { TeamMember } from './team-members';

/** Characters that make a cell need quotes under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Leading characters a spreadsheet reads as the start of a formula (or, for tab
 * and CR, that hide one): OWASP's CSV-injection list.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const CSV_LINE_END = '\r\n';

/**
 * A formula start after a `;` or `,`: a spreadsheet that splits cells on either (as
 * many do by locale) reads what follows as a cell of its own.
 */
const FORMULA_AFTER_SEPARATOR = /([;,]\s*)(?=[=+\-@\t\r])/g;

/**
 * One CSV cell: defused (an apostrophe before any formula start, at the start of
 * the cell or of a part a spreadsheet may split off), then quoted with doubled
 * quotes when RFC 4180 asks for it.
 */
function csvCell(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  const defused = FORMULA_START.test(inner) ? `'${inner}` : inner;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + CSV_LINE_END;
}

/** The day of an ISO date-time (share links carry the day only). */
function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The team as CSV (RFC 4180, CRLF line ends, a final line end): a header row,
 * then one row per member. Columns: member (its label), completed (YYYY-MM-DD),
 * each area's score rounded to a whole number, the areas the person wants to grow
 * in (from their link, area names joined by "; "), then each rating sub-skill's
 * level, headed "<Area> › <item title>". An unanswered item or an area without
 * a score is an empty cell. Every cell starting with = + - @, tab or CR gets a
 * leading apostrophe, since labels come from links and a spreadsheet would
 * otherwise run them as formulas. No byte-order mark: that belongs to the
 * download, not the text.
 */
export function toTeamCsv(
  bank: QuestionBank,
  members: readonly TeamMember[],
  labels: readonly string[],
): string {
  const items = bank.areas.flatMap((area) =>
    area.items.map((item) => ({ id: item.id, header: `${area.name} › ${item.title}` })),
  );
  const header = [
    'member',
    'completed',
    ...bank.areas.map((area) => area.name),
    'wants to grow in',
  ].concat(items.map((item) => item.header));
  const rows = members.map((member, index) => {
    const { responses, completedAt } = member.result;
    const scores = computeAreaScores(bank, responses);
    return [
      labels[index] ?? `Member ${index + 1}`,
      isoDay(completedAt),
      ...bank.areas.map((area) => {
        const score = scores[area.id];
        return formatScore(score, '');
      }),
      bank.areas
        .filter((area) => member.result.growthAreas.includes(area.id))
        .map((area) => area.name)
        .join('; '),
      ...items.map((item) => {
        const level = responses[item.id];
        return isRatingLevel(level) ? String(level) : '';
      }),
    ];
  });
  return [header, ...rows].map(csvRow).join('');
}

/**
 * Backslash-escapes every character that could turn a name into Markdown
 * (emphasis, code, links, HTML, table cells), folds line breaks, and keeps a name
 * that looks like an address from becoming a link (LINK_LIKE), so a name stays one
 * line of plain text inside a table cell or a list item.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`);
  return LINK_LIKE.test(escaped)
    ? escaped.replace(/[:.@]/g, (character) => LINK_CHARACTERS[character] ?? character)
    : escaped;
}

/**
 * Bank text (anchors) carries *emphasis* for the quiz; Markdown exports (the growth
 * plan, the hiring profile) give it as plain text.
 */
export const plainBankText = (text: string) => escapeMarkdown(text.replace(/\*/g, ''));

/**
 * What Markdown renderers turn into a link by themselves (GFM's autolink literals,
 * markdown-it's linkify): a scheme, `www.`, an email address, a domain. In a name
 * that looks like one, `:`, `.` and `@` are written as character references: they
 * read the same once rendered, and no renderer sees a link in them.
 */
const LINK_LIKE = /:\/\/|mailto:|www\.|@|[a-z0-9-]\.[a-z]{2,}/i;
const LINK_CHARACTERS: Readonly<Record<string, string>> = {
  ':': '&#58;',
  '.': '&#46;',
  '@': '&#64;',
};

/** "2: Ada, Grace" while the names fit in a cell; just the count beyond that. */
const MAX_NAMES_IN_CELL = 3;
function describeDeep(coverage: AreaCoverage, labels: readonly string[]): string {
  const { deepCount, deepMembers } = coverage;
  if (deepCount === 0 || deepCount > MAX_NAMES_IN_CELL) return String(deepCount);
  const names = deepMembers.map((member) =>
    escapeMarkdown(labels[member] ?? `Member ${member + 1}`),
  );
  return `${deepCount}: ${names.join(', ')}`;
}

/**
 * The retro summary as Markdown, for "Copy summary": a title with the team's
 * name, the date (UTC) and member count, the team's spectrum position, a
 * coverage table (area | min | median | max | deep, scores rounded), the alerts
 * and the discussion prompts; with `planning`, its sections (who is left out, the
 * pairs, the next hire: team-planning-markdown) after the alerts and its prompts
 * among the others. Every name, and every sentence that carries one, goes through
 * escapeMarkdown. Pass anonymous labels to keep it anonymous.
 */
export function toTeamMarkdown(
  bank: QuestionBank,
  teamName: string,
  summary: TeamSummary,
  labels: readonly string[],
  now: Date,
  planning?: { readonly sections: readonly string[]; readonly prompts: PlanningPrompts },
): string {
  const lines = [
    `# Team retro: ${escapeMarkdown(teamName)}`,
    '',
    `${isoDay(now.toISOString())} · ${summary.memberCount} ${summary.memberCount === 1 ? 'member' : 'members'}`,
    '',
    `Team position on the Stats ↔ Engineering spectrum: ${describeTeamPosition(summary.teamPosition)}`,
    '',
    '## Coverage',
    '',
  ];
  if (summary.areas.length === 0) {
    lines.push('No scores yet: add the team’s share links.');
  } else {
    lines.push('| Area | Min | Median | Max | Deep |', '| --- | ---: | ---: | ---: | --- |');
    for (const coverage of summary.areas) {
      const numbers = [coverage.min, coverage.median, coverage.max].map((n) => formatScore(n));
      lines.push(
        `| ${escapeMarkdown(coverage.name)} | ${numbers.join(' | ')} | ${describeDeep(coverage, labels)} |`,
      );
    }
  }

  lines.push('', '## Alerts', '');
  if (summary.alerts.length === 0) lines.push('None.');
  for (const alert of summary.alerts) {
    lines.push(`- ${escapeMarkdown(describeTeamAlert(bank, alert, labels))}`);
  }

  lines.push(...(planning?.sections ?? []));

  const prompts = buildRetroPrompts(bank, summary, labels, planning?.prompts);
  if (prompts.length > 0) {
    lines.push('', '## Discussion prompts', '');
    prompts.forEach((prompt, index) => lines.push(`${index + 1}. ${escapeMarkdown(prompt)}`));
  }
  return `${lines.join('\n')}\n`;
}
