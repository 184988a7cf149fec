import type { QuestionBank } from '../data/bank-types';
import type { AreaReading, Profile } from './profile';
import { describeShape, joinNames, shapeComplement } from './reading';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, classifyShape, type ShapeName } from './shape';

/**
 * How many retakes would agree, in plain words (DESIGN.md: certainty is said, never a
 * bare percentage of resamples). Each phrase is no firmer than the share behind it.
 */
export function describeAgreement(share: number): string {
  if (share >= 0.9) return 'nearly every retake would';
  if (share >= 0.7) return 'most retakes would';
  if (share >= 0.55) return 'more than half of retakes would';
  if (share >= 0.4) return 'about half of retakes would';
  if (share >= 0.25) return 'about one retake in three would';
  return 'few retakes would';
}

/** One area moved across one line: how a second shape comes about. */
interface Flip {
  readonly area: AreaReading;
  readonly line: 'depth' | 'breadth';
  /** True when the area would cross the line upwards (become deep or broad). */
  readonly up: boolean;
  /** The chance a retake puts the area on the other side. */
  readonly chance: number;
}

/** Every single crossing of a line, with the shape it would give and how likely it is. */
function flipsTo(profile: Profile, shape: ShapeName): readonly Flip[] {
  const scored = profile.areas.filter((area) => area.score !== null);
  const flips: Flip[] = scored.flatMap((area) => [
    area.deep
      ? { area, line: 'depth' as const, up: false, chance: 1 - area.retakeDeep }
      : { area, line: 'depth' as const, up: true, chance: area.retakeDeep },
    area.broad
      ? { area, line: 'breadth' as const, up: false, chance: 1 - area.retakeBroad }
      : { area, line: 'breadth' as const, up: true, chance: area.retakeBroad },
  ]);
  return flips
    .filter((flip) => {
      const moved = (area: AreaReading) => {
        if (area !== flip.area) return area.score ?? 0;
        if (flip.line === 'depth') return flip.up ? DEPTH_THRESHOLD : DEPTH_THRESHOLD - 1;
        return flip.up ? BREADTH_THRESHOLD : BREADTH_THRESHOLD - 1;
      };
      return classifyShape(scored.map(moved)) === shape;
    })
    .sort((a, b) => b.chance - a.chance);
}

/** The crossing that would most often give a shape, with every area about as likely to make it. */
interface Reason {
  readonly areas: readonly AreaReading[];
  readonly line: 'depth' | 'breadth';
  readonly up: boolean;
}

function reasonFor(profile: Profile, shape: ShapeName): Reason | null {
  const flips = flipsTo(profile, shape);
  const [top] = flips;
  if (!top) return null;
  const alike = flips.filter(
    (flip) => flip.line === top.line && flip.up === top.up && flip.chance >= top.chance / 2,
  );
  return { areas: alike.map((flip) => flip.area), line: top.line, up: top.up };
}

