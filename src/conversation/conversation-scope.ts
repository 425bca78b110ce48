import type { ConversationTurn } from '../store/store.js';

// Which conversation a message belongs to, and how long one lasts. A channel thread (or a thread in a DM) is one
// conversation for a week after its last answer; the top of a DM has no threads to tell questions apart, so there a
// message only follows up on an answer from the last 30 minutes.

export type ConversationScope = { key: string; ttlSeconds: number };

export const THREAD_TTL_SECONDS = 7 * 24 * 60 * 60;
export const DIRECT_MESSAGE_TTL_SECONDS = 30 * 60;
/** Turns kept per conversation: a follow-up reads the latest one, which carries the thread's topic forward. */
export const KEPT_TURNS = 5;

export function threadScope(channel: string, threadTs: string): ConversationScope {
  return { key: `${channel}:${threadTs}`, ttlSeconds: THREAD_TTL_SECONDS };
}

export function directMessageScope(channel: string, threadTs: string | undefined): ConversationScope {
  return threadTs ? threadScope(channel, threadTs) : { key: channel, ttlSeconds: DIRECT_MESSAGE_TTL_SECONDS };
}

/**
 * The turns a new message may follow up on: all of them while the latest is younger than the scope's time to live,
 * none after. The store expires conversations too; this holds on any backend's clock.
 */
export function liveTurns(
  turns: readonly ConversationTurn[],
  scope: ConversationScope,
  nowMs: number,
): ConversationTurn[] {
  const latest = turns.at(-1);
  if (!latest) return [];
  const age = nowMs - Date.parse(latest.at);
  return Number.isFinite(age) && age <= scope.ttlSeconds * 1000 ? [...turns] : [];
}
