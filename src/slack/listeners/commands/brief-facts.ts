import { renderFactsBlocks } from '../../../render/facts.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief facts [topic]`: the key figures, optionally about one topic, with attribution. */
export async function briefFactsCallback({ rest, respond, deps }: SubcommandInput): Promise<void> {
  await respond({ response_type: 'ephemeral', ...renderFactsBlocks(deps.engine.pack, rest) });
}
