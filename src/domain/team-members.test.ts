import { expect, test } from 'vitest';
import { buildTeamMember } from '../testing/builders';
import {
  MAX_TEAM_MEMBERS,
  NOT_A_LINK_MESSAGE,
  admitMembers,
  labelMembers,
  memberFromPayload,
  orderAnonymously,
  parseTeamPaste,
  type TeamMember,
} from './team-members';

const ada = buildTeamMember({ name: 'Ada', levels: { statistics: 4 } });
const grace = buildTeamMember({ name: 'Grace', levels: { deployment: 4 } });
const linus = buildTeamMember({ name: 'Linus', levels: { 'production-software': 5 } });
const HOST = 'https://tshape.example/';

test('a paste of three links, garbage lines and a duplicate gives three members, one duplicate and numbered problems', () => {
  const text = [
    `${HOST}#/r/${ada.payload}`,
    '',
    'hello team, links below',
    `  ${HOST}#/r/${grace.payload}  `,
    `${HOST}#/r/${ada.payload}`,
    `${HOST}#/r/${linus.payload.slice(0, 20)}`,
    `${HOST}#/r/${linus.payload}`,
  ].join('\n');

  const outcome = parseTeamPaste(text, []);

  expect(outcome.members.map((member) => member.result.name)).toEqual(['Ada', 'Grace', 'Linus']);
  expect(outcome.duplicates).toBe(1);
  expect(outcome.problems).toEqual([
    { line: 3, text: 'hello team, links below', reason: NOT_A_LINK_MESSAGE },
    {
      line: 6,
      text: `${HOST}#/r/${linus.payload.slice(0, 20)}`,
      reason: 'This link was cut short: part of it is missing. Ask for the whole link again.',
    },
  ]);
});

test('chat-log lines with names, timestamps, punctuation and two links on one line are all read', () => {
  const text = [
    `[09:14] Ada: here's mine ${HOST}#/r/${ada.payload}.`,
    `[09:15] Grace: (${HOST}#/r/${grace.payload}) and Linus's: <${HOST}#/r/${linus.payload}>`,
    '[09:16] Linus: thanks!',
  ].join('\r\n');

  const outcome = parseTeamPaste(text, []);

  expect(outcome.members.map((member) => member.id)).toEqual([ada.id, grace.id, linus.id]);
  expect(outcome.problems).toEqual([
    { line: 3, text: '[09:16] Linus: thanks!', reason: NOT_A_LINK_MESSAGE },
  ]);
});

test('links already in the team count as duplicates, not new members', () => {
  const outcome = parseTeamPaste(`${HOST}#/r/${ada.payload}\n${HOST}#/r/${grace.payload}`, [ada]);

  expect(outcome.members).toEqual([grace]);
  expect(outcome.duplicates).toBe(1);
  expect(outcome.problems).toEqual([]);
});

test('a percent-encoded copy of a link merges with the plain one by its canonical id', () => {
  const outcome = parseTeamPaste(`${HOST}#/r/${ada.payload}\n${HOST}%23%2Fr%2F${ada.payload}`, []);

  expect(outcome.members).toHaveLength(1);
  expect(outcome.duplicates).toBe(1);
});

test('each bad link on a line is its own problem, and the good link beside it is still added', () => {
  const damaged = `${ada.payload.slice(0, -1)}${ada.payload.endsWith('A') ? 'B' : 'A'}`;
  const line = `${HOST}#/r/${damaged} ${HOST}#/r/${grace.payload} ${HOST}#/r/AAAA`;

  const outcome = parseTeamPaste(line, []);

  expect(outcome.members).toEqual([grace]);
  expect(outcome.problems.map((problem) => problem.line)).toEqual([1, 1]);
  expect(outcome.problems[0]?.reason).toMatch(/damaged/);
  expect(outcome.problems[1]?.reason).toMatch(/cut short/);
});

test('a long bad line is cut to 80 characters in the problem list', () => {
  const line = `not a link ${'x'.repeat(200)}`;

  const [problem] = parseTeamPaste(line, []).problems;

  expect(problem?.text).toBe(`not a link ${'x'.repeat(68)}…`);
  expect([...(problem?.text ?? '')]).toHaveLength(80);
});

test('a link whose payload is missing is cut short, not "not a link"', () => {
  const [problem] = parseTeamPaste(`Ada: ${HOST}#/r/`, []).problems;

  expect(problem?.reason).toMatch(/cut short/);
});

test('blank and whitespace-only lines are ignored, and an empty paste gives nothing', () => {
  expect(parseTeamPaste('\n   \n\t\n', [])).toEqual({ members: [], duplicates: 0, problems: [] });
  expect(parseTeamPaste('', [])).toEqual({ members: [], duplicates: 0, problems: [] });
});

test('memberFromPayload decodes a payload and refuses anything else', () => {
  expect(memberFromPayload(ada.payload)).toEqual(ada);
  expect(memberFromPayload('')).toBeNull();
  expect(memberFromPayload(ada.payload.slice(0, 10))).toBeNull();
  expect(memberFromPayload(`${HOST}#/r/${ada.payload}`)).toBeNull();
});

