import { createEngine, type Engine } from '../answer/engine.js';
import { failsChecks } from '../knowledge/check-pack.js';
import type { Pack } from '../knowledge/schema.js';
import { type BriefingProfile, profileBriefing } from './briefing-profile.js';

// One served briefing: a validated pack, its own engine (src/answer/engine.ts, exactly as with one pack) and the
// vocabulary routing compares questions with. Immutable once made; a reload makes a new Briefing.

export type Briefing = {
  id: string;
  pack: Pack;
  /** Where it came from, for logs and /healthz: a pack folder now, a store key for briefings added from Slack. */
  origin: string;
  profile: BriefingProfile;
  /**
   * The pack's engine. Building one takes ~70 ms for a pack of the first one's size, so it is built on first use (or
   * by warmUp after start): 100 briefings start in a fraction of the time, and a briefing nobody asks about costs
   * only its load. The engine is a pure function of the pack, so building it later changes no answer.
   */
  engine(): Engine;
  /** True once the engine is built. */
  readonly warm: boolean;
  /**
   * True when the pack, loaded without its `not_stated` phrasing checks to start faster, failed them at its first
   * use: it then answers nothing, and is to be reported and taken down (see warm-up.ts).
   */
  readonly failed: boolean;
};

export type BriefingOptions = {
  threshold: number;
  origin: string;
  /** The routing vocabulary when already read (by a worker thread); read from the pack otherwise. */
  profile?: BriefingProfile;
  /** False: the pack was loaded without its `not_stated` phrasing checks, run here before its first answer. */
  phrasingsChecked?: boolean;
};

export function createBriefing(pack: Pack, options: BriefingOptions): Briefing {
  let engine: Engine | undefined;
  let failed = false;
  return {
    id: pack.meta.id,
    pack,
    origin: options.origin,
    profile: options.profile ?? profileBriefing(pack),
    engine: () => {
      if (engine) return engine;
      failed = options.phrasingsChecked === false && failsChecks(pack);
      // A pack that fails a check answers nothing, as if it had failed at load.
      engine = createEngine(failed ? { ...pack, entries: [], notStated: [], figures: [] } : pack, {
        threshold: options.threshold,
      });
      return engine;
    },
    get warm() {
      return engine !== undefined;
    },
    get failed() {
      return failed;
    },
  };
}

/** Entries still marked as drafts (`draft: true`, written by kb:new until a curator reviews them). */
export function countDrafts(pack: Pack): number {
  return pack.entries.filter((entry) => (entry as { draft?: unknown }).draft === true).length;
}

/** The date a reader sees for a briefing: its first source's publication date, or null when unknown. */
export function briefingDate(pack: Pack): string | null {
  return pack.meta.sources.find((source) => source.published)?.published ?? null;
}

/** How a reply names its briefing: title and date. */
export function briefingLabel(briefing: Briefing): { title: string; date: string | null } {
  return { title: briefing.pack.meta.title, date: briefingDate(briefing.pack) };
}
