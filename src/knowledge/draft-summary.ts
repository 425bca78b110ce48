import type { Pack } from './schema.js';

// How much of a pack nobody has reviewed yet: kb:new marks every entry and figure `draft: true`, and a curator
// removes the mark (or sets it false) once they have checked it.

export type DraftCount = { entries: number; totalEntries: number; figures: number; totalFigures: number };

export function countDrafts(pack: Pick<Pack, 'entries' | 'figures'>): DraftCount {
  return {
    entries: pack.entries.filter((e) => e.draft === true).length,
    totalEntries: pack.entries.length,
    figures: pack.figures.filter((f) => f.draft === true).length,
    totalFigures: pack.figures.length,
  };
}

/** "12 of 40 entries and 3 of 9 figures still draft". */
export function describeDrafts(count: DraftCount): string {
  return `${count.entries} of ${count.totalEntries} entries and ${count.figures} of ${count.totalFigures} figures still draft`;
}
