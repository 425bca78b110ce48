import type { Citation, Figure, Source } from '../knowledge/schema.js';

// How a figure, its attribution and a citation read in any output (Block Kit, plain text, App Home).
// Plain strings: callers escape for mrkdwn.

export function formatFigureValue(figure: Figure): string {
  const { value, unit } = figure;
  if (typeof value === 'string') return value;
  const number = value.toLocaleString('en-US');
  switch (unit) {
    case 'usd_billion':
      return `US$${number} billion`;
    case 'percent':
      return `${number}%`;
    case 'year':
      return String(value);
    default:
      return number;
  }
}

const KIND_LABEL: Record<Figure['attribution']['kind'], string> = {
  estimate: 'Estimate by',
  data: 'Data from',
  reported: 'Reported by',
  unattributed: 'Source:',
};

export function formatAttribution(figure: Figure): string {
  return `${KIND_LABEL[figure.attribution.kind]} ${figure.attribution.by} · ${figure.period}`;
}

export function sourceTitle(sources: Pick<Source, 'id' | 'title'>[], sourceId: string): string {
  return sources.find((source) => source.id === sourceId)?.title ?? sourceId;
}

/**
 * Where a citation is from: "paragraph 4, <source title>"; when the reply's briefing is known, its title and date
 * instead ("paragraph 4, <briefing title>, 2025-02-10"; "date not given" when the source has none), so with several
 * briefings a reader sees which one spoke. A briefing of several sources still names the source.
 */
export function citedFrom(
  citation: Citation,
  sources: Pick<Source, 'id' | 'title'>[],
  briefing?: { title: string; date: string | null },
): string {
  if (!briefing) return `paragraph ${citation.paragraph}, ${sourceTitle(sources, citation.source)}`;
  const of = sources.length > 1 ? ` of "${sourceTitle(sources, citation.source)}"` : '';
  return `paragraph ${citation.paragraph}${of}, ${briefing.title}, ${briefing.date ?? 'date not given'}`;
}
