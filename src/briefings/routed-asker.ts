import type { Asker, PastTurn } from '../conversation/answer-follow-up.js';
import type { Catalogue } from './catalogue.js';
import { type RouteOptions, routeQuestion } from './route-question.js';
import type { RoutedReply } from './routed-reply.js';

/**
 * The briefings as one asker for a conversation: a follow-up is read with the names of the briefing that answered
 * the turn before, and that briefing is tried first (it is what "he" and "it" are about); any briefing may answer.
 */
export function routedAsker(
  catalogue: Catalogue,
  last: PastTurn | undefined,
  options: RouteOptions = {},
): Asker<RoutedReply> {
  const about = (last?.pack && catalogue.get(last.pack)) || undefined;
  const reader = about ?? catalogue.briefings[0];
  const prefer = options.only === undefined ? (about?.id ?? options.prefer) : options.prefer;
  return {
    answer: (question) => routeQuestion(catalogue, question, { ...options, prefer }),
    readNames: (text) => (reader ? reader.engine().readNames(text) : { names: [], topics: [], hasOwnWords: true }),
  };
}
