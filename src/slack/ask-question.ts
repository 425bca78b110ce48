import type { RoutedReply } from '../briefings/routed-reply.js';
import { MAX_QUESTION_LENGTH } from '../render/messages.js';
import { answerInConversation, type Conversation } from './answer-in-conversation.js';
import { readChannelBriefing } from './channel-briefing.js';
import type { BotDeps } from './deps.js';

// The one path every free-text question takes, whatever door it came in by: length check, per-user rate limit,
// the briefings (read with the conversation's earlier questions, when it has one), then the activity and curator
// logs. Slack-free, so mentions, DMs and /brief behave alike.

export type Via = 'mention' | 'dm' | 'thread' | 'command';
export type AskOutcome = { kind: 'reply'; reply: RoutedReply } | { kind: 'too_long' } | { kind: 'rate_limited' };

const MINUTE_MS = 60_000;

export type Question = {
  userId: string;
  text: string;
  via: Via;
  /** Where it was asked: the channel's default briefing is tried first. */
  channel?: string;
  /** The thread or DM it was asked in, when it may follow up on an earlier answer. */
  conversation?: Conversation;
  /** Asked before a crash and answered now (recover-pending.ts): it was let through then, so it is not counted again. */
  recovered?: boolean;
};

export async function askQuestion(deps: BotDeps, input: Question): Promise<AskOutcome> {
  if (input.text.length > MAX_QUESTION_LENGTH) return { kind: 'too_long' };
  const allowed =
    input.recovered ||
    (await deps.store.takeRateToken(`rate:${input.userId}`, deps.rateLimitPerMinute, MINUTE_MS, deps.nowMs()));
  if (!allowed) return { kind: 'rate_limited' };
  const prefer = await readChannelBriefing(deps.store, input.channel);
  const { reply, standalone } = input.conversation
    ? await answerInConversation(deps, input.conversation, input, { prefer })
    : await deps.answerQuestion({ text: input.text, prefer });
  await recordReply(deps, reply, input.via, standalone);
  return { kind: 'reply', reply };
}

/**
 * Activity for every reply, plus the curator log for questions the briefings do not answer, as they read on their
 * own ("is he (Wang Zheng) married?" rather than "is he married?"). Never fails the answer.
 */
export async function recordReply(
  deps: BotDeps,
  reply: RoutedReply,
  via: Via,
  question = reply.question,
): Promise<void> {
  const at = new Date(deps.nowMs()).toISOString();
  const briefing = reply.pack ? deps.briefings.current().get(reply.pack) : undefined;
  const tags = briefing?.pack.entries.find((entry) => entry.id === reply.entryId)?.tags ?? [];
  try {
    await deps.store.recordActivity({ at, answered: reply.answered, entryId: reply.entryId, tags });
    if (reply.reason === 'not_covered' || reply.reason === 'not_stated')
      await deps.store.recordUnanswered({ question, at, via, ...(reply.pack ? { pack: reply.pack } : {}) });
  } catch (error) {
    deps.logger.warn('could not record activity', { error });
  }
}

/** Removes the mention that addressed the bot ("<@U123> what is...") so only the question reaches the engine. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ').trim();
}
