import { expect, test } from 'vitest';
import type { AreaId } from '../data/bank-types';
import { BANK_V1 } from '../data/bank-v1';
import { buildLevels } from '../testing/builders';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { escapeMarkdown, toTeamCsv, toTeamMarkdown } from './team-export';
import { encodeSharePayload } from './share-codec';
import { memberFromPayload, type TeamMember } from './team-members';
import { summariseTeam } from './team-summary';

// The header and rows below are version 1's items (six per area), so the export reads
// version 1 and every member is a version 1 share link.
const bank = BANK_V1;

/** buildTeamMember for a version 1 result: a real v1 share link, decoded. */
function buildV1Member({
  name = null,
  levels = {},
  responses = {},
  completedAt = '2026-11-20T00:00:00.000Z',
}: {
  readonly name?: string | null;
  readonly levels?: Partial<Record<AreaId, number>>;
  readonly responses?: Readonly<Record<string, number>>;
  readonly completedAt?: string;
} = {}): TeamMember {
  const payload = encodeSharePayload({
    bankVersion: BANK_V1.version,
    completedAt,
    responses: { ...buildLevels(levels, BANK_V1), ...responses },
    name,
  });
  const member = memberFromPayload(payload);
  if (member === null) throw new Error(`A version 1 payload that does not decode: ${payload}`);
  return member;
}
const NOW = new Date('2026-11-21T09:30:00.000Z');

const HEADER = [
  'member',
  'completed',
  'Statistics',
  'Business communication',
  'Production software',
  'Experimentation',
  'Deployment',
  'wants to grow in',
  'Statistics › Probability and distributions',
  'Statistics › Estimation and uncertainty',
  'Statistics › Regression and GLMs',
  'Statistics › Bayesian methods',
  'Statistics › Model validation',
  'Statistics › Exploratory analysis and data quality',
  'Business communication › Problem framing and metric choice',
  'Business communication › Stakeholder expectations',
  'Business communication › Visualisation and storytelling',
  'Business communication › Written decision memos',
  'Business communication › Explaining uncertainty',
  'Business communication › Impact and prioritisation',
  'Production software › Code quality and review',
  'Production software › Testing and CI',
  'Production software › Reproducible environments and packaging',
  'Production software › API and service design',
  'Production software › SQL and data pipelines',
  'Production software › Profiling and debugging',
  'Experimentation › Test design',
  'Experimentation › A/B analysis pitfalls',
  'Experimentation › Variance reduction and sequential tests',
  'Experimentation › Observational causal inference',
  'Experimentation › Metric and guardrail design',
  'Experimentation › Launch decision rules',
  'Deployment › Batch and online serving',
  'Deployment › CI/CD for models and model registry',
  'Deployment › Containers and infrastructure as code',
  'Deployment › Monitoring and alerting',
  'Deployment › Training/serving skew and feature stores',
  // The one title with a comma: RFC 4180 quotes it.
  '"Deployment › Canary and shadow releases, rollback"',
].join(',');

test('the CSV has a header row and one row per member: scores rounded, then every sub-skill level', () => {
  const ada = buildV1Member({ name: 'Ada', levels: { statistics: 4, deployment: 1 } });
  // 3, 3, 3, 3, 3, 2 in statistics: 20 × 17/6 = 56.67, rounded to 57.
  const grace = buildV1Member({
    name: 'Grace',
    levels: { statistics: 3, 'production-software': 5 },
    responses: { 'stats-eda-data-quality': 2 },
    completedAt: '2026-10-02T00:00:00.000Z',
  });

  const lines = toTeamCsv(bank, [ada, grace], ['Ada', 'Grace']).split('\r\n');

  expect(lines).toEqual([
    HEADER,
    'Ada,2026-11-20,80,0,0,0,20,,4,4,4,4,4,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1',
    'Grace,2026-10-02,57,0,100,0,0,,3,3,3,3,3,2,0,0,0,0,0,0,5,5,5,5,5,5,0,0,0,0,0,0,0,0,0,0,0,0',
    '',
  ]);
});

