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
