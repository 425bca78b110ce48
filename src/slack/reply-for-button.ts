import type { Engine } from '../answer/engine.js';
import type { Reply } from '../answer/reply.js';
import type { AnswerRef } from '../render/button-value.js';

/** The answer a button stands for, rebuilt from its entry; undefined when the entry is gone from the pack. */
export function replyForButton(engine: Engine, ref: AnswerRef | undefined): Reply | undefined {
  return ref?.entryId ? engine.answerEntry(ref.entryId, ref.question) : undefined;
}