test('the CSV carries the areas each person wants to grow in, from their link', () => {
  const payload = encodeSharePayload({
    bankVersion: BANK_V1.version,
    completedAt: '2026-11-20T00:00:00.000Z',
    responses: buildLevels({ statistics: 2 }, BANK_V1),
    name: 'Ada',
    growthAreas: ['deployment', 'statistics'],
  });
  const member = memberFromPayload(payload);
  if (member === null) throw new Error('The payload does not decode.');

  const [, row] = toTeamCsv(bank, [member], ['Ada']).split('\r\n');

  expect(row).toMatch(/^Ada,2026-11-20,40,0,0,0,0,Statistics; Deployment,2,/);
});

test('unanswered items and unscored areas are empty cells', () => {
  const partial = buildV1Member({ name: 'Ada' });
  const member = {
    ...partial,
    result: { ...partial.result, responses: { 'stats-probability': 5 } },
  };

  const [, row] = toTeamCsv(bank, [member], ['Ada']).split('\r\n');

  expect(row).toBe(`Ada,2026-11-20,100,,,,,,5${','.repeat(29)}`);
});

test('CSV cells with commas, quotes or line breaks are quoted, with quotes doubled', () => {
  const member = buildV1Member({ name: 'x' });
  const csv = (label: string) => toTeamCsv(bank, [member], [label]).split('\r\n')[1] ?? '';

  expect(csv('Lovelace, Ada')).toMatch(/^"Lovelace, Ada",2026-11-20,/);
  expect(csv('Ada "the Countess"')).toMatch(/^"Ada ""the Countess""",2026-11-20,/);
  expect(csv('two\nlines')).toMatch(/^"two\nlines",2026-11-20,/);
});

