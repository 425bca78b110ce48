import { findBriefing } from '../../../briefings/summarise.js';
import { CURATING_MESSAGES } from '../../../render/curating-messages.js';
import { MESSAGES } from '../../../render/messages.js';
import { hasCurators, isCurator } from '../../curators.js';
import type { SubcommandInput } from './subcommand.js';

/**
 * `/brief remove <briefing>` (curators): takes a briefing down on every instance. Its files are moved aside or deleted
 * as its store does it (see briefings/*-briefing-store.ts). Said in the channel, since everyone there loses it.
 */
export async function briefRemoveCallback({ rest, command, respond, deps }: SubcommandInput): Promise<void> {
  if (!isCurator(deps, command.user_id) || !deps.curating) {
    await respond({ response_type: 'ephemeral', text: CURATING_MESSAGES.notCuratorCommand(hasCurators(deps)) });
    return;
  }
  const name = rest.trim();
  const catalogue = deps.briefings.current();
  if (name === '') {
    await respond({ response_type: 'ephemeral', text: CURATING_MESSAGES.removeUsage });
    return;
  }
  const briefing = findBriefing(catalogue, name);
  if (!briefing) {
    const ids = catalogue.briefings.map((b) => b.id);
    await respond({ response_type: 'ephemeral', text: MESSAGES.unknownBriefing(name, ids) });
    return;
  }
  const title = briefing.pack.meta.title;
  const removed = await deps.curating.store.remove(briefing);
  if (!removed.ok) {
    await respond({ response_type: 'ephemeral', text: CURATING_MESSAGES.cannotRemove(title, removed.error.message) });
    return;
  }
  await respond({
    response_type: 'in_channel',
    text: `${CURATING_MESSAGES.removed(command.user_id, title, briefing.id)} ${CURATING_MESSAGES.removedFiles(removed.filesNow)}`,
  });
}
