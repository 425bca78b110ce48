import type { BriefingSummary } from '../briefings/summarise.js';
import type { Block, SlackMessage } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';

// `/brief sources` and App Home: the briefings served, newest first, each with where it is from and how much of
// it is still a draft. Takes plain summaries (see briefings/summarise.ts), so it renders without the catalogue.

/** What a list shows of a briefing: its summary (briefings/summarise.ts), less where it was loaded from. */
export type ListedBriefing = Omit<BriefingSummary, 'origin' | 'figures'>;

const MAX_LISTED = 40;

/** "Fixture Wire · 2025-02-10 · 9 entries, 2 still draft (22%)"; unknown outlet and date said out loud. */
export function describeBriefing(briefing: ListedBriefing): string {
  const entries = `${briefing.entries} ${briefing.entries === 1 ? 'entry' : 'entries'}`;
  const draft =
    briefing.drafts > 0
      ? `, ${briefing.drafts} still draft (${Math.round((briefing.drafts / Math.max(1, briefing.entries)) * 100)}%)`
      : ', none draft';
  return `${briefing.outlet ?? 'outlet not stated'} · ${briefing.date ?? 'date not stated'} · ${entries}${draft}`;
}

export function briefingSections(briefings: readonly ListedBriefing[], channelDefault?: string): Block[] {
  const blocks: Block[] = briefings.slice(0, MAX_LISTED).map((briefing) => {
    const title = briefing.url
      ? `<${encodeURI(briefing.url)}|${escapeMrkdwn(briefing.title)}>`
      : escapeMrkdwn(briefing.title);
    const mark = briefing.id === channelDefault ? ' _(this channel’s default)_' : '';
    const lines = [
      `*${title}*${mark}`,
      escapeMrkdwn(describeBriefing(briefing)),
      `_${escapeMrkdwn(briefing.description)}_`,
      `\`/brief use ${briefing.id}\``,
    ];
    return { type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) } };
  });
  if (briefings.length > MAX_LISTED)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `…and ${briefings.length - MAX_LISTED} older briefings.` }],
    });
  return blocks;
}

/** `/brief sources`: every briefing, newest first. */
export function renderBriefingListBlocks(briefings: readonly ListedBriefing[], channelDefault?: string): SlackMessage {
  const count = `${briefings.length} briefing${briefings.length === 1 ? '' : 's'}`;
  const header = `I answer from ${count}, newest first. \`/brief use <briefing>\` makes one this channel's default; \`/brief use all\` asks them all.`;
  return {
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: header } },
      ...briefingSections(briefings, channelDefault),
    ],
    text: `Briefings: ${briefings.map((b) => escapeMrkdwn(b.title)).join('; ')}`.slice(0, 3000),
  };
}
