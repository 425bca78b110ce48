import type { Figure, QaEntry } from '../knowledge/schema.js';
import { dayNumber } from './dates.js';

// Which figure and which question the digest shows. Deterministic: a seeded shuffle (the seed is the pack id), so
// every instance and every re-run agrees, and a test can predict the order.

/** 32-bit FNV-1a: turns a seed string into a PRNG state. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to shuffle a list; Math.random cannot be seeded. */
function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with a seeded generator: the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The figures in the order of one rotation cycle. Chartable figures come first (a chart makes a better digest) but
 * the others are never dropped: dates and ranks are figures too, and each cycle shows every figure exactly once.
 * Each cycle has its own shuffle, and a cycle never starts with the figure the previous one ended with.
 */
export function figureCycle(
  figures: readonly Figure[],
  seed: string,
  cycle: number,
  isChartable: (figure: Figure) => boolean,
): Figure[] {
  const order = (n: number) => {
    const chartable = figures.filter((figure) => isChartable(figure));
    const others = figures.filter((figure) => !isChartable(figure));
    return [...seededShuffle(chartable, `${seed}:${n}:chartable`), ...seededShuffle(others, `${seed}:${n}:others`)];
  };
  const current = order(cycle);
  if (cycle > 0 && current.length > 1 && current[0].id === order(cycle - 1).at(-1)?.id) {
    [current[0], current[1]] = [current[1], current[0]];
  }
  return current;
}

/**
 * The figure for the n-th digest (n from the store's atomic counter, starting at 0): within each run of
 * figures.length digests, no figure repeats. Undefined for a pack without figures.
 */
export function pickFigure(
  figures: readonly Figure[],
  seed: string,
  n: number,
  isChartable: (figure: Figure) => boolean,
): Figure | undefined {
  if (figures.length === 0) return undefined;
  const cycle = Math.floor(n / figures.length);
  return figureCycle(figures, seed, cycle, isChartable)[n % figures.length];
}

/**
 * The question of the day: the day number indexes a seeded shuffle of the entries, so consecutive days never
 * repeat a question until all were shown, and the same day always gives the same question.
 */
export function pickQuestion(entries: readonly QaEntry[], seed: string, day: string): QaEntry | undefined {
  return pickQuestionAt(entries, seed, dayNumber(day));
}

/** The n-th question of the rotation: within each run of entries.length, none repeats. */
export function pickQuestionAt(entries: readonly QaEntry[], seed: string, n: number): QaEntry | undefined {
  if (entries.length === 0) return undefined;
  const cycle = Math.floor(n / entries.length);
  return seededShuffle(entries, `${seed}:questions:${cycle}`)[n % entries.length];
}
