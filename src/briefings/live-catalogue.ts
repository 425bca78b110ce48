import type { PackProblem } from '../knowledge/problems.js';
import type { Briefing } from './briefing.js';
import { buildCatalogue, type Catalogue, idTakenBy, withBriefing, withFailure, withoutOrigin } from './catalogue.js';

// The one mutable cell: which Catalogue is current. Every change builds a new Catalogue and swaps it in, so a
// question answered during a reload uses the snapshot it started with, whole. Sources of change (the pack folder
// watcher now; briefings added from Slack or announced over Redis later) all come through here.

export type LiveCatalogue = {
  current(): Catalogue;
  /** Serves a briefing from its origin, replacing what that origin served; refused when another origin has its id. */
  serve(briefing: Briefing): { ok: true } | { ok: false; problem: PackProblem };
  /** The origin failed validation: reported, while its last good version (if any) keeps serving. */
  fail(origin: string, problems: PackProblem[]): void;
  /** The origin is gone (folder removed): stop serving it. */
  withdraw(origin: string): void;
  /** Called after every swap; returns an unsubscribe function. */
  onChange(listener: (catalogue: Catalogue) => void): () => void;
};

export function createLiveCatalogue(initial: Catalogue = buildCatalogue([])): LiveCatalogue {
  let current = initial;
  const listeners = new Set<(catalogue: Catalogue) => void>();
  const swap = (next: Catalogue) => {
    current = next;
    for (const listener of listeners) listener(next);
  };
  return {
    current: () => current,
    serve: (briefing) => {
      const taken = idTakenBy(current, briefing.id, briefing.origin);
      if (taken) return { ok: false, problem: duplicateId(briefing, taken) };
      swap(withBriefing(current, briefing));
      return { ok: true };
    },
    fail: (origin, problems) => swap(withFailure(current, origin, problems)),
    withdraw: (origin) => swap(withoutOrigin(current, origin)),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function duplicateId(briefing: Briefing, takenBy: string): PackProblem {
  return {
    severity: 'error',
    file: `${briefing.origin}/pack.yaml`,
    field: 'id',
    message: `"${briefing.id}" is already served from ${takenBy}; each briefing needs its own id`,
  };
}
