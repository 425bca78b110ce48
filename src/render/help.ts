import type { Block, SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

// `/brief help`: generated from the subcommand table, so a new subcommand documents itself.

export type CommandHelp = { usage: string; description: string };

export function renderHelpBlocks(packTitle: string, commands: CommandHelp[], examples: string[]): SlackMessage {
  const usage = commands.map((command) => `• \`${command.usage}\` ${escapeMrkdwn(command.description)}`).join('\n');
  const blocks: Block[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `I answer questions about *${escapeMrkdwn(packTitle)}*, with sources.` },
    },
    { type: 'section', text: { type: 'mrkdwn', text: usage } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: 'You can also mention me in a channel or send me a direct message.' },
    },
  ];
  if (examples.length > 0) {
    const list = examples.map((example) => `• ${escapeMrkdwn(example)}`).join('\n');
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `*Try asking:*\n${list}` }] });
  }
  return { blocks, text: `Briefing Bot help: ${escapeMrkdwn(packTitle)}` };
}
