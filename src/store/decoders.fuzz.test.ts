import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeTeamFile } from '../domain/team-file';
import { createMemoryStorage } from '../lib/memory-storage';
import { openTestStore } from '../testing/test-store';
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

test('whatever sits under tshape’s keys, the store loads, and every key is either read or reported', () => {
  const key = fc.oneof(
    fc.constantFrom('tshape', 'tshape:progress', 'tshape:settings', 'tshape:probe'),
    fc
      .tuple(
        fc.constantFrom('tshape:result:', 'tshape:team:', 'tshape:shared:', 'tshape:'),
        fc.string(),
      )
      .map(([prefix, rest]) => prefix + rest),
  );
  fc.assert(
    fc.property(fc.dictionary(key, hostileText, { maxKeys: 6 }), (entries) => {
      const storage = createMemoryStorage(entries);
      const store = openTestStore(storage, () => 0);
      const { unreadable } = store.health.getState();
      // Nothing is lost on loading: every value is still kept, under its key or aside
      // (a whole store of tshape 1–3 under `tshape` is split into records instead).
      const kept = new Set(storage.entries.values());
      for (const [original, value] of Object.entries(entries)) {
        if (original !== 'tshape') expect(kept.has(value)).toBe(true);
      }
      for (const { key: unreadableKey } of unreadable) {
        expect(storage.entries.has(unreadableKey)).toBe(true);
      }
      expect(() => store.getState().answerQuestion('stats-probability', 1, 1)).not.toThrow();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: 300 },
  );
});
