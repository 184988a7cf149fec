import { formatDecimal } from './format';
import type { AreaId, QuestionBank } from '../data/bank-types';
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
