import { renderSourcesBlocks } from '../../../render/sources.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief sources`: what the pack is built from. */
export async function briefSourcesCallback({ respond, deps }: SubcommandInput): Promise<void> {
  await respond({ response_type: 'ephemeral', ...renderSourcesBlocks(deps.engine.pack) });
}
