/**
 * The members of a team retro: share links turned into members, de-duplicated,
 * capped and labelled. A member is its share payload; every score is derived
 * from it, so nothing here can disagree with what the link says.
 */
import {
  decodeSharePayload,
  encodeSharePayload,
  findShareLinks,
  parseShareLink,
  type ShareDecodeResult,
  type SharedResult,
  type ShareErrorKind,
} from './share-codec';
import { computeCrc32 } from './crc32';
import { createMulberry32 } from './prng';

/** One person in a team, as their share link carries them: self-reported. */
export interface TeamMember {
  /**
   * The canonical share payload: the decoded result encoded again. Two links
   * for the same result and name merge by it, even when one of them was
   * percent-encoded by a chat app or carried a name with control characters.
   */
  readonly id: string;
  /** The payload to keep and to put in links and team files; the same text as `id`. */
  readonly payload: string;
  readonly result: SharedResult;
}

/** One line of a paste that did not give a member, for the alert that lists them. */
export interface PasteProblem {
  /** 1-based, as a person counts lines. */
  readonly line: number;
  /** The offending line, trimmed and cut to PROBLEM_TEXT_CHARACTERS. */
  readonly text: string;
  /** Why: the share decoder's message, or NOT_A_LINK_MESSAGE. */
  readonly reason: string;
}

export interface PasteOutcome {
  /** New, valid members, de-duplicated against `existing` and within the paste, in order. */
  readonly members: readonly TeamMember[];
  /** Links that were valid but already in the team or earlier in the paste. */
  readonly duplicates: number;
  readonly problems: readonly PasteProblem[];
}

/** The most members one team holds (DESIGN.md, "Team retro"). */
export const MAX_TEAM_MEMBERS = 200;

/** The reason given for a non-blank line with no tshape link in it at all. */
export const NOT_A_LINK_MESSAGE =
  'This is not a tshape link: a tshape share link contains “#/r/” followed by the result.';

/** How much of a bad line the problem list repeats: enough to recognise it, not a wall of text. */
const PROBLEM_TEXT_CHARACTERS = 80;
const LINE_BREAK = /\r\n|\r|\n/;
/** parseShareLink's verdicts that, for a whole line, just mean "no link here". */
const NOT_A_LINK_KINDS: ReadonlySet<ShareErrorKind> = new Set(['empty', 'not-tshape', 'too-long']);

/**
 * A member from a decoded share result: its id and payload are the result
 * encoded again. Null only for a result the codec refuses to encode (one no
 * decoder could have produced), so a throw never reaches the UI.
 */
export function memberFromResult(result: SharedResult): TeamMember | null {
  try {
    const payload = encodeSharePayload(result);
    return { id: payload, payload, result };
  } catch {
    return null;
  }
}

/** A member from a stored share payload (the part after `#/r/`); null when it does not decode. */
export function memberFromPayload(payload: string): TeamMember | null {
  const decoded = decodeSharePayload(payload);
  return decoded.ok ? memberFromResult(decoded.result) : null;
}

/** Cuts by code points so an emoji is never split in half. */
function excerpt(line: string): string {
  const characters = [...line];
  return characters.length <= PROBLEM_TEXT_CHARACTERS
    ? line
    : `${characters.slice(0, PROBLEM_TEXT_CHARACTERS - 1).join('')}…`;
}

/**
 * What a line without a recognisable link gives. parseShareLink still reads a
 * bare route path ("/r/<payload>") and explains a link whose payload is
 * missing ("…/#/r/" is cut short); anything else is plainly not a link, and its
 * own message (say, "too long to be one link") would only confuse.
 */
function readLineWithoutLink(line: string): ShareDecodeResult {
  const parsed = parseShareLink(line);
  if (parsed.ok || !NOT_A_LINK_KINDS.has(parsed.error.kind)) return parsed;
  return { ok: false, error: { kind: 'not-tshape', message: NOT_A_LINK_MESSAGE } };
}

/**
 * Reads any pasted text into new members: one or more links per line, any
 * surrounding text ("Ada: https://…", a chat log), blank lines ignored. A
 * non-blank line with no link at all is one problem (NOT_A_LINK_MESSAGE); each
 * bad link is a problem of its own, with the decoder's reason; every good link
 * is added, so one bad line never costs the others. Never throws. The member
 * limit is not applied here: see admitMembers.
 */