/** "A", "A or B", "A, B or C". */
function joinOr(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** "Deployment sits on the depth line", "A and B sit on the breadth line". */
function describeWhere({ areas, line }: Reason): string {
  const names = joinNames(areas.map((area) => area.name));
  const several = areas.length > 1;
  if (areas.every((area) => area.line === line)) {
    return `${names} ${several ? 'sit' : 'sits'} on the ${line} line`;
  }
  return `${names} ${several ? 'are' : 'is'} near the ${line} line`;
}

/** "if Deployment counts as deep: it sits on the depth line". */
function describeCondition(reason: Reason): string {
  const kind = reason.line === 'depth' ? 'deep' : 'broad';
  const names = joinOr(reason.areas.map((area) => area.name));
  const counts = reason.up ? `counts as ${kind}` : `does not count as ${kind}`;
  const several = reason.areas.length > 1;
  const where = reason.areas.every((area) => area.line === reason.line)
    ? `${several ? 'they sit' : 'it sits'} on the ${reason.line} line`
    : `a retake could move ${several ? 'them' : 'it'} across the ${reason.line} line`;
  return `if ${names} ${counts}: ${where}`;
}

/** The areas on a line, for when no single crossing explains the other shape. */
function describeLines(profile: Profile): string {
  const onLine = profile.areas.filter((area) => area.borderline);
  if (onLine.length === 0) return 'several areas are near a line';
  const lines = new Set(onLine.map((area) => area.line));
  const line = lines.size === 1 ? `the ${[...lines][0]} line` : 'a line';
  if (onLine.length === profile.areas.length) return `every area sits on ${line}`;
  const names = joinNames(onLine.map((area) => area.name));
  return `${names} ${onLine.length > 1 ? 'sit' : 'sits'} on ${line}`;
}

/** Whom a result's sentences speak of: the viewer, or someone who shared a result. */
export interface Person {
  readonly isViewer: boolean;
  /** A headline's opening: "You are", "Ada is", "They are". */
  readonly subject: string;
  /** "your", "Ada’s", "their". */
  readonly possessive: string;
  /** "you", "Ada", "them". */
  readonly object: string;
}

/**
 * How the sentences of a result refer to its person: the viewer's own result speaks to
 * them ("your shape"); someone else's speaks of them by name ("Ada’s shape"), or as
 * "they" when their link carries no name. Never "you" about someone else.
 */
export function describePerson({
  name,
  isViewer,
}: {
  readonly name: string | null;
  readonly isViewer: boolean;
}): Person {
  if (isViewer) return { isViewer, subject: 'You are', possessive: 'your', object: 'you' };
  if (name === null || name.trim() === '')
    return { isViewer, subject: 'They are', possessive: 'their', object: 'them' };
  return { isViewer, subject: `${name} is`, possessive: `${name}’s`, object: name };
}

export interface Headline {
  /** The sentence to lead with: one shape when it holds, else the two that may. */
  readonly statement: string;
  /** How many retakes would agree, and the next closest shape when there is one. */
  readonly certainty: string;
}

/**
 * The headline of a result (DESIGN.md, "Scoring"): a single shape only when at least
 * SINGLE_SHAPE_FROM of retakes would show it ("You are T-shaped: …"); otherwise the
 * likelier shape first, and the other with the area that would make it ("You are most
 * likely T-shaped — or Π-shaped if Deployment counts as deep: it sits on the depth
 * line"). The certainty line says in words how many retakes would agree.
 */
export function describeHeadline(
  bank: QuestionBank,
  profile: Profile,
  subject = 'You are',
): Headline {
  const [first, second] = profile.statedShapes;
  const chances = profile.shapeChances;
  const next = (Object.keys(chances) as ShapeName[])
    .filter((shape) => shape !== profile.shape)
    .sort((a, b) => chances[b] - chances[a])[0];
  const agreement = describeAgreement(profile.shapeAgreement);
  const capitalised = agreement.charAt(0).toUpperCase() + agreement.slice(1);

  if (first === undefined || second === undefined) {
    const nextNote = next !== undefined && chances[next] >= 0.05 ? `; next closest: ${next}` : '';
    return {
      statement: describeShape(bank, profile, subject),
      certainty: `${capitalised} show ${profile.shape}${nextNote}.`,
    };
  }
  const other = first === profile.shape ? second : first;
  const reason = reasonFor(profile, other);
  const likelier = chances[profile.shape] >= chances[other] ? profile.shape : other;
  const agreesWithLikelier = describeAgreement(chances[likelier]);
  const certainty = `${agreesWithLikelier.charAt(0).toUpperCase()}${agreesWithLikelier.slice(1)} show ${likelier}; next closest: ${likelier === other ? profile.shape : other}.`;
  const [answered, alternative] = [shapeComplement(profile.shape), shapeComplement(other)];
  if (likelier === profile.shape) {
    return {
      statement: reason
        ? `${subject} most likely ${answered} — or ${alternative} ${describeCondition(reason)}`
        : `${subject} most likely ${answered} — or ${alternative}: ${describeLines(profile)}`,
      certainty,
    };
  }
  // The answers as given make one shape, but a retake more often makes the other.
  return {
    statement: reason
      ? `${subject} most likely ${alternative} — ${describeWhere(reason)} — or ${answered}`
      : `${subject} most likely ${alternative} — or ${answered}: ${describeLines(profile)}`,
    certainty,
  };
}
