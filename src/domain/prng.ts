/**
 * A seeded pseudo-random number generator, so the bootstrap gives the same
 * intervals for the same answers on every device and every reload.
 *
 * mulberry32 (Tommy Ettinger, as popularised in bryc's "PRNGs" collection):
 * 32 bits of state, period 2^32, passes gjrand's tests at the sample sizes a
 * 1,000-resample bootstrap uses, and is a few lines with no dependency.
 * https://github.com/bryc/code/blob/master/jshash/PRNGs.md#mulberry32
 * Math.random cannot be seeded, which is why it is not used.
 *
 * @returns a function giving the next number in [0, 1).
 */
export function createMulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
