import { MAX_FILE_BYTES } from '../../../ingest/read-errors.js';
import { CURATING_MESSAGES } from '../../../render/curating-messages.js';
import { openAddWindow } from '../../add-window.js';
import { hasCurators, isCurator } from '../../curators.js';
import type { SubcommandInput } from './subcommand.js';

/**
 * `/brief add` (curators): the next file the curator shares in this conversation within a few minutes becomes a
 * briefing (see add-briefing-from-file.ts). Told only to them.
 */
export async function briefAddCallback({ command, respond, deps }: SubcommandInput): Promise<void> {
  if (!isCurator(deps, command.user_id)) {
    await respond({ response_type: 'ephemeral', text: CURATING_MESSAGES.notCuratorCommand(hasCurators(deps)) });
    return;
  }
  await openAddWindow(deps.store, command.channel_id, command.user_id, deps.nowMs());
  await respond({ response_type: 'ephemeral', text: CURATING_MESSAGES.addPrompt(MAX_FILE_BYTES / 1024 / 1024) });
}
