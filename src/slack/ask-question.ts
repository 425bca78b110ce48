import type { Reply } from '../answer/reply.js';
import { MAX_QUESTION_LENGTH } from '../render/messages.js';
import type { BotDeps } from './deps.js';

// The one path every free-text question takes, whatever door it came in by: length check, per-user rate limit,
// the engine, then the activity and curator logs. Slack-free, so mentions, DMs and /brief behave alike.

export type Via = 'mention' | 'dm' | 'command';
export type AskOutcome = { kind: 'reply'; reply: Reply } | { kind: 'too_long' } | { kind: 'rate_limited' };

const MINUTE_MS = 60_000;

export type Question = {
  userId: string;
  text: string;
  via: Via;
  /** Asked before a crash and answered now (recover-pending.ts): it was let through then, so it is not counted again. */
  recovered?: boolean;
};

export async function askQuestion(deps: BotDeps, input: Question): Promise<AskOutcome> {
  if (input.text.length > MAX_QUESTION_LENGTH) return { kind: 'too_long' };
  const allowed =
    input.recovered ||
    (await deps.store.takeRateToken(`rate:${input.userId}`, deps.rateLimitPerMinute, MINUTE_MS, deps.nowMs()));
  if (!allowed) return { kind: 'rate_limited' };
  const reply = await deps.answerQuestion(input.text);
  await recordReply(deps, reply, input.via);
  return { kind: 'reply', reply };
}

/** Activity for every reply, plus the curator log for questions the briefing does not answer. Never fails the answer. */
export async function recordReply(deps: BotDeps, reply: Reply, via: Via): Promise<void> {
  const at = new Date(deps.nowMs()).toISOString();
  const tags = deps.engine.pack.entries.find((entry) => entry.id === reply.entryId)?.tags ?? [];
  try {
    await deps.store.recordActivity({ at, answered: reply.answered, entryId: reply.entryId, tags });
    if (reply.reason === 'not_covered' || reply.reason === 'not_stated')
      await deps.store.recordUnanswered({ question: reply.question, at, via });
  } catch (error) {
    deps.logger.warn('could not record activity', { error });
  }
}

/** Removes the mention that addressed the bot ("<@U123> what is...") so only the question reaches the engine. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ').trim();
}
