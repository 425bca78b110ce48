import type { RoutedReply } from '../briefings/routed-reply.js';
import { topicsAcross } from '../briefings/topics.js';
import { type ReplyRenderOptions, renderNoticeBlocks, renderReplyBlocks, type SlackMessage } from '../render/blocks.js';
import { MESSAGES } from '../render/messages.js';
import type { AskOutcome } from './ask-question.js';
import type { BotDeps } from './deps.js';

const TOPICS_OFFERED = 5;

/** Turns what askQuestion decided into the message to send, with the pack's sources and topics filled in. */
export function renderOutcome(
  outcome: AskOutcome,
  deps: BotDeps,
  options: Omit<ReplyRenderOptions, 'sources' | 'topics'> = {},
): SlackMessage {
  switch (outcome.kind) {
    case 'too_long':
      return renderNoticeBlocks(MESSAGES.tooLong);
    case 'rate_limited':
      return renderNoticeBlocks(MESSAGES.rateLimited(deps.rateLimitPerMinute));
    case 'reply':
      return renderRoutedReply(outcome.reply, {
        ...options,
        topics: outcome.reply.answered ? [] : topicsAcross(deps.briefings.current(), TOPICS_OFFERED),
      });
  }
}

/** A reply with its briefing's sources, title and date in the citation lines. */
export function renderRoutedReply(
  reply: RoutedReply,
  options: Omit<ReplyRenderOptions, 'sources' | 'briefing'> = {},
): SlackMessage {
  return renderReplyBlocks(reply, {
    ...options,
    sources: reply.briefing?.sources ?? [],
    briefing: reply.briefing ?? undefined,
  });
}
