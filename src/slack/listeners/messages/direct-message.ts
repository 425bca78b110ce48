import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { directMessageScope } from '../../../conversation/conversation-scope.js';
import { answerAndPost } from '../../answer-and-post.js';
import type { BotContext } from '../../deps.js';

/** A direct message: the answer comes back in the DM (in the thread, if the question was asked in one). */
export async function directMessageCallback({
  message,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'message'>): Promise<void> {
  // Only plain messages from people in a DM: no subtype (edits, joins, bot_message...) and no bot_id.
  if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
  const { deps } = context;
  const target = { channel: message.channel, threadTs: message.thread_ts, onPosted: context.pending?.settle };
  // A DM thread is a conversation like a channel thread; at the top of a DM a message follows up on a recent answer.
  const conversation = { scope: directMessageScope(message.channel, message.thread_ts) };
  const question = {
    userId: message.user,
    text: message.text ?? '',
    via: 'dm' as const,
    conversation,
    recovered: context.recoveredPending !== undefined,
  };
  await answerAndPost(client, deps, target, question, { message: 'could not answer a direct message' });
}
