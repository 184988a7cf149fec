import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeTeamFile } from '../domain/team-file';
import { decodeBackup } from './backup';
import { restoreSavedState } from './saved-state';

// Every decoder of untrusted input answers with a value, never an exception.
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom(
    '{"__proto__": {"polluted": true}, "state": {}, "version": 2}',
    '{"format": "tshape-backup", "version": 2, "state": {"__proto__": {"x": 1}}}',
    '{"format": "tshape-team", "version": 1, "name": "x", "members": [{"link": {}}]}',
    '{"state": {"progress": {"answers": {"constructor": {"value": 1}}}}, "version": 2}',
  ),
);

test('restoreSavedState, decodeBackup and decodeTeamFile never throw and never pollute', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      expect(() => restoreSavedState(text)).not.toThrow();
      expect(() => decodeBackup(text)).not.toThrow();
      expect(() => decodeTeamFile(text)).not.toThrow();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: 400 },
  );
});

test('random JSON is never accepted as saved data, a backup or a team file', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value);
      expect(restoreSavedState(text).kind).not.toBe('restored');
      expect(decodeBackup(text).ok).toBe(false);
      expect(decodeTeamFile(text).ok).toBe(false);
    }),
    { numRuns: 300 },
  );
});
