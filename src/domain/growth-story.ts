import type { AreaId } from '../data/bank-types';
import { formatScore } from './format';
import { joinNames, shapeComplement } from './reading';
import type { AreaChange, ItemChange, ResultChange } from './result-change';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, classifyShape, type ShapeName } from './shape';

/** "Your shape changed: Generalist → Narrow T", or "Still Π-shaped" when it held. */
export function describeShapeChange(before: ShapeName, after: ShapeName): string {
  return before === after
    ? `Still ${shapeComplement(after)}`
    : `Your shape changed: ${before} → ${after}`;
}

/** One area that moved between two results, in words. */
export interface AreaMovement {
  readonly area: AreaId;
  readonly name: string;
  /** after − before, unrounded; null when either result has no score for the area. */
  readonly change: number | null;
  /** "Deployment rose 40 points, from 40 to 80, and is now deep." */
  readonly sentence: string;
  /** How its sub-skills moved: "5 sub-skills up", "2 sub-skills up, 1 down"; null when none did. */
  readonly skills: string | null;
}

/** What a comparison of two results leads with: the shape, then what moved most. */
export interface ChangeStory {
  readonly shapeBefore: ShapeName;
  readonly shapeAfter: ShapeName;
  /** describeShapeChange of the two shapes. */
  readonly headline: string;
  /** Every area that moved (its score, or only its sub-skills), the biggest move first. */
  readonly movements: readonly AreaMovement[];
  /** "Statistics and Experimentation stayed the same."; null when every area moved. */
  readonly unchanged: string | null;
}

function shapeOf(areas: readonly AreaChange[], side: 'before' | 'after'): ShapeName {
  return classifyShape(areas.flatMap((area) => (area[side] === null ? [] : [area[side]])));
}

/** The line an area crossed, as the words that end its sentence; '' when it crossed none. */
function describeCrossing(before: number, after: number): string {
  const crossed = (line: number) => before >= line !== after >= line;
  if (crossed(DEPTH_THRESHOLD))
    return after > before ? ', and is now deep' : ', and is no longer deep';
  if (crossed(BREADTH_THRESHOLD))
    return after > before ? ', and is now broad' : ', and is no longer broad';
  return '';
}

function describeScoreMove({ name, before, after }: AreaChange): string {
  if (before === null && after === null) return `${name} has no score in either result.`;
  if (before === null) return `${name} has a score now: ${formatScore(after)}.`;
  if (after === null) return `${name} has no score now (it was ${formatScore(before)}).`;
  const points = formatScore(Math.abs(after - before));
  if (points === formatScore(0)) return `${name} held at ${formatScore(after)}.`;
  const verb = after > before ? 'rose' : 'fell';
  const unit = points === '1' ? 'point' : 'points';
  return `${name} ${verb} ${points} ${unit}, from ${formatScore(before)} to ${formatScore(after)}${describeCrossing(before, after)}.`;
}

function describeSkillMoves(items: readonly ItemChange[]): string | null {
  const moved = items.filter(
    (item) => item.status === 'changed' && item.before !== null && item.after !== null,
  );
  const up = moved.filter((item) => (item.after ?? 0) > (item.before ?? 0)).length;
  const down = moved.length - up;
  const noun = (count: number) => (count === 1 ? 'sub-skill' : 'sub-skills');
  if (up > 0 && down > 0) return `${up} ${noun(up)} up, ${down} down`;
  if (up > 0) return `${up} ${noun(up)} up`;
  if (down > 0) return `${down} ${noun(down)} down`;
  return null;
}

/** How far an area's score moved, for ranking; an area gaining or losing its score counts whole. */
function sizeOf({ before, after }: AreaChange): number {
  return Math.abs((after ?? 0) - (before ?? 0));
}

/**
 * The story of two results for a reader (issue 21): first whether the shape changed,
 * then each area that moved, the biggest move first (ties in the areas' order), in
 * plain words, with the line it crossed and how many of its sub-skills moved; then
 * the areas that stayed put. An area whose score held while its sub-skills moved (one
 * up, one down) still counts as moved. The shapes are those of the answers as given,
 * as the history list shows them.
 */
export function tellResultChange(change: ResultChange): ChangeStory {
  const shapeBefore = shapeOf(change.areas, 'before');
  const shapeAfter = shapeOf(change.areas, 'after');
  const described = change.areas.map((area) => ({
    area,
    sentence: describeScoreMove(area),
    skills: describeSkillMoves(change.items.filter((item) => item.area === area.area)),
    scoreMoved:
      area.before === null || area.after === null
        ? area.before !== area.after
        : formatScore(Math.abs(area.after - area.before)) !== formatScore(0),
  }));
  const movements = described
    .filter(({ scoreMoved, skills }) => scoreMoved || skills !== null)
    .sort((a, b) => sizeOf(b.area) - sizeOf(a.area))
    .map(({ area, sentence, skills }): AreaMovement => ({
      area: area.area,
      name: area.name,
      change: area.change,
      sentence,
      skills,
    }));
  const still = described
    .filter(({ scoreMoved, skills }) => !scoreMoved && skills === null)
    .map(({ area }) => area.name);
  const unchanged =
    still.length === 0
      ? null
      : still.length === change.areas.length
        ? 'No area moved.'
        : `${joinNames(still)} stayed the same.`;
  return {
    shapeBefore,
    shapeAfter,
    headline: describeShapeChange(shapeBefore, shapeAfter),
    movements,
    unchanged,
  };
}

/**
 * The growth chart's text summary: the shape from the first result to the last, and
 * the area that moved most. `from` and `to` name the two results ("Result 1").
 */
export function describeGrowthSpan(story: ChangeStory, from: string, to: string): string {
  const shape =
    story.shapeBefore === story.shapeAfter
      ? `From ${from} to ${to}, your shape held: ${shapeComplement(story.shapeAfter)}.`
      : `From ${from} to ${to}, your shape went from ${story.shapeBefore} to ${story.shapeAfter}.`;
  const [biggest] = story.movements;
  return biggest ? `${shape} ${biggest.sentence}` : `${shape} No area moved.`;
}
