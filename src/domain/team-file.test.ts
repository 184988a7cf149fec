import { expect, test } from 'vitest';
import { buildTeamMember } from '../testing/builders';
import {
  MAX_TEAM_FILE_BYTES,
  TEAM_FILE_ERRORS,
  decodeTeamFile,
  encodeTeamFile,
  type TeamFileDecode,
} from './team-file';

const ada = buildTeamMember({ name: 'Ada', levels: { statistics: 4 } });
const grace = buildTeamMember({ name: 'Grace', levels: { deployment: 4 } });
const nameless = buildTeamMember({ levels: { experimentation: 3 } });
const NOW = new Date('2026-11-21T09:30:00.000Z');

function expectError(decoded: TeamFileDecode, error: string): void {
  expect(decoded).toEqual({ ok: false, error });
}

test('a team file is pretty, versioned JSON with one share payload per member', () => {
  const text = encodeTeamFile('Data platform', [ada, grace], false, NOW);

  expect(text).toBe(
    [
      '{',
      '  "format": "tshape-team",',
      '  "version": 1,',
      '  "name": "Data platform",',
      '  "exportedAt": "2026-11-21T09:30:00.000Z",',
      '  "members": [',
      '    {',
      `      "link": "${ada.payload}"`,
      '    },',
      '    {',
      `      "link": "${grace.payload}"`,
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n'),
  );
});

test('a team file round-trips: name, members and their order', () => {
  const decoded = decodeTeamFile(
    encodeTeamFile('Data platform', [ada, grace, nameless], false, NOW),
  );

  expect(decoded).toEqual({
    ok: true,
    name: 'Data platform',
    members: [ada, grace, nameless],
    problems: [],
  });
});

test('an anonymous team file strips every name but keeps the answers and the team name', () => {
  const text = encodeTeamFile('Data platform', [ada, grace], true, NOW);
  const decoded = decodeTeamFile(text);

  expect(text).not.toMatch(/Ada|Grace/);
  expect(decoded.ok && decoded.name).toBe('Data platform');
  expect(decoded.ok && decoded.members.map((member) => member.result.name)).toEqual([null, null]);
  expect(decoded.ok && decoded.members.map((member) => member.result.responses)).toEqual([
    ada.result.responses,
    grace.result.responses,
  ]);
});

test('a cut-off file is refused as not JSON', () => {
  const text = encodeTeamFile('Data platform', [ada, grace], false, NOW);

  expectError(decodeTeamFile(text.slice(0, text.length / 2)), TEAM_FILE_ERRORS.notJson);
  expectError(decodeTeamFile(''), TEAM_FILE_ERRORS.notJson);
  expect(TEAM_FILE_ERRORS.notJson).toMatch(/not JSON — the file may be cut off/);
});

test('JSON that is not a tshape team file is refused as such', () => {
  expectError(decodeTeamFile('{"format":"excalidraw","version":2}'), TEAM_FILE_ERRORS.notTeamFile);
  expectError(decodeTeamFile('[1, 2, 3]'), TEAM_FILE_ERRORS.notTeamFile);
  expectError(decodeTeamFile('null'), TEAM_FILE_ERRORS.notTeamFile);
  expectError(decodeTeamFile('"tshape-team"'), TEAM_FILE_ERRORS.notTeamFile);
});

test('a file from a newer version is refused as newer, before its fields are checked', () => {
  expectError(
    decodeTeamFile('{"format":"tshape-team","version":2,"teams":[]}'),
    TEAM_FILE_ERRORS.newerVersion,
  );
  expect(TEAM_FILE_ERRORS.newerVersion).toMatch(/made by a newer version of tshape/);
});

test('a tshape team file with missing or wrong fields is refused as damaged', () => {
  expectError(
    decodeTeamFile('{"format":"tshape-team","version":1,"name":"X"}'),
    TEAM_FILE_ERRORS.damaged,
  );
  expectError(
    decodeTeamFile('{"format":"tshape-team","version":"1","name":"X","members":[]}'),
    TEAM_FILE_ERRORS.damaged,
  );
  expectError(
    decodeTeamFile('{"format":"tshape-team","version":1,"name":3,"members":[]}'),
    TEAM_FILE_ERRORS.damaged,
  );
});

test('a file over 1 MB is refused before it is parsed, counting UTF-8 bytes', () => {
  const padding = ' '.repeat(MAX_TEAM_FILE_BYTES);
  // 400,000 three-byte characters: 400,000 UTF-16 units but 1.2 MB of UTF-8.
  const wide = `{"format":"tshape-team","version":1,"name":"${'€'.repeat(400_000)}","members":[]}`;

  expectError(decodeTeamFile(`${padding}{}`), TEAM_FILE_ERRORS.tooLarge);
  expectError(decodeTeamFile(wide), TEAM_FILE_ERRORS.tooLarge);
  expect(TEAM_FILE_ERRORS.tooLarge).toMatch(/too large \(over 1 MB\)/);
});

test('a file listing more than 200 members is refused', () => {
  const members = Array.from({ length: 201 }, () => ({ link: ada.payload }));
  const text = JSON.stringify({ format: 'tshape-team', version: 1, name: 'Big', members });

  expectError(decodeTeamFile(text), TEAM_FILE_ERRORS.tooManyMembers);
  expect(TEAM_FILE_ERRORS.tooManyMembers).toMatch(/has more than 200 members/);
});

test('one bad member among good ones is described, and the good ones still come back', () => {
  const text = JSON.stringify({
    format: 'tshape-team',
    version: 1,
    name: 'Data platform',
    exportedAt: '2026-11-21T09:30:00.000Z',
    members: [
      { link: ada.payload },
      { link: ada.payload.slice(0, 12) },
      { url: grace.payload },
      { link: `https://tshape.example/#/r/${grace.payload}` },
      { link: ada.payload },
    ],
  });

  expect(decodeTeamFile(text)).toEqual({
    ok: true,
    name: 'Data platform',
    members: [ada, grace],
    problems: [
      'Member 2: This link was cut short: part of it is missing. Ask for the whole link again.',
      'Member 3: this entry has no share link in it.',
    ],
  });
});

test('a team name is kept on one line, cut to 80 characters, and never empty', () => {
  const file = (name: string) =>
    decodeTeamFile(JSON.stringify({ format: 'tshape-team', version: 1, name, members: [] }));

  expect(file('  Data\nplatform  ')).toMatchObject({ name: 'Data platform' });
  expect(file('x'.repeat(100))).toMatchObject({ name: 'x'.repeat(80) });
  expect(file('   ')).toMatchObject({ name: 'Imported team' });
});

test('a team name drops what could reorder text around it and fits the store, emoji whole', () => {
  const file = (name: string) =>
    decodeTeamFile(JSON.stringify({ format: 'tshape-team', version: 1, name, members: [] }));

  expect(file('\u202eData\u0000 platform\u2066')).toMatchObject({ name: 'Data platform' });
  // 50 emoji are 100 UTF-16 units, which the store counts: 40 fit in its 80.
  expect(file('🦄'.repeat(50))).toMatchObject({ name: '🦄'.repeat(40) });
  expect(file(`a${'🦄'.repeat(50)}`)).toMatchObject({ name: `a${'🦄'.repeat(39)}` });
  expect(file('\u202e\u202c')).toMatchObject({ name: 'Imported team' });
});

test('a byte-order mark and unknown fields do not stop a file from reading', () => {
  const text = `\uFEFF${JSON.stringify({
    format: 'tshape-team',
    version: 1,
    name: 'Data platform',
    note: 'added by hand',
    members: [{ link: ada.payload, comment: 'Ada' }],
  })}`;

  expect(decodeTeamFile(text)).toEqual({
    ok: true,
    name: 'Data platform',
    members: [ada],
    problems: [],
  });
});
