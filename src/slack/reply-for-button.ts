import { answerEntry } from '../briefings/answer-entry.js';
import type { RoutedReply } from '../briefings/routed-reply.js';
import type { AnswerRef } from '../render/button-value.js';
import type { BotDeps } from './deps.js';

/** The answer a button stands for, rebuilt from its briefing's entry; undefined when the entry is gone. */
export function replyForButton(deps: BotDeps, ref: AnswerRef | undefined): RoutedReply | undefined {
  return answerEntry(deps.briefings.current(), ref);
}
