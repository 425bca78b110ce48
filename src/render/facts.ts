import type { Figure, Pack } from '../knowledge/schema.js';
import type { Block, SlackMessage } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';
import { formatAttribution, formatFigureValue, sourceTitle } from './figure.js';
import { MESSAGES } from './messages.js';

// `/brief facts [topic]`: the pack's key figures with who stated them, for when, and where in the source.

const FIELDS_PER_SECTION = 10;

/** Figures about a topic: its words appear in the label or subject, or a Q&A entry tagged with it uses the figure. */
export function selectFigures(pack: Pack, topic: string): Figure[] {
  const wanted = normalise(topic);
  if (wanted === '') return pack.figures;
  const tagged = new Set(
    pack.entries.filter((entry) => entry.tags.some((tag) => normalise(tag).includes(wanted))).flatMap((e) => e.figures),
  );
  return pack.figures.filter(
    (figure) => tagged.has(figure.id) || normalise(`${figure.label} ${figure.subject} ${figure.id}`).includes(wanted),
  );
}

export function renderFactsBlocks(pack: Pack, topic: string): SlackMessage {
  const figures = selectFigures(pack, topic);
  if (figures.length === 0) {
    const message = MESSAGES.noFacts(topic);
    return { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: message } }], text: message };
  }
  const heading = topic.trim() ? `Key figures about "${truncate(topic.trim(), 100)}"` : 'Key figures in the briefing';
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(heading, 150) } }];
  const fields = figures.map((figure) => ({
    type: 'mrkdwn' as const,
    text: truncate(
      [
        `*${escapeMrkdwn(figure.label)}*`,
        escapeMrkdwn(formatFigureValue(figure)),
        `_${escapeMrkdwn(formatAttribution(figure))}_`,
        escapeMrkdwn(
          `paragraph ${figure.citation.paragraph}, ${sourceTitle(pack.meta.sources, figure.citation.source)}`,
        ),
      ].join('\n'),
      2000,
    ),
  }));
  for (let start = 0; start < fields.length; start += FIELDS_PER_SECTION) {
    blocks.push({ type: 'section', fields: fields.slice(start, start + FIELDS_PER_SECTION) });
  }
  return { blocks, text: `${heading}: ${figures.length}` };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}
