import type { Catalogue } from '../briefings/catalogue.js';
import type { RouteOptions } from '../briefings/route-question.js';
import { routedAsker } from '../briefings/routed-asker.js';
import type { RoutedReply } from '../briefings/routed-reply.js';
import { answerFollowUp, type FollowUpAnswer, type PastTurn } from '../conversation/answer-follow-up.js';
import { type ConversationScope, KEPT_TURNS, liveTurns } from '../conversation/conversation-scope.js';
import type { ConversationTurn } from '../store/store.js';
import type { BotDeps } from './deps.js';

// A message in a conversation (a thread, a DM) is read with the conversation's earlier questions from the store, and
// its own turn is stored for the next one. The store is shared by every instance and survives restarts, so a
// follow-up is understood whichever instance receives it.

export type Conversation = {
  scope: ConversationScope;
  /** The turns already read from the store (the thread listener reads them to decide whether to answer at all). */
  turns?: ConversationTurn[];
};

export async function loadTurns(deps: BotDeps, scope: ConversationScope): Promise<ConversationTurn[]> {
  return liveTurns(await deps.store.listTurns(scope.key), scope, deps.nowMs());
}

/** A follow-up read with its conversation, across the briefings; the briefing the last answer came from first. */
export function answerTurn(
  catalogue: Catalogue,
  turns: readonly PastTurn[],
  text: string,
  options: RouteOptions = {},
): FollowUpAnswer<RoutedReply> {
  return answerFollowUp(routedAsker(catalogue, turns.at(-1), options), turns, text);
}

export async function answerInConversation(
  deps: BotDeps,
  conversation: Conversation,
  question: { userId: string; text: string },
  options: { prefer?: string } = {},
): Promise<FollowUpAnswer<RoutedReply>> {
  const turns = conversation.turns ?? (await loadTurns(deps, conversation.scope));
  const { reply, standalone } = await deps.answerQuestion({ text: question.text, prefer: options.prefer, turns });
  const turn: ConversationTurn = {
    question: question.text,
    standalone,
    entryId: reply.entryId,
    answered: reply.answered,
    pack: reply.pack,
    userId: question.userId,
    at: new Date(deps.nowMs()).toISOString(),
  };
  await deps.store.recordTurn(conversation.scope.key, turn, {
    keep: KEPT_TURNS,
    ttlSeconds: conversation.scope.ttlSeconds,
  });
  return { reply, standalone };
}