export function parseTeamPaste(text: string, existing: readonly TeamMember[]): PasteOutcome {
  const seen = new Set(existing.map((member) => member.id));
  const members: TeamMember[] = [];
  const problems: PasteProblem[] = [];
  let duplicates = 0;

  text.split(LINE_BREAK).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '') return;
    const links = findShareLinks(line);
    const readings =
      links.length === 0 ? [readLineWithoutLink(line)] : links.map((link) => parseShareLink(link));
    for (const reading of readings) {
      const member = reading.ok ? memberFromResult(reading.result) : null;
      if (member === null) {
        const reason = reading.ok ? NOT_A_LINK_MESSAGE : reading.error.message;
        problems.push({ line: index + 1, text: excerpt(line), reason });
      } else if (seen.has(member.id)) {
        duplicates += 1;
      } else {
        seen.add(member.id);
        members.push(member);
      }
    }
  });

  return { members, duplicates, problems };
}

/**
 * Adds members up to MAX_TEAM_MEMBERS, in order. Returns only the accepted
 * new members (append them to `existing`) and how many were refused for the
 * limit. An incoming member already in the team, or repeated in `incoming`, is
 * skipped silently rather than refused: it is there already, and must not take
 * a place a new person could have.
 */
export function admitMembers(
  existing: readonly TeamMember[],
  incoming: readonly TeamMember[],
): { readonly members: readonly TeamMember[]; readonly refused: number } {
  const seen = new Set(existing.map((member) => member.id));
  const fresh = incoming.filter((member) => {
    if (seen.has(member.id)) return false;
    seen.add(member.id);
    return true;
  });
  const room = Math.max(0, MAX_TEAM_MEMBERS - existing.length);
  const members = fresh.slice(0, room);
  return { members, refused: fresh.length - members.length };
}

/**
 * Display labels, one per member, in order: the link's name, "Member 3" (its
 * 1-based position) when it has none, and colliding labels told apart as
 * "Ada", "Ada (2)", "Ada (3)". A suffix never lands on a label another member
 * already has, so a person really called "Ada (2)" keeps that name. Names that
 * differ only in invisible characters count as the same ("Ada", "Ada (2)"). In
 * anonymous mode everyone is "Member 1…n" and no name is read at all. Stable:
 * the labels depend only on the members' names and order.
 */
export function labelMembers(
  members: readonly TeamMember[],
  anonymous: boolean,
): readonly string[] {
  const bases = members.map((member, index) =>
    anonymous ? `Member ${index + 1}` : (member.result.name ?? `Member ${index + 1}`),
  );
  const taken = new Set(bases.map(lookAlike));
  const used = new Set<string>();
  return bases.map((base) => {
    let label = base;
    for (
      let copy = 2;
      used.has(lookAlike(label)) || (label !== base && taken.has(lookAlike(label)));
      copy += 1
    ) {
      label = `${base} (${copy})`;
    }
    used.add(lookAlike(label));
    return label;
  });
}

// Invisible format characters (zero-width space and joiners, word joiner, soft
// hyphen) and compatibility forms: "Ada", "Ad\u200Ba" and "Ａｄａ" look alike.
const INVISIBLE_FORMAT = /\p{Cf}/gu;

/** What a label looks like on screen, to tell look-alike names apart. */
function lookAlike(label: string): string {
  return label.replace(INVISIBLE_FORMAT, '').normalize('NFKC');
}

const UTF8 = new TextEncoder();

/** A 32-bit seed from any text (a team's id, a member's payload). */
function seedFrom(text: string): number {
  return computeCrc32(UTF8.encode(text));
}

/**
 * The order members are shown in anonymous mode: a shuffle seeded by the team's id,
 * so "Member 1" is not simply whoever was pasted first, and the same team shows the
 * same order on every reload and device. Each member's place comes from its own
 * draw (the team's seed mixed with the member's id, one mulberry32 step), so adding
 * or removing someone never reshuffles everyone else. When the draw would still put
 * the first-pasted member first, the first two places swap: the point of the shuffle
 * is that the paste order cannot be read off the labels, and with a few people that
 * coincidence is common (one in n). Returns indices into `members`; O(n log n).
 */
export function orderAnonymously(teamId: string, members: readonly TeamMember[]): number[] {
  const teamSeed = seedFrom(teamId);
  const draws = members.map((member) => createMulberry32(teamSeed ^ seedFrom(member.id))());
  const order = members.map((_, index) => index);
  order.sort((a, b) => (draws[a] as number) - (draws[b] as number) || a - b);
  if (order.length >= 2 && order[0] === 0) {
    [order[0], order[1]] = [order[1] as number, 0];
  }
  return order;
}
