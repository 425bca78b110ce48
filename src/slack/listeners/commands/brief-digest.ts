import { buildDigest } from '../../../digest/build-digest.js';
import { dayInZone } from '../../../digest/dates.js';
import { pickBriefing, readChannelBriefing } from '../../channel-briefing.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief digest`: today's digest, privately, exactly as it would be posted. Reads only: claims and advances nothing. */
export async function briefDigestCallback({ command, respond, deps }: SubcommandInput): Promise<void> {
  const day = dayInZone(new Date(deps.nowMs()), deps.digestTimeZone);
  const prefer = await readChannelBriefing(deps.store, command.channel_id);
  const briefing = pickBriefing(deps.briefings.current(), prefer);
  if (!briefing) return;
  const { message } = await buildDigest({ store: deps.store, pack: briefing.pack, timeZone: deps.digestTimeZone }, day);
  await respond({ response_type: 'ephemeral', ...message });
}
