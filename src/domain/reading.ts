import type { Area, AreaId, QuestionBank } from '../data/bank-types';
import { LEVELS } from '../data/levels';
import { isRatingLevel, MAX_LEVEL, SCORE_PER_LEVEL } from './area-scores';
import { formatDecimal } from './format';
import type { Flag } from './flags';
import type { Profile } from './profile';
import type { ShapeName } from './shape';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** "a and b", "a, b and c": the names of several areas in running text. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function areaName(bank: QuestionBank, id: AreaId): string {
  return bank.areas.find((area) => area.id === id)?.name ?? id;
}

/** "You are T-shaped", "You are a Generalist": the shape's name as a complement. */
export function shapeComplement(shape: ShapeName): string {
  switch (shape) {
    case 'Generalist':
    case 'Narrow T':
      return `a ${shape}`;
    case 'Emerging':
      return 'Emerging';
    default:
      return shape;
  }
}

/**
 * The headline of a result, e.g. "You are T-shaped: broad across four areas,
 * deep in Deployment". `subject` lets a shared result say "Ada is …".
 */
export function describeShape(bank: QuestionBank, profile: Profile, subject = 'You are'): string {
  const deep = profile.areas.filter((area) => area.deep).map((area) => area.name);
  const broad = profile.nBroad;
  const breadth =
    broad === 0
      ? 'no area broad yet'
      : `broad across ${NUMBER_WORDS[broad] ?? broad} area${broad === 1 ? '' : 's'}`;
  const depth =
    deep.length > 0
      ? `deep in ${joinNames(deep)}`
      : profile.depth === 0
        ? 'every rating at “Not yet” so far'
        : profile.homeAreas.length > 0
          ? `strongest in ${joinNames(profile.homeAreas.map((id) => areaName(bank, id)))}`
          : 'no area scored';
  return `${subject} ${shapeComplement(profile.shape)}: ${breadth}, ${depth}`;
}

/**
 * How far (in levels) an area's mean level may sit from a whole level and still
 * be named by that level alone. One sub-skill a level away moves the mean of an
 * area's 6–7 items by 1/7–1/6, inside 0.25, so one odd answer still reads as the
 * level; two do not. Half of the scale is then named by a level and half as
 * "between" two, so neither reading is the default.
 */
export const NEAR_LEVEL = 0.25;

function levelName(level: number): string {
  return LEVELS[level]?.name ?? LEVELS[0].name;
}

/**
 * An area score (0–100) as the level its mean m = score / 20 stands for: the
 * nearest level's name when m is within NEAR_LEVEL of it (17, m = 0.85: "Aware"),
 * otherwise the two levels it lies between (53.3, m = 2.67: "between Working and
 * Practitioner"). Exactly NEAR_LEVEL away counts as near. Scores outside 0–100
 * are clamped to the scale, and a score that is not a number reads as 0.
 */
export function nameMeanLevel(score: number): string {
  const mean = Number.isFinite(score)
    ? Math.min(MAX_LEVEL, Math.max(0, score / SCORE_PER_LEVEL))
    : 0;
  const nearest = Math.round(mean);
  // The 1e-9 absorbs rounding in score / 20, so a mean of exactly 2.25 is near 2.
  if (Math.abs(mean - nearest) <= NEAR_LEVEL + 1e-9) return levelName(nearest);
  const lower = Math.floor(mean);
  return `between ${levelName(lower)} and ${levelName(lower + 1)}`;
}

/** Up to two titles, then how many more: "A, B and 3 more". Titles hold "and", so commas join them. */
function nameTitles(titles: readonly string[]): string {
  const shown = titles.slice(0, 2).join(', ');
  return titles.length > 2 ? `${shown} and ${titles.length - 2} more` : shown;
}

/**
 * An area's strongest and weakest sub-skills by their titles in `area` (from the
 * bank the answers were given to), with their levels: "Strongest: Model
 * validation (Advanced); weakest: Time series and forecasting (Aware)." Tied
 * sub-skills are named together. When every answered item is at one level it
 * says so instead. Null when no item of the area was answered.
 */
export function describeStrongestAndWeakest(
  area: Area,
  responses: Readonly<Record<string, number>>,
): string | null {
  const rated = area.items.flatMap((item) => {
    const level = responses[item.id];
    return isRatingLevel(level) ? [{ title: item.title, level }] : [];
  });
  if (rated.length === 0) return null;
  const levels = rated.map((entry) => entry.level);
  const top = Math.max(...levels);
  const bottom = Math.min(...levels);
  if (top === bottom) {
    const every =
      rated.length === area.items.length ? 'Every sub-skill' : 'Every answered sub-skill';
    return `${every} rated ${levelName(top)}.`;
  }
  const atLevel = (level: number) =>
    `${nameTitles(rated.filter((entry) => entry.level === level).map((entry) => entry.title))} (${levelName(level)})`;
  return `Strongest: ${atLevel(top)}; weakest: ${atLevel(bottom)}.`;
}

/** Where a spectrum position sits, in words: used for the meter's aria-valuetext and the summary. */
export function describeSpectrumPosition(position: number): string {
  const side = position < 0 ? 'Stats' : 'Engineering';
  const strength = Math.abs(position);
  if (strength < 0.15) return 'balanced between Stats and Engineering';
  if (strength < 0.5) return `leaning towards ${side}`;
  if (strength < 0.85) return `strongly towards ${side}`;
  return `at the ${side} end`;
}

/**
 * One flag as a sentence a person can act on; flags never change a score.
 * `ownResult` is false for someone else's shared result, which is described in
 * the third person ("The self-rating …") rather than addressed to the viewer.
 */
export function describeFlag(bank: QuestionBank, flag: Flag, ownResult = true): string {
  const your = ownResult ? 'Your' : 'The';
  switch (flag.kind) {
    case 'calibration':
      return `${your} self-rating in ${areaName(bank, flag.area)} may be high: ${flag.checksCorrect} of ${flag.checksTotal} knowledge checks correct.`;
    case 'overclaim':
      return `${ownResult ? 'You rated yourself' : 'Rated'} at level ${flag.foilLevel} on “${bank.foils.find((foil) => foil.id === flag.foilId)?.title ?? 'a made-up method'}”, a method that does not exist. It is there to check for over-claiming, so ${ownResult ? 'your' : 'the'} other ratings may be generous too.`;
    case 'fast':
      return `${ownResult ? 'You answered' : 'Answered'} in a median of ${formatDecimal(flag.medianMs / 1000, 1)} s per item, faster than most people can read the statements.`;
    case 'straight-line':
      return `${flag.run} answers in a row were at the same level (${flag.level}). If that was not deliberate, ${ownResult ? 'review your answers' : 'the answers deserve a second look'}.`;
  }
}
