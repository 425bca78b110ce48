import { normaliseWhitespace } from '../knowledge/paragraphs.js';
import type { Citation, Figure, Source } from '../knowledge/schema.js';
import { amountOf, writtenAmount } from './amount.js';

// How a figure, its attribution and a citation read in any output (Block Kit, plain text, App Home, digest).
// Plain strings: callers escape for mrkdwn.

/**
 * The value as the article writes it, with its unit: "$64.3 billion", "24%", "June". A rank written as a bare word
 * ("largest") reads as its stated comparison ("Southeast Asia’s largest economy"), which says what it ranks. A numeric
 * value (legacy packs) is written from its unit: "$64.3 billion" for money, "24%" for percent.
 */
export function formatFigureValue(figure: Figure): string {
  const { value } = figure;
  if (typeof value === 'string') {
    const statement = figure.comparison?.statement;
    if (figure.unit === 'rank' && statement && !/\d/.test(value) && statement.includes(value))
      return normaliseWhitespace(statement);
    return normaliseWhitespace(value);
  }
  const amount = amountOf(figure);
  if (amount && (amount.unit !== 'money' || amount.currency)) return writtenAmount(amount);
  return figure.unit === 'year' ? String(value) : value.toLocaleString('en-US');
}

const KIND_LABEL: Record<Figure['attribution']['kind'], string> = {
  estimate: 'Estimate by',
  data: 'Data from',
  reported: 'Reported by',
  unattributed: 'Source:',
};

const NOT_STATED = /^not stated in the article\b[\s,;:.]*/i;

/**
 * Who gave the figure and for when, each said once: "Estimate by Momentum Works · last year", "Source not named in
 * the article · by 2025", "Source and period not stated in the article (described as TikTok's response ...)".
 */
export function formatAttribution(figure: Figure): string {
  const { by, kind } = figure.attribution;
  const named = !NOT_STATED.test(by.trim());
  const periodStated = !NOT_STATED.test(figure.period.trim());
  // "Not stated in the article (present tense; ...)": the qualifier after those words is what the curator adds.
  const qualifier = periodStated ? '' : figure.period.trim().replace(NOT_STATED, '');
  const andQualifier = qualifier ? ` ${qualifier}` : '';
  if (named)
    return `${KIND_LABEL[kind]} ${by} · ${periodStated ? figure.period : `period not stated in the article${andQualifier}`}`;
  if (periodStated) return `Source not named in the article · ${figure.period}`;
  return `Source and period not stated in the article${andQualifier}`;
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
