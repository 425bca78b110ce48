import type { BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { SlackMessage } from '../render/blocks.js';
import { type FittedRespond, updateMessage } from './send-message.js';

// "Answer in place" means different calls for different messages: an ephemeral message (a /brief reply) can only
// be replaced through its response_url, a normal message through chat.update. Listeners call this and never choose.

export async function replaceMessage(
  body: BlockAction<ButtonAction>,
  client: webApi.WebClient,
  respond: FittedRespond,
  message: SlackMessage,
): Promise<void> {
  const channel = body.container.channel_id ?? body.channel?.id;
  const ts = body.container.message_ts ?? body.message?.ts;
  if (isEphemeral(body) || typeof channel !== 'string' || typeof ts !== 'string') {
    await respond({ replace_original: true, response_type: 'ephemeral', ...message });
    return;
  }
  await updateMessage(client, { channel, ts }, message);
}

export function isEphemeral(body: BlockAction<ButtonAction>): boolean {
  return body.container.is_ephemeral === true;
}
