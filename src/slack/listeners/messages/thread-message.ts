import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { threadScope } from '../../../conversation/conversation-scope.js';
import { isUnmentionedFollowUp, mayBeFollowUp } from '../../../conversation/unmentioned-follow-up.js';
import { answerAndPost } from '../../answer-and-post.js';
import { answerTurn, loadTurns } from '../../answer-in-conversation.js';
import { readChannelBriefing } from '../../channel-briefing.js';
import type { BotContext } from '../../deps.js';

/**
 * A reply in a channel thread that does not mention the bot: answered in the thread when it is a follow-up question
 * from someone who asked the bot there (see conversation/unmentioned-follow-up.ts), and left alone otherwise.
 */
export async function threadMessageCallback({
  message,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'message'>): Promise<void> {
  if (message.channel_type !== 'channel' && message.channel_type !== 'group') return;
  // People's replies only ("also send to channel" included): no edits, joins or bots.
  if (message.subtype !== undefined && message.subtype !== 'thread_broadcast') return;
  if (('bot_id' in message && message.bot_id) || !message.user) return;
  if (!message.thread_ts || message.thread_ts === message.ts) return;
  const text = message.text ?? '';
  // Slack sends a mention in a thread twice, as this message and as an app_mention (another event id): it is
  // answered there, always, and only there. A message that names the bot is never also answered here.
  if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
  // Talk in threads is common: the text alone rules most of it out before the store is read.
  if (!mayBeFollowUp(text)) return;
  const { deps } = context;
  try {
    const scope = threadScope(message.channel, message.thread_ts);
    const turns = await loadTurns(deps, scope);
    if (!isUnmentionedFollowUp({ text, userId: message.user }, turns)) return;
    // Unasked, the bot speaks only when the briefing has something to say: a question it cannot place may have been
    // meant for a colleague (a mention still gets "I don't know" and suggestions).
    const prefer = await readChannelBriefing(deps.store, message.channel);
    const { reply } = answerTurn(deps.briefings.current(), turns, text, { prefer });
    if (!reply.answered && reply.reason !== 'not_stated') {
      deps.logger.debug('left an unmentioned thread question the briefing does not cover', {
        channel: message.channel,
      });
      return;
    }
    await answerAndPost(
      client,
      deps,
      { channel: message.channel, threadTs: message.thread_ts },
      { userId: message.user, text, via: 'thread', conversation: { scope, turns } },
      { message: 'could not answer a follow-up in a thread', fields: { channel: message.channel } },
    );
  } catch (error) {
    deps.logger.error('could not read a thread message', { error, channel: message.channel });
  }
}
