import type { types } from '@slack/bolt';
import type { Suggestion } from '../answer/reply.js';
import type { Pack } from '../knowledge/schema.js';
import type { Block } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';
import { formatFigureValue } from './figure.js';

// App Home: what the bot knows (topics, key figures), example questions and how to ask.

const TOPIC_COUNT = 12;
const FIGURE_COUNT = 8;

/** Topic tags by how many entries use them, most used first (ties alphabetical, so the page is stable). */
export function listTopics(pack: Pack, limit = TOPIC_COUNT): string[] {
  const counts = new Map<string, number>();
  for (const tag of pack.entries.flatMap((entry) => entry.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([tag]) => tag.replace(/-/g, ' '));
}

export function renderHomeView(pack: Pack, examples: Suggestion[]): types.HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(pack.meta.title, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(pack.meta.description) } },
    { type: 'divider' },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [
          '*How to ask*',
          '• Mention me in a channel: I answer in a thread.',
          '• Send me a direct message.',
          '• `/brief <question>` answers privately, with a button to share.',
          '• `/brief facts [topic]` lists key figures; `/brief sources` shows what I am built from.',
        ].join('\n'),
      },
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*Topics*\n${listTopics(pack).map(escapeMrkdwn).join(' · ')}` },
    },
  ];
  const figures = pack.figures.slice(0, FIGURE_COUNT);
  if (figures.length > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '*Key figures*' } });
    blocks.push({
      type: 'section',
      fields: figures.map((figure) => ({
        type: 'mrkdwn',
        text: truncate(`*${escapeMrkdwn(figure.label)}*\n${escapeMrkdwn(formatFigureValue(figure))}`, 2000),
      })),
    });
  }
  if (examples.length > 0) {
    const list = examples.map((example) => `• ${escapeMrkdwn(example.question)}`).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Example questions*\n${list}` } });
  }
  return { type: 'home', blocks };
}
