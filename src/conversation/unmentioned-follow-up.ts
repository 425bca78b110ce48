import type { ConversationTurn } from '../store/store.js';
import { looksLikeQuestion } from './looks-like-question.js';

// A message in a channel thread that does not mention the bot is answered only when it is surely meant for it: the
// bot has answered in that thread, the message comes from someone who asked it there, and it is a question addressed
// to no one else. Everything else in a thread is people talking to each other.

/** What the text alone can tell, before the thread is read: a question, addressed to no one else. */
export function mayBeFollowUp(text: string): boolean {
  return looksLikeQuestion(text) && !addressesSomeoneElse(text);
}

export function isUnmentionedFollowUp(
  message: { text: string; userId: string },
  turns: readonly ConversationTurn[],
): boolean {
  return mayBeFollowUp(message.text) && turns.some((turn) => turn.userId === message.userId);
}

/** "@maria did you send the deck?", "<!subteam^S1> thoughts?", "@here": meant for people. */
function addressesSomeoneElse(text: string): boolean {
  return /<@[UW][A-Z0-9]+(?:\|[^>]*)?>|<!(?:subteam\^|here|channel|everyone)[^>]*>/.test(text);
}
