/**
 * The p-quantile of values already sorted in ascending order, by linear
 * interpolation between order statistics: Hyndman & Fan's type 7, the default
 * of R's `quantile`, NumPy's `percentile` and Excel's PERCENTILE.INC, so anyone
 * can re-check a number. With h = (n − 1)p, the result is
 * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]); it never leaves [min, max].
 * https://doi.org/10.1080/00031305.1996.10473566
 *
 * @throws RangeError on an empty array or p outside [0, 1]: callers decide what
 * "no data" means, this function does not guess.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty sample');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const h = (sorted.length - 1) * p;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex] as number;
  const high = sorted[Math.min(lowIndex + 1, sorted.length - 1)] as number;
  // When both neighbours are equal, return one of them untouched rather than
  // low + fraction × 0, so an all-equal sample gives exactly its value.
  return low === high ? low : low + (h - lowIndex) * (high - low);
}

/** The median of unsorted values (the mean of the middle two when n is even). */
export function median(values: readonly number[]): number {
  return quantileOfSorted(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
