import { isThanks } from '../match/chit-chat.js';
import { isHelpRequest } from '../match/help-request.js';
import { normaliseText } from '../match/normalise.js';
import type { Catalogue } from './catalogue.js';
import { describeServed } from './summarise.js';
import { topicsAcross } from './topics.js';

// "hi", "help", "who are you?", "thanks!": no question about a briefing, so no "I don't know". What the bot says to
// them is the same in Slack and on the command line; each edge renders it its own way.

export type SmallTalk = { kind: 'thanks' } | { kind: 'help'; served: string; examples: string[] };

/** How many questions help offers to try. */
const HELP_EXAMPLES = 3;

/** The small talk a message is, with what help shows for it; undefined for a question. */
export function smallTalkOf(catalogue: () => Catalogue, text: string): SmallTalk | undefined {
  if (isHelpRequest(text)) {
    const served = catalogue();
    const examples = topicsAcross(served, HELP_EXAMPLES, 'examples').map((topic) => topic.question);
    return { kind: 'help', served: describeServed(served), examples };
  }
  // "thanks, that helped": a thank-you is not a question the briefings fail to cover.
  if (isThanks(normaliseText(text))) return { kind: 'thanks' };
  return undefined;
}
