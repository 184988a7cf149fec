const ENDS_IN_HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

/**
 * The longest start of `text` at most `maxLength` UTF-16 code units long: the
 * unit `String.length`, HTML's `maxlength` and valibot's `maxLength` count, so
 * the result always fits a schema that caps it. A character made of a
 * surrogate pair (most emoji) is never cut in half; it goes whole.
 */
export function cutToLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(0, maxLength));
  return ENDS_IN_HIGH_SURROGATE.test(cut) ? cut.slice(0, -1) : cut;
}

// Letters, digits, punctuation and symbols: what a reader can see. Spaces,
// zero-width and other format characters, controls and lone marks are not.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Whether `text` has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
