import { buildDigest } from '../../../digest/build-digest.js';
import { dayInZone } from '../../../digest/dates.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief digest`: today's digest, privately, exactly as it would be posted. Reads only: claims and advances nothing. */
export async function briefDigestCallback({ respond, deps }: SubcommandInput): Promise<void> {
  const day = dayInZone(new Date(deps.nowMs()), deps.digestTimeZone);
  const { message } = await buildDigest(
    { store: deps.store, pack: deps.engine.pack, timeZone: deps.digestTimeZone },
    day,
  );
  await respond({ response_type: 'ephemeral', ...message });
}
