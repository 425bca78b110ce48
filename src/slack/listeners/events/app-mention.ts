import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderNoticeBlocks } from '../../../render/blocks.js';
import { MESSAGES } from '../../../render/messages.js';
import { askQuestion, stripBotMention } from '../../ask-question.js';
import type { BotContext } from '../../deps.js';
import { postAnswer } from '../../post-answer.js';
import { renderOutcome } from '../../render-outcome.js';

/** A mention in a channel: the answer goes in a thread under the question (or in the thread it was asked in). */
export async function appMentionCallback({
  event,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> {
  const { deps } = context;
  // Bots (this one included), edits and other subtypes are not questions from a person.
  if (event.bot_id || event.subtype || event.edited || !event.user) return;
  const target = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
  try {
    const text = stripBotMention(event.text, context.botUserId);
    const outcome = await askQuestion(deps, { userId: event.user, text, via: 'mention' });
    await postAnswer(
      client,
      deps,
      target,
      renderOutcome(outcome, deps),
      outcome.kind === 'reply' ? outcome.reply : undefined,
    );
  } catch (error) {
    deps.logger.error('could not answer a mention', { error, channel: event.channel });
    await postAnswer(client, deps, target, renderNoticeBlocks(MESSAGES.apology)).catch((inner) =>
      deps.logger.error('could not post the apology', { error: inner }),
    );
  }
}
