/**
 * The team file: a team's share links as versioned JSON, so a facilitator can
 * move a team to another browser or hand it to a colleague. A file is
 * untrusted input, so decodeTeamFile is its one gate: it never throws, and it
 * says specifically what is wrong. Valibot validates without `new Function`,
 * which the app's Content-Security-Policy forbids.
 */
import * as v from 'valibot';
import { cutToLength } from './cut-text';
import {
  decodeSharePayload,
  encodeSharePayload,
  normaliseDisplayName,
  parseShareLink,
  type ShareDecodeResult,
} from './share-codec';
import { MAX_TEAM_MEMBERS, memberFromResult, type TeamMember } from './team-members';

export const TEAM_FILE_FORMAT = 'tshape-team';
/** Bump on any change an older tshape could misread, and keep reading every older version. */
export const TEAM_FILE_VERSION = 1;
/** 200 members at the longest payload (247 characters) fit in about 60 kB; 1 MB is generous. */
export const MAX_TEAM_FILE_BYTES = 1_000_000;
/**
 * As long as a team name may be in the store, in UTF-16 units as its schema
 * counts them (store/saved-state's MAX_TEAM_NAME_LENGTH, which this layer
 * cannot import): 80 letters, or 40 emoji.
 */
export const MAX_TEAM_NAME_LENGTH = 80;
/** The name a file gets when it carries none worth showing. */
export const DEFAULT_TEAM_NAME = 'Imported team';

export interface TeamFile {
  readonly format: typeof TEAM_FILE_FORMAT;
  readonly version: typeof TEAM_FILE_VERSION;
  readonly name: string;
  /** ISO date-time of the export; informative only. */
  readonly exportedAt: string;
  /** Each member's share payload (the part after `#/r/`). */
  readonly members: readonly { readonly link: string }[];
}

export type TeamFileDecode =
  | {
      readonly ok: true;
      readonly name: string;
      /** The members that decoded, duplicates merged, in file order. */
      readonly members: readonly TeamMember[];
      /** One sentence per member that failed to decode; the good ones still come back. */
      readonly problems: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

export const TEAM_FILE_ERRORS = {
  tooLarge: 'This file is too large (over 1 MB) to be a tshape team file.',
  notJson: 'This file is not JSON — the file may be cut off. Download the team file again.',
  notTeamFile: 'This is not a tshape team file.',
  newerVersion:
    'This team file was made by a newer version of tshape. Reload this page to get the latest version, then import it again.',
  damaged:
    'This tshape team file is damaged: it does not have the fields a team file has. Download the team file again.',
  tooManyMembers: `This team file has more than ${MAX_TEAM_MEMBERS} members, the most a team can have.`,
} as const;

/**
 * The whole file once format and version are known to be ours. Members are
 * read one by one afterwards, so one damaged entry costs only that member.
 * Unknown fields are dropped rather than refused: a later version 1 writer may
 * add informative ones.
 */
const TeamFileSchema = v.object({
  format: v.literal(TEAM_FILE_FORMAT),
  version: v.literal(TEAM_FILE_VERSION),
  name: v.string(),
  exportedAt: v.optional(v.string()),
  members: v.array(v.unknown()),
});

const MemberEntrySchema = v.object({ link: v.string() });

/** Just enough to tell "not ours" from "ours, but newer" before the full check. */
const HeaderSchema = v.object({ format: v.literal(TEAM_FILE_FORMAT), version: v.unknown() });

const utf8Encoder = new TextEncoder();
const BYTE_ORDER_MARK = /^\uFEFF/;
const PAYLOAD = /^[A-Za-z0-9_-]*$/;

/**
 * A team file as pretty JSON (2-space indent, final newline), members in
 * order. In anonymous mode each payload is re-encoded without its display
 * name, so no name leaves in the file; the team's own name stays, as it names
 * no person.
 */
export function encodeTeamFile(
  name: string,
  members: readonly TeamMember[],
  anonymous: boolean,
  now: Date,
): string {
  const file: TeamFile = {
    format: TEAM_FILE_FORMAT,
    version: TEAM_FILE_VERSION,
    name,
    exportedAt: now.toISOString(),
    members: members.map((member) => ({
      link: anonymous ? encodeSharePayload({ ...member.result, name: null }) : member.payload,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a team file. Never throws. Refuses the whole file, saying why, when it
 * is over MAX_TEAM_FILE_BYTES (UTF-8), not JSON (most often a cut-off
 * download), not a tshape team file, from a newer version, missing a field, or
 * listing more than MAX_TEAM_MEMBERS entries. Otherwise every member that
 * decodes comes back (duplicates merged) and each one that does not is
 * described in `problems`. A member's `link` may be a bare payload, as written
 * by encodeTeamFile, or a whole share link, for files edited by hand.
 */
export function decodeTeamFile(text: string): TeamFileDecode {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long text fails before
  // it is encoded only to be measured.
  if (text.length > MAX_TEAM_FILE_BYTES || utf8Encoder.encode(text).length > MAX_TEAM_FILE_BYTES) {
    return { ok: false, error: TEAM_FILE_ERRORS.tooLarge };
  }
  let json: unknown;
  try {
    // Some editors save a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(BYTE_ORDER_MARK, ''));
  } catch {
    return { ok: false, error: TEAM_FILE_ERRORS.notJson };
  }

  const header = v.safeParse(HeaderSchema, json);
  if (!header.success) return { ok: false, error: TEAM_FILE_ERRORS.notTeamFile };
  const { version } = header.output;
  if (typeof version === 'number' && Number.isInteger(version) && version > TEAM_FILE_VERSION) {
    return { ok: false, error: TEAM_FILE_ERRORS.newerVersion };
  }
  const file = v.safeParse(TeamFileSchema, json);
  if (!file.success) return { ok: false, error: TEAM_FILE_ERRORS.damaged };
  if (file.output.members.length > MAX_TEAM_MEMBERS) {
    return { ok: false, error: TEAM_FILE_ERRORS.tooManyMembers };
  }

  const seen = new Set<string>();
  const members: TeamMember[] = [];
  const problems: string[] = [];
  file.output.members.forEach((entry, index) => {
    const problem = (reason: string) => problems.push(`Member ${index + 1}: ${reason}`);
    const parsed = v.safeParse(MemberEntrySchema, entry);
    if (!parsed.success) {
      problem('this entry has no share link in it.');
      return;
    }
    const decoded = readLink(parsed.output.link);
    const member = decoded.ok ? memberFromResult(decoded.result) : null;
    if (!decoded.ok) {
      problem(decoded.error.message);
    } else if (member === null) {
      problem('this share link could not be read.');
    } else if (!seen.has(member.id)) {
      seen.add(member.id);
      members.push(member);
    }
  });

  return { ok: true, name: readTeamName(file.output.name), members, problems };
}

/** A bare payload as written by encodeTeamFile, or anything else read as a pasted link. */
function readLink(link: string): ShareDecodeResult {
  return PAYLOAD.test(link) ? decodeSharePayload(link) : parseShareLink(link);
}

/**
 * The name as a store keeps it: cleaned as a person's name in a link is (one
 * line, no control characters or bidi overrides to reorder the text shown
 * around it), then cut to MAX_TEAM_NAME_LENGTH.
 */
function readTeamName(name: string): string {
  const cleaned = normaliseDisplayName(name, MAX_TEAM_NAME_LENGTH) ?? '';
  const cut = cutToLength(cleaned, MAX_TEAM_NAME_LENGTH).trimEnd();
  return cut === '' ? DEFAULT_TEAM_NAME : cut;
}
