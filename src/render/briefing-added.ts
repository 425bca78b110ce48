import type { DraftSummary } from '../ingest/draft-pack.js';
import { FORMAT_NAMES, type Page } from '../ingest/page.js';
import type { Block, SlackMessage } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';

// The reply to a curator whose file became a briefing: what was found in it (the same facts kb:new prints), that it
// is live, how to try it and how to take it down.

export type AddedBriefing = {
  summary: DraftSummary;
  page: Pick<Page, 'title' | 'author' | 'outlet' | 'published' | 'language' | 'format'>;
  fileName: string;
  /** Where it is kept: its pack folder, or Redis. */
  keptIn: string;
  /** Set when the id drafted from the title was taken, so the briefing got another. */
  renamed?: string;
};

export function renderBriefingAdded(added: AddedBriefing): SlackMessage {
  const { summary, page } = added;
  const share = Math.round(summary.draftShare * 100);
  const facts = [
    `*Title:* ${escapeMrkdwn(page.title)}`,
    ...(page.author ? [`*Author:* ${escapeMrkdwn(page.author)}`] : []),
    ...(page.outlet ? [`*Outlet:* ${escapeMrkdwn(page.outlet)}`] : []),
    ...(page.published ? [`*Published:* ${escapeMrkdwn(page.published)}`] : []),
    `*Language:* ${escapeMrkdwn(page.language)}`,
    `*Paragraphs:* ${summary.paragraphs} · *Figures:* ${summary.figures} · *Entries:* ${summary.entries}, ${share}% still draft`,
  ];
  const blocks: Block[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(
          `:white_check_mark: New briefing \`${escapeMrkdwn(summary.id)}\` from ${escapeMrkdwn(added.fileName)} (${FORMAT_NAMES[page.format]}), live now.\n${facts.join('\n')}`,
          3000,
        ),
      },
    },
  ];
  if (summary.sampleQuestions.length > 0)
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(
          `*It can answer, for example:*\n${summary.sampleQuestions.map((q) => `• ${escapeMrkdwn(q)}`).join('\n')}`,
          3000,
        ),
      },
    });
  const notes = [
    ...(added.renamed ? [added.renamed] : []),
    `Every entry is a draft until a curator reviews it (docs/curating.md). Kept in ${escapeMrkdwn(added.keptIn)}. \`/brief remove ${escapeMrkdwn(summary.id)}\` takes it down.`,
  ];
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(notes.join('\n'), 3000) }] });
  return {
    blocks,
    text: `New briefing: ${escapeMrkdwn(page.title)} (${summary.paragraphs} paragraphs, ${summary.figures} figures, ${summary.entries} entries, ${share}% still draft)`,
  };
}
