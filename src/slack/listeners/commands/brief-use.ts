import { findBriefing } from '../../../briefings/summarise.js';
import { MESSAGES } from '../../../render/messages.js';
import { writeChannelBriefing } from '../../channel-briefing.js';
import type { SubcommandInput } from './subcommand.js';

/**
 * `/brief use <briefing>`: questions in this channel try that briefing first (the others still answer what it does
 * not); `/brief use all` clears it. Stored in the Store, so every instance agrees. Said in the channel, since it
 * changes what everyone there gets.
 */
export async function briefUseCallback({ rest, command, respond, deps }: SubcommandInput): Promise<void> {
  const name = rest.trim();
  const catalogue = deps.briefings.current();
  if (name === '') {
    await respond({ response_type: 'ephemeral', text: MESSAGES.useUsage(catalogue.briefings.map((b) => b.id)) });
    return;
  }
  if (name.toLowerCase() === 'all') {
    await writeChannelBriefing(deps.store, command.channel_id, null);
    await respond({ response_type: 'in_channel', text: MESSAGES.usingAll(command.user_id) });
    return;
  }
  const briefing = findBriefing(catalogue, name);
  if (!briefing) {
    await respond({
      response_type: 'ephemeral',
      text: MESSAGES.unknownBriefing(
        name,
        catalogue.briefings.map((b) => b.id),
      ),
    });
    return;
  }
  await writeChannelBriefing(deps.store, command.channel_id, briefing.id);
  await respond({
    response_type: 'in_channel',
    text: MESSAGES.usingBriefing(command.user_id, briefing.pack.meta.title),
  });
}
