import { summariseCatalogue } from '../../../briefings/summarise.js';
import { renderBriefingListBlocks } from '../../../render/briefing-list.js';
import { readChannelBriefing } from '../../channel-briefing.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief sources`: the briefings served, newest first, with outlet, date, entries and how much is still draft. */
export async function briefSourcesCallback({ command, respond, deps }: SubcommandInput): Promise<void> {
  const channelDefault = await readChannelBriefing(deps.store, command.channel_id);
  const briefings = summariseCatalogue(deps.briefings.current());
  await respond({ response_type: 'ephemeral', ...renderBriefingListBlocks(briefings, channelDefault) });
}
