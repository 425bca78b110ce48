import type { Pack } from '../knowledge/schema.js';
import type { Block, SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

// `/brief sources`: what the pack is built from, with "not stated" said out loud rather than guessed.

export function renderSourcesBlocks(pack: Pack): SlackMessage {
  const blocks: Block[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${escapeMrkdwn(pack.meta.title)}*\n${escapeMrkdwn(pack.meta.description)}\n_${pack.entries.length} questions and ${pack.figures.length} figures, built from:_`,
      },
    },
  ];
  for (const source of pack.meta.sources) {
    const title = source.url ? `<${encodeURI(source.url)}|${escapeMrkdwn(source.title)}>` : escapeMrkdwn(source.title);
    const lines = [
      `*${title}*`,
      `Outlet: ${escapeMrkdwn(source.outlet ?? 'not stated')} · Published: ${escapeMrkdwn(source.published ?? 'not stated')}`,
    ];
    if (source.note) lines.push(`_${escapeMrkdwn(source.note)}_`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 3000) } });
  }
  return { blocks, text: `Sources for ${escapeMrkdwn(pack.meta.title)}` };
}
