import type { ConversationTurn } from '../store/store.js';
import { looksLikeQuestion } from './looks-like-question.js';

// A message in a channel thread that does not mention the bot is answered only when it is surely meant for it: the
// bot has answered in that thread, the message comes from someone who asked it there, and it is a question addressed
// to no one else. Everything else in a thread is people talking to each other.

export function isUnmentionedFollowUp(message: { text: string; userId: string }, turns: readonly ConversationTurn[]) {
  return (
    turns.some((turn) => turn.userId === message.userId) &&
    looksLikeQuestion(message.text) &&
    !addressesSomeoneElse(message.text)
  );
}

/** "@maria did you send the deck?", "<!subteam^S1> thoughts?", "@here": meant for people. */
function addressesSomeoneElse(text: string): boolean {
  return /<@[UW][A-Z0-9]+(?:\|[^>]*)?>|<!(?:subteam\^|here|channel|everyone)[^>]*>/.test(text);
}
