/**
 * The bank's anchors are written in the first person ("I have designed a test end to
 * end…"). A colleague rating someone reads them about that person ("They have designed
 * a test end to end…"), so the rating page asks the same statements, worded about them.
 * Singular "they" takes the verb forms "I" takes, except for "am" and "was"; a test
 * reads every anchor of every bank and finds no first person left.
 */

const SWAPS: readonly (readonly [RegExp, string])[] = [
  [/\bI am\b/g, 'they are'],
  [/\bI was\b/g, 'they were'],
  [/\bI'm\b/g, 'they’re'],
  [/\bI've\b/g, 'they’ve'],
  [/\bI\b/g, 'they'],
  [/\bmyself\b/gi, 'themself'],
  [/\bmy\b/gi, 'their'],
  [/\bme\b/g, 'them'],
  [/\bwe\b/gi, 'they'],
  [/\bour\b/gi, 'their'],
];

/** An anchor sentence worded about the person being rated rather than by them. */
export function speakOfColleague(sentence: string): string {
  const swapped = SWAPS.reduce((text, [pattern, words]) => text.replace(pattern, words), sentence);
  // The first letter (after any emphasis mark) is a capital, as the sentence began.
  return swapped.replace(
    /^(\**)(\p{Ll})/u,
    (_, marks: string, letter: string) => `${marks}${letter.toUpperCase()}`,
  );
}
