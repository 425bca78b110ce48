import { type Briefing, briefingDate, countDrafts } from './briefing.js';
import type { Catalogue } from './catalogue.js';

// What `/brief sources`, App Home and /healthz say about each briefing, read off the catalogue once.

export type BriefingSummary = {
  id: string;
  title: string;
  description: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  entries: number;
  figures: number;
  /** Entries still marked `draft: true` (not yet reviewed by a curator). */
  drafts: number;
  origin: string;
};

export function summariseBriefing(briefing: Briefing): BriefingSummary {
  const { pack } = briefing;
  const source = pack.meta.sources[0];
  return {
    id: briefing.id,
    title: pack.meta.title,
    description: pack.meta.description,
    outlet: source?.outlet ?? null,
    date: briefingDate(pack),
    url: source?.url ?? null,
    entries: pack.entries.length,
    figures: pack.figures.length,
    drafts: countDrafts(pack),
    origin: briefing.origin,
  };
}

/** Newest first, as the catalogue keeps them. */
export function summariseCatalogue(catalogue: Catalogue): BriefingSummary[] {
  return catalogue.briefings.map(summariseBriefing);
}

/** A briefing named by a person: its id, or its title (any case), or the one title that starts with what they typed. */
export function findBriefing(catalogue: Catalogue, name: string): Briefing | undefined {
  const wanted = name.trim().toLowerCase();
  if (wanted === '') return undefined;
  const exact = catalogue.briefings.find((b) => b.id === wanted || b.pack.meta.title.toLowerCase() === wanted);
  if (exact) return exact;
  const starting = catalogue.briefings.filter(
    (b) => b.id.startsWith(wanted) || b.pack.meta.title.toLowerCase().startsWith(wanted),
  );
  return starting.length === 1 ? starting[0] : undefined;
}

/** What help says the bot answers about: the one briefing's title, or how many there are. */
export function describeServed(catalogue: Catalogue): string {
  const { briefings } = catalogue;
  if (briefings.length === 1) return briefings[0].pack.meta.title;
  return `${briefings.length} briefings (\`/brief sources\` lists them)`;
}
