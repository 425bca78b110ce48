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
      return renderReplyBlocks(outcome.reply, {
        ...options,
        sources: deps.engine.pack.meta.sources,
        topics: outcome.reply.answered ? [] : deps.engine.topics(TOPICS_OFFERED),
      });
  }
}
