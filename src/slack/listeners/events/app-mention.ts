import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { threadScope } from '../../../conversation/conversation-scope.js';
import { answerAndPost } from '../../answer-and-post.js';
import { stripBotMention } from '../../ask-question.js';
import type { BotContext } from '../../deps.js';

/** A mention in a channel: the answer goes in a thread under the question (or in the thread it was asked in). */
export async function appMentionCallback({
  event,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> {
  const { deps } = context;
  // Bots (this one included), edits and other subtypes are not questions from a person.
  if (event.bot_id || event.subtype || event.edited || !event.user) return;
  const target = { channel: event.channel, threadTs: event.thread_ts ?? event.ts, onPosted: context.pending?.settle };
  const text = stripBotMention(event.text, context.botUserId);
  // The answer goes in a thread (a new one under a top-level mention), which is the conversation follow-ups read.
  const conversation = { scope: threadScope(target.channel, target.threadTs) };
  await answerAndPost(
    client,
    deps,
    target,
    { userId: event.user, text, via: 'mention', conversation, recovered: context.recoveredPending !== undefined },
    {
      message: 'could not answer a mention',
      fields: { channel: event.channel },
    },
  );
}
