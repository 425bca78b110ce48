import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { addBriefingFromFile } from '../../add-briefing-from-file.js';
import type { BotContext } from '../../deps.js';

/** At most this many files of one message become briefings; a curator adds them one or a few at a time. */
const MAX_FILES_PER_MESSAGE = 5;

/**
 * A message sharing files (subtype file_share), in the bot's DM or a channel it is in: each file may become a
 * briefing (see add-briefing-from-file.ts). The same share also arrives as file_shared; the first one is handled.
 */
export async function fileShareMessageCallback({
  message,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'message'>): Promise<void> {
  if (message.subtype !== 'file_share' || !message.user || message.user === context.botUserId) return;
  const { deps } = context;
  for (const file of (message.files ?? []).slice(0, MAX_FILES_PER_MESSAGE)) {
    try {
      await addBriefingFromFile(client, deps, context.botToken, {
        fileId: file.id,
        userId: message.user,
        channel: message.channel,
        messageTs: message.ts,
        threadTs: message.thread_ts,
      });
    } catch (error) {
      deps.logger.error('could not handle a shared file', { error, file: file.id, channel: message.channel });
    }
  }
}
