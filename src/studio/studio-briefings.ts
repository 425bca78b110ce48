import type { Engine } from '../answer/engine.js';
import type { Pack } from '../knowledge/schema.js';

// What the studio needs from "the packs and their engines", and nothing more: list them, get one, reload one after
// a write. catalogue-briefings.ts implements it over the bot's own briefing catalogue (src/briefings/), so the studio
// never builds a second way of loading or answering.

export type StudioBriefing = {
  /** The pack's id (pack.yaml): the only thing a URL names, looked up here, never joined into a path. */
  id: string;
  /** The folder its files are in, where edits are written. */
  folder: string;
  pack: Pack;
  engine: Engine;
};

/** A pack folder that does not load: shown with the loader's report, so a curator knows why it is missing. */
export type FailedFolder = { folder: string; report: string };

export type BriefingsView = { briefings: StudioBriefing[]; failed: FailedFolder[] };

export type StudioBriefings = {
  /** Every briefing, as its files are now. */
  list(): Promise<BriefingsView>;
  get(id: string): Promise<StudioBriefing | undefined>;
  /** Loads a briefing's folder again after the studio wrote to it; resolves when the new engine is in place. */
  reload(id: string): Promise<void>;
};
