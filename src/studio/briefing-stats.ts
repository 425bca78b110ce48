import type { Pack } from '../knowledge/schema.js';

// The numbers the Briefings page shows for one pack: its size, how much of the article its entries cite, how much a
// curator has still to review, and how many of its questions are waiting. Pure.

export type BriefingStats = {
  entries: number;
  draftEntries: number;
  figures: number;
  draftFigures: number;
  paragraphs: number;
  /** Paragraphs some entry cites (kb:check warns about the others). */
  citedParagraphs: number;
  unanswered: number;
  thumbsDown: number;
};

export function briefingStats(pack: Pack, waiting: { unanswered: number; thumbsDown: number }): BriefingStats {
  const cited = new Set(pack.entries.flatMap((e) => e.citations.map((c) => `${c.source}:${c.paragraph}`)));
  const paragraphs = pack.sources.flatMap((s) => s.paragraphs.map((_, i) => `${s.id}:${i + 1}`));
  return {
    entries: pack.entries.length,
    draftEntries: pack.entries.filter((e) => e.draft === true).length,
    figures: pack.figures.length,
    draftFigures: pack.figures.filter((f) => f.draft === true).length,
    paragraphs: paragraphs.length,
    citedParagraphs: paragraphs.filter((p) => cited.has(p)).length,
    ...waiting,
  };
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
}
