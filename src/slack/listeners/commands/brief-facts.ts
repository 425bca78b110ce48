import { renderFactsBlocks } from '../../../render/facts.js';
import { pickBriefing, readChannelBriefing } from '../../channel-briefing.js';
import type { SubcommandInput } from './subcommand.js';

/**
 * `/brief facts [topic]`: the key figures, optionally about one topic, with attribution, from one briefing: the
 * channel's default, else the one that answers the topic, else the newest.
 */
export async function briefFactsCallback({ rest, command, respond, deps }: SubcommandInput): Promise<void> {
  const prefer = await readChannelBriefing(deps.store, command.channel_id);
  const briefing = pickBriefing(deps.briefings.current(), prefer, rest);
  if (!briefing) return;
  await respond({ response_type: 'ephemeral', ...renderFactsBlocks(briefing.pack, rest) });
}
