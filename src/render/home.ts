import type { types } from '@slack/bolt';
import type { Suggestion } from '../answer/reply.js';
import type { Block } from './blocks.js';
import { briefingSections, type ListedBriefing } from './briefing-list.js';
import { escapeMrkdwn } from './escape.js';

// App Home: how to ask, the briefings it answers from (newest first, with how much is still draft), and example
// questions across them.

export function renderHomeView(briefings: readonly ListedBriefing[], examples: readonly Suggestion[]): types.HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Briefing Bot' } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [
          '*How to ask*',
          '• Mention me in a channel: I answer in a thread.',
          '• Send me a direct message.',
          '• `/brief <question>` answers privately, with a button to share.',
          '• `/brief facts [topic]` lists key figures; `/brief sources` lists the briefings.',
          '• `/brief use <briefing>` makes a briefing a channel’s default.',
        ].join('\n'),
      },
    },
    { type: 'divider' },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*Briefings, newest first* (${briefings.length})` },
    },
    ...briefingSections(briefings),
  ];
  if (examples.length > 0) {
    const list = examples.map((example) => `• ${escapeMrkdwn(example.question)}`).join('\n');
    blocks.push({ type: 'divider' });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Example questions*\n${list}` } });
  }
  // Slack allows 100 blocks in a Home view.
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
