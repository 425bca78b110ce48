import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { addBriefingFromFile } from '../../add-briefing-from-file.js';
import type { BotContext } from '../../deps.js';

/**
 * file_shared: a file was shared where the bot can see it (its DM, a channel it is in). Only ids come with it; the
 * same share also arrives as a message with subtype file_share, and whichever comes first is handled.
 */
export async function fileSharedCallback({
  event,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'file_shared'>): Promise<void> {
  // The bot's own uploads (charts) are announced too.
  if (!event.user_id || event.user_id === context.botUserId) return;
  const { deps } = context;
  try {
    await addBriefingFromFile(client, deps, context.botToken, {
      fileId: event.file_id,
      userId: event.user_id,
      channel: event.channel_id,
    });
  } catch (error) {
    deps.logger.error('could not handle a shared file', { error, file: event.file_id, channel: event.channel_id });
  }
}
