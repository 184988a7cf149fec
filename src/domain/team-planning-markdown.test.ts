import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels } from '../testing/builders';
import { renderHiringProfile, renderPlanningSections } from './team-planning-markdown';
import { suggestNextHire, suggestPairs } from './team-planning';
import { summariseTeam } from './team-summary';

const bank = QUESTION_BANK;
// Nobody deep in Deployment; Ada alone deep in Statistics.
const summary = summariseTeam(bank, [
  { responses: buildLevels({ statistics: 4, 'business-communication': 4, experimentation: 4 }) },
  { responses: buildLevels({ statistics: 2, 'business-communication': 4, experimentation: 4 }) },
  { responses: buildLevels({ 'production-software': 4, deployment: 2 }) },
]);
const hire = suggestNextHire(bank, summary);
if (hire === null) throw new Error('A team with members has a next hire.');

test('the hiring profile: what it is, the levels asked, why, and the anchors of each level', () => {
  const markdown = renderHiringProfile(bank, hire, {
    teamName: 'Platform *core*',
    madeAt: '2026-12-04T10:00:00.000Z',
    labels: ['Ada', 'Grace', 'Linus'],
  });
  expect(markdown).toMatch(/^# Hiring profile: Platform \\\*core\\\*\n/);
  expect(markdown).toContain('suggestion drawn from the team’s own share links');
  expect(markdown).toContain('| Deployment | Advanced (deep) | 80 |');
  expect(markdown).toContain('| Business communication | Working | 40 |');
  const deployment = bank.areas.find((area) => area.id === 'deployment');
  const [item] = deployment?.items ?? [];
  expect(markdown).toContain(`### Deployment: Advanced`);
  expect(markdown).toContain(`- **${item?.title}**: ${item?.anchors[4].replace(/\*/g, '')}`);
  expect(markdown).toContain('## Why this profile');
  expect(markdown).toMatch(/Nearest reference role: .+ \(a map, not a ruler\)\./);
});

test('the summary sections: who is left out, the pairs and the hire, in anonymous labels too', () => {
  const pairs = suggestPairs(bank, summary.scores, [[], ['statistics'], ['deployment']]);
  const labels = ['Member 2', 'Member 3', 'Member 1'];
  const text = renderPlanningSections(
    bank,
    { memberCount: 3, pairs, hire, leftOut: ['Member 4'] },
    labels,
  ).join('\n');
  expect(text).toContain('Left out of these figures for now: Member 4.');
  expect(text).toContain(
    '- Member 3 could learn from Member 2: Member 2 is deep in Statistics; Member 3 wants to grow there.',
  );
  expect(text).toContain('Nobody included is deep in Deployment, where Member 1 wants to grow');
  expect(text).toContain('## Next hire');
  expect(text).toContain('| Deployment | 80 |');
});

test('with everyone left out the sections still say something', () => {
  const text = renderPlanningSections(
    bank,
    { memberCount: 0, pairs: suggestPairs(bank, [], []), hire: null, leftOut: ['Ada'] },
    [],
  ).join('\n');
  expect(text).toContain('Everyone is left out for now: include someone to see pairs.');
  expect(text).toContain('Everyone is left out for now: include someone to see a next hire.');
});