function distinctMembers(count: number): TeamMember[] {
  // Distinct names make distinct payloads, hence distinct ids.
  return Array.from({ length: count }, (_, index) => buildTeamMember({ name: `P${index}` }));
}

test('admitMembers accepts up to 200 members and counts the rest as refused', () => {
  const existing = distinctMembers(198);
  const incoming = [ada, grace, linus, buildTeamMember({ name: 'Barbara' })];

  const admitted = admitMembers(existing, incoming);

  expect(MAX_TEAM_MEMBERS).toBe(200);
  expect(admitted.members).toEqual([ada, grace]);
  expect(admitted.refused).toBe(2);
});

test('admitMembers refuses everything once the team is full, and skips members already in it', () => {
  const full = distinctMembers(200);

  expect(admitMembers(full, [ada])).toEqual({ members: [], refused: 1 });
  expect(admitMembers([ada], [ada, grace, grace])).toEqual({ members: [grace], refused: 0 });
});

test('labels are the names from the links, "Member n" for a link without one', () => {
  const nameless = buildTeamMember({ levels: { deployment: 1 } });

  expect(labelMembers([ada, grace, nameless], false)).toEqual(['Ada', 'Grace', 'Member 3']);
});

test('colliding names are told apart in order: "Ada", "Ada (2)", "Ada (3)"', () => {
  const ada2 = buildTeamMember({ name: 'Ada', levels: { deployment: 2 } });
  const ada3 = buildTeamMember({ name: 'Ada', levels: { deployment: 3 } });

  expect(labelMembers([ada, grace, ada2, ada3], false)).toEqual([
    'Ada',
    'Grace',
    'Ada (2)',
    'Ada (3)',
  ]);
});

test('a suffix never takes a label another member really has', () => {
  const ada2 = buildTeamMember({ name: 'Ada', levels: { deployment: 2 } });
  const literal = buildTeamMember({ name: 'Ada (2)' });
  const member2 = buildTeamMember({ name: 'Member 2' });
  const nameless = buildTeamMember();

  expect(labelMembers([ada, ada2, literal], false)).toEqual(['Ada', 'Ada (3)', 'Ada (2)']);
  expect(labelMembers([member2, nameless], false)).toEqual(['Member 2', 'Member 2 (2)']);
});

test('names that differ only in invisible characters are told apart like equal names', () => {
  const zeroWidth = buildTeamMember({ name: 'Ad\u200Ba', levels: { deployment: 2 } });
  const wordJoiner = buildTeamMember({ name: 'Ada\u2060', levels: { deployment: 3 } });
  const fullWidth = buildTeamMember({ name: 'Ａｄａ', levels: { deployment: 4 } });

  const labels = labelMembers([ada, zeroWidth, wordJoiner, fullWidth], false);
  expect(labels).toEqual(['Ada', 'Ad\u200Ba (2)', 'Ada\u2060 (3)', 'Ａｄａ (4)']);
  const seen = labels.map((label) => label.replace(/\p{Cf}/gu, '').normalize('NFKC'));
  expect(new Set(seen).size).toBe(4);
});

test('anonymous labels are "Member 1…n" for everyone, named or not', () => {
  const nameless = buildTeamMember({ levels: { deployment: 1 } });

  expect(labelMembers([ada, nameless, ada], true)).toEqual(['Member 1', 'Member 2', 'Member 3']);
  expect(labelMembers([], true)).toEqual([]);
});

const hedy = buildTeamMember({ name: 'Hedy', levels: { experimentation: 3 } });
const margaret = buildTeamMember({ name: 'Margaret', levels: { deployment: 5 } });
const team = [ada, grace, linus, hedy, margaret];

test('the anonymous order is a shuffle of every member, the same each time for one team', () => {
  const order = orderAnonymously('team-mi4p2c', team);

  expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
  expect(orderAnonymously('team-mi4p2c', team)).toEqual(order);
  expect(order).not.toEqual([0, 1, 2, 3, 4]);
});

test('another team with the same people gets its own order', () => {
  const orders = ['team-a', 'team-b', 'team-c', 'team-d'].map((id) =>
    orderAnonymously(id, team).join(','),
  );

  expect(new Set(orders).size).toBeGreaterThan(1);
});

test('whoever was pasted first is never Member 1', () => {
  for (const id of ['team-a', 'team-b', 'team-c', 'team-d', 'team-e', 'team-f', 'team-g']) {
    expect(orderAnonymously(id, [ada, grace])[0]).toBe(1);
    expect(orderAnonymously(id, team)[0]).not.toBe(0);
  }
});

test('adding someone keeps everyone else in the same order among themselves', () => {
  const before = orderAnonymously('team-mi4p2c', [grace, linus, hedy, margaret]).map(
    (index) => [grace, linus, hedy, margaret][index]?.result.name,
  );
  const after = orderAnonymously('team-mi4p2c', [grace, linus, hedy, margaret, ada])
    .map((index) => [grace, linus, hedy, margaret, ada][index]?.result.name)
    .filter((name) => name !== 'Ada');

  expect(after).toEqual(before);
});

test('an empty team and a team of one have nothing to shuffle', () => {
  expect(orderAnonymously('team-a', [])).toEqual([]);
  expect(orderAnonymously('team-a', [ada])).toEqual([0]);
});
