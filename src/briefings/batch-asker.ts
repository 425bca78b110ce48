import type { Catalogue } from './catalogue.js';
import { type RouteOptions, routeQuestion } from './route-question.js';
import type { RoutedReply } from './routed-reply.js';

// `ask --batch` has nobody to press "Which briefing do you mean?"'s buttons. A batch is one person's list of
// questions, usually about one briefing (a curator trying a pack, a team's questions on the piece they read), so a
// question that fits every briefing ("tl;dr?", "who wrote this?") is read as a DM reads it after an answer: about the
// briefing the latest answer came from. Every other line is answered on its own, exactly as routeQuestion answers it.

/** Answers lines in order, remembering only which briefing the latest answer came from. */
export function batchAsker(catalogue: Catalogue, options: RouteOptions = {}): (question: string) => RoutedReply {
  let latest: string | undefined;
  return (question) => {
    let reply = routeQuestion(catalogue, question, options);
    if (reply.reason === 'which_briefing' && latest !== undefined && catalogue.get(latest)) {
      const fromLatest = routeQuestion(catalogue, question, { only: latest });
      if (fromLatest.answered || fromLatest.reason === 'not_stated') reply = fromLatest;
    }
    if (reply.answered && reply.pack !== null) latest = reply.pack;
    return reply;
  };
}
