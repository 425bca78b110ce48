import type { Figure, Source } from '../knowledge/schema.js';

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
