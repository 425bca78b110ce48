import { buildDigest } from '../../../digest/build-digest.js';
import { dayInZone } from '../../../digest/dates.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief digest`: today's digest, privately, exactly as it would be posted. Reads only: claims and advances nothing. */
export async function briefDigestCallback({ respond, deps }: SubcommandInput): Promise<void> {
  const day = dayInZone(new Date(deps.nowMs()), deps.digestTimeZone);
  // Every briefing, as the posted digest covers them all (it rotates its figure and question across them).
  const packs = deps.briefings.current().briefings.map((briefing) => briefing.pack);
  const { message } = await buildDigest({ store: deps.store, packs, timeZone: deps.digestTimeZone }, day);
  await respond({ response_type: 'ephemeral', ...message });
}
