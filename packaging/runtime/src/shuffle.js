/*
 * Seeded shuffling: the same order for the same learner on every launch, never stored. A 32-bit FNV-1a hash of
 * learner + "|" + key seeds mulberry32, and a Fisher–Yates shuffle uses it.
 */

/** FNV-1a, 32 bits. */
export function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: a generator of numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed) {
  return function next() {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `list` shuffled (Fisher–Yates) with the generator `next`. */
export function shuffleWith(list, next) {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1)), swap = copy[i];
    copy[i] = copy[j];
    copy[j] = swap;
  }
  return copy;
}

/** A shuffled copy of `list`, the same for the same learner and key. */
export function shuffled(list, learner, key) {
  return shuffleWith(list, mulberry32(hash(learner + "|" + key)));
}
