import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderNoticeBlocks } from '../../../render/blocks.js';
import { MESSAGES } from '../../../render/messages.js';
import { askQuestion } from '../../ask-question.js';
import type { BotContext } from '../../deps.js';
import { postAnswer } from '../../post-answer.js';
import { renderOutcome } from '../../render-outcome.js';

/** A direct message: the answer comes back in the DM (in the thread, if the question was asked in one). */
export async function directMessageCallback({
  message,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'message'>): Promise<void> {
  // Only plain messages from people in a DM: no subtype (edits, joins, bot_message...) and no bot_id.
  if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
  const { deps } = context;
  const target = { channel: message.channel, threadTs: message.thread_ts };
  try {
    const outcome = await askQuestion(deps, { userId: message.user, text: message.text ?? '', via: 'dm' });
    await postAnswer(
      client,
      deps,
      target,
      renderOutcome(outcome, deps),
      outcome.kind === 'reply' ? outcome.reply : undefined,
    );
  } catch (error) {
    deps.logger.error('could not answer a direct message', { error });
    await postAnswer(client, deps, target, renderNoticeBlocks(MESSAGES.apology)).catch((inner) =>
      deps.logger.error('could not post the apology', { error: inner }),
    );
  }
}
