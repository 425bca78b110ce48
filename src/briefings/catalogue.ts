import type { PackProblem } from '../knowledge/problems.js';
import { editDistance } from '../match/edit-distance.js';
import { type Briefing, briefingDate } from './briefing.js';

// The briefings served at one moment, as an immutable value. A change (a pack folder added, edited or removed; later
// a briefing added from Slack) makes a new Catalogue and swaps it in whole, so a question being answered keeps the
// snapshot it started with and never sees half a reload.

/** A pack that failed validation: reported on /healthz, and, when it had a good version, that one keeps serving. */
export type FailedBriefing = {
  origin: string;
  /** The id of the last good version still served from this origin, if any. */
  serving: string | null;
  problems: PackProblem[];
};

export type Catalogue = {
  /** Newest first (by publication date; undated ones last, then by title). */
  readonly briefings: readonly Briefing[];
  readonly failed: readonly FailedBriefing[];
  get(id: string): Briefing | undefined;
  /** In how many briefings a routing word occurs (see routing-words.ts). */
  documentFrequency(word: string): number;
  /**
   * The routing words of the briefings that `word`, used by none, is most likely a misspelling of ("xiaohongsu"):
   * all those equally near, since "momentm" is as near "moment" as "momentum". Empty when none is near.
   */
  nearestWords(word: string): string[];
};

export function buildCatalogue(briefings: readonly Briefing[], failed: readonly FailedBriefing[] = []): Catalogue {
  const ordered = [...briefings].sort(newestFirst);
  const byId = new Map(ordered.map((briefing) => [briefing.id, briefing]));
  const frequency = new Map<string, number>();
  for (const briefing of ordered)
    for (const word of briefing.profile.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  let byPrefix: Map<string, string[]> | undefined;
  return {
    briefings: ordered,
    failed: [...failed].sort((a, b) => a.origin.localeCompare(b.origin)),
    get: (id) => byId.get(id),
    documentFrequency: (word) => frequency.get(word) ?? 0,
    nearestWords: (word) => {
      byPrefix ??= prefixIndex(frequency.keys());
      const candidates = byPrefix.get(word.slice(0, PREFIX)) ?? [];
      const start = word.slice(0, PREFIX + 1);
      const first = nearest(
        word,
        candidates.filter((c) => c.startsWith(start)),
      );
      return first.length > 0 ? first : nearest(word, candidates);
    },
  };
}

// A misspelt name keeps its first letters far more often than not ("xiaohongsu", "tokopdia", "momentom"): only words
// sharing them are compared, so a question's unknown word costs a few edit distances, not one per word of 100 packs.
// Three letters first; then two, since "messure" (for "measure") and "jonhor" slip at the third.
const PREFIX = 2;
const MIN_LENGTH = 5;

function prefixIndex(words: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
    const key = word.slice(0, PREFIX);
    const list = index.get(key);
    if (list) list.push(word);
    else index.set(key, [word]);
  }
  return index;
}

function nearest(word: string, candidates: readonly string[]): string[] {
  if (word.length < MIN_LENGTH) return [];
  // One edit in a short word, two from eight letters on: "tiktk" -> "tiktok", "xiaohongsu" -> "xiaohongshu".
  const max = word.length >= 8 ? 2 : 1;
  let best: string[] = [];
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, max);
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance) best.push(candidate);
  }
  return bestDistance <= max ? best : [];
}

export const EMPTY_CATALOGUE = buildCatalogue([]);

/** The origin already serving a briefing with this id, other than `origin` itself: two folders cannot share an id. */
export function idTakenBy(catalogue: Catalogue, id: string, origin: string): string | undefined {
  const other = catalogue.get(id);
  return other && other.origin !== origin ? other.origin : undefined;
}

/** Serves `briefing` from its origin: replaces what that origin served before, and clears its failure. */
export function withBriefing(catalogue: Catalogue, briefing: Briefing): Catalogue {
  const kept = catalogue.briefings.filter((b) => b.origin !== briefing.origin);
  return buildCatalogue(
    [...kept, briefing],
    catalogue.failed.filter((f) => f.origin !== briefing.origin),
  );
}

/** Stops serving whatever came from `origin`, and forgets its failure. */
export function withoutOrigin(catalogue: Catalogue, origin: string): Catalogue {
  return buildCatalogue(
    catalogue.briefings.filter((b) => b.origin !== origin),
    catalogue.failed.filter((f) => f.origin !== origin),
  );
}

/** Records that `origin` failed validation; the briefing it served before (if any) keeps serving. */
export function withFailure(catalogue: Catalogue, origin: string, problems: PackProblem[]): Catalogue {
  const serving = catalogue.briefings.find((b) => b.origin === origin)?.id ?? null;
  return buildCatalogue(catalogue.briefings, [
    ...catalogue.failed.filter((f) => f.origin !== origin),
    { origin, serving, problems },
  ]);
}

function newestFirst(a: Briefing, b: Briefing): number {
  const [da, db] = [sortableDate(briefingDate(a.pack)), sortableDate(briefingDate(b.pack))];
  if (da !== db) return db - da;
  return a.pack.meta.title.localeCompare(b.pack.meta.title) || a.id.localeCompare(b.id);
}

/** Milliseconds for a date a curator wrote ("2025-02-10", "10 February 2025"); undated sorts last. */
function sortableDate(date: string | null): number {
  if (!date) return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