test('a cell that a spreadsheet would run as a formula gets a leading apostrophe', () => {
  const member = buildV1Member({ name: 'x' });
  const csv = (label: string) => toTeamCsv(bank, [member], [label]).split(',2026-11-20,')[0];

  expect(csv('=HYPERLINK("https://evil.example","Ada")')).toMatch(
    /\n"'=HYPERLINK\(""https:\/\/evil\.example"",""Ada""\)"$/,
  );
  expect(csv('+1')).toMatch(/\n'\+1$/);
  expect(csv('-1+2')).toMatch(/\n'-1\+2$/);
  expect(csv('@SUM(A1)')).toMatch(/\n'@SUM\(A1\)$/);
  expect(csv('\tAda')).toMatch(/\n'\tAda$/);
  expect(csv('\r=1')).toMatch(/\n"'\r=1"$/);
  expect(csv('Ada = Grace')).toMatch(/\nAda = Grace$/);
});

test('a formula after a ; or , that some spreadsheets split on is defused too', () => {
  const member = buildV1Member({ completedAt: '2026-11-20T09:00:00.000Z' });
  const csv = (label: string) => toTeamCsv(bank, [member], [label]).split('\r\n')[1] ?? '';

  expect(csv('x;=1+1')).toMatch(/^x;'=1\+1,2026-11-20,/);
  expect(csv('x, @SUM(A1)')).toMatch(/^"x, '@SUM\(A1\)",2026-11-20,/);
  expect(csv('=a;-b')).toMatch(/^'=a;'-b,2026-11-20,/);
  expect(csv('Lovelace; Ada')).toMatch(/^Lovelace; Ada,2026-11-20,/);
  // No part of any cell, split on ; or , the way spreadsheets do, starts a formula.
  const cells = csv('a;=1,+2;@x;\t-3').split(/[;,]/);
  expect(cells.filter((cell) => /^\s*[=+\-@]/.test(cell.replace(/^"/, '')))).toEqual([]);
});

test('an empty team is just the header', () => {
  expect(toTeamCsv(bank, [], [])).toBe(`${HEADER}\r\n`);
});

test('Markdown-significant characters in names are backslash-escaped, line breaks folded', () => {
  expect(escapeMarkdown('R&D *core* | [ops] <b>_x_</b> `y` ~z~ \\')).toBe(
    'R\\&D \\*core\\* \\| \\[ops\\] \\<b\\>\\_x\\_\\</b\\> \\`y\\` \\~z\\~ \\\\',
  );
  expect(escapeMarkdown('two\nlines')).toBe('two lines');
});

test('a name that looks like an address never becomes a link, and reads the same rendered', () => {
  const render = (markdown: string) =>
    micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  for (const name of [
    'https://evil.example/phish',
    'www.evil.example',
    'ada@evil.example',
    'mailto:ada@evil.example',
    'Ada (evil.example)',
  ]) {
    const html = render(`- ${escapeMarkdown(name)}`);
    expect(html).not.toContain('<a');
    expect(html.replace(/<[^>]+>/g, '').trim()).toBe(name.replace('&', '&amp;'));
  }
  // Names that look like no address are left as they are.
  expect(escapeMarkdown('Ada Lovelace Jr')).toBe('Ada Lovelace Jr');
  expect(render(escapeMarkdown('R&D *core*'))).toBe('<p>R&amp;D *core*</p>');
});

test('the Markdown summary has the title, date, count, coverage table, alerts and prompts', () => {
  //              stats  biz  eng  exp  ops
  //   first        80    40   20   40    0
  //   second       40    60   80   20   80
  //   third        20    40  100   40   20
  const summary = summariseTeam(bank, [
    {
      responses: buildLevels(
        {
          statistics: 4,
          'business-communication': 2,
          'production-software': 1,
          experimentation: 2,
        },
        BANK_V1,
      ),
    },
    {
      responses: buildLevels(
        {
          statistics: 2,
          'business-communication': 3,
          'production-software': 4,
          experimentation: 1,
          deployment: 4,
        },
        BANK_V1,
      ),
    },
    {
      responses: buildLevels(
        {
          statistics: 1,
          'business-communication': 2,
          'production-software': 5,
          experimentation: 2,
          deployment: 1,
        },
        BANK_V1,
      ),
    },
  ]);

  const markdown = toTeamMarkdown(
    bank,
    'R&D | *core*',
    summary,
    ['Ada_L', 'Grace|H', '<Linus>'],
    NOW,
  );

  expect(markdown).toBe(
    [
      '# Team retro: R\\&D \\| \\*core\\*',
      '',
      '2026-11-21 · 3 members',
      '',
      'Team position on the Stats ↔ Engineering spectrum: +0.07, balanced between Stats and Engineering',
      '',
      '## Coverage',
      '',
      '| Area | Min | Median | Max | Deep |',
      '| --- | ---: | ---: | ---: | --- |',
      '| Statistics | 20 | 40 | 80 | 1: Ada\\_L |',
      '| Business communication | 40 | 40 | 60 | 0 |',
      '| Production software | 20 | 80 | 100 | 2: Grace\\|H, \\<Linus\\> |',
      '| Experimentation | 20 | 40 | 40 | 0 |',
      '| Deployment | 0 | 20 | 80 | 1: Grace\\|H |',
      '',
      '## Alerts',
      '',
      '- Nobody is above Working in Experimentation: no one scores 60 (Practitioner) or more.',
      '- Nobody is deep in Business communication: no one scores 70 or more.',
      '- Only Ada\\_L is deep in Statistics.',
      '- Only Grace\\|H is deep in Deployment.',
      '',
      '## Discussion prompts',
      '',
      '1. Nobody has done Experimentation work end to end on their own yet. Which upcoming piece of work could someone take on, with support, to get there?',
      '2. Nobody is deep in Business communication. Does our work need that depth, and if so, who would like to grow into it?',
      '3. Who could pair with Ada\\_L on Statistics, so it does not rest on one person?',
      '4. Who could pair with Grace\\|H on Deployment, so it does not rest on one person?',
      '5. Which one area would each of us like to grow in next, and who on the team could we learn it from?',
      '',
    ].join('\n'),
  );
});

test('the Markdown summary of an empty team says there is nothing yet', () => {
  const markdown = toTeamMarkdown(bank, 'New team', summariseTeam(bank, []), [], NOW);

  expect(markdown).toBe(
    [
      '# Team retro: New team',
      '',
      '2026-11-21 · 0 members',
      '',
      'Team position on the Stats ↔ Engineering spectrum: not enough signal',
      '',
      '## Coverage',
      '',
      'No scores yet: add the team’s share links.',
      '',
      '## Alerts',
      '',
      'None.',
      '',
    ].join('\n'),
  );
});

test('a team leaning to Stats shows a negative position with a minus sign', () => {
  const summary = summariseTeam(bank, [{ responses: buildLevels({ statistics: 4 }, BANK_V1) }]);

  expect(toTeamMarkdown(bank, 'Solo', summary, ['Ada'], NOW)).toContain(
    'Team position on the Stats ↔ Engineering spectrum: −1.00, at the Stats end\n',
  );
});
