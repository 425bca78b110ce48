import type { Catalogue } from './catalogue.js';
import type { BriefingSuggestion } from './routed-reply.js';

/**
 * Topics to offer across briefings: each briefing's first topic in turn, newest briefing first, then the second...
 * As examples of what to ask (help, the Home tab), questions only (see Engine.examples).
 */
export function topicsAcross(
  catalogue: Catalogue,
  limit = 5,
  kind: 'topics' | 'examples' = 'topics',
): BriefingSuggestion[] {
  // The newest few only: a briefing's engine is built on first use, and topics need no more than `limit` of them.
  const perBriefing = catalogue.briefings.slice(0, limit).map((b) =>
    b
      .engine()
      [kind](limit)
      .map((t) => ({ ...t, pack: b.id })),
  );
  const picks: BriefingSuggestion[] = [];
  for (let round = 0; picks.length < limit && perBriefing.some((list) => list.length > round); round++)
    for (const list of perBriefing) if (list[round] && picks.length < limit) picks.push(list[round]);
  return picks;
}
