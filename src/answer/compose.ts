import { isArticleLevel } from '../knowledge/article-level.js';
import type { Figure, Pack, QaEntry } from '../knowledge/schema.js';
import { splitSentences } from './answer-sentences.js';
import { asAsked } from './as-asked.js';
import type { Decision } from './confidence.js';
import { AS_WRITTEN, type Lead } from './lead.js';
import { mergeDrafted } from './merge-drafted.js';
import type { Reply, Suggestion } from './reply.js';
import { wholeSentenceCitations } from './whole-sentences.js';

// Decision + pack -> the reply a user reads. Every word of an answer comes from the pack; when the pack does not
// say, the reply says so and points at what it can answer. How an answer opens for the question asked is lead.ts's.

const MAX_SUGGESTIONS = 3;

export function composeEntryReply(
  pack: Pack,
  entry: QaEntry,
  question: string,
  confidence: number,
  lead: Lead = AS_WRITTEN,
): Reply {
  const composed = lead.compose(entry);
  const figures = distinctFigures(
    composed.figures ?? entry.figures.flatMap((id) => pack.figures.filter((f) => f.id === id)),
  );
  return {
    question,
    answered: true,
    answer: composed.answer,
    confidence: round(confidence),
    reason: 'answered',
    entryId: entry.id,
    citations: wholeSentenceCitations(pack, entry.citations),
    figures,
    suggestions: [],
  };
}

/**
 * A two-part question answered by two entries: both answers, in the order asked, with all their citations and
 * figures; drafted sentences the two share, once each (see merge-drafted.ts). Its entry id joins both ids with "+" so
 * a button can rebuild it (see engine.answerEntry).
 */
export function composeCombinedReply(
  pack: Pack,
  entries: QaEntry[],
  question: string,
  confidence: number,
  leads: readonly Lead[] = [],
): Reply {
  const entryId = entries.map((e) => e.id).join(COMBINED_ID_SEPARATOR);
  const merged = mergeDrafted(pack, entries);
  if (merged) return { ...composeEntryReply(pack, merged, question, confidence, leads[0]), entryId };
  const parts = entries.map((entry, i) => composeEntryReply(pack, entry, question, confidence, leads[i] ?? leads[0]));
  const citations = parts.flatMap((p) => p.citations);
  const figures = parts.flatMap((p) => p.figures);
  return {
    ...parts[0],
    answer: parts.map((p) => p.answer).join('\n\n'),
    entryId,
    citations: citations.filter(
      (c, i) => citations.findIndex((d) => d.paragraph === c.paragraph && d.quote === c.quote) === i,
    ),
    figures: distinctFigures(figures),
  };
}

/**
 * Each figure once: by id, and by what a reply shows of it. A page that states "$2.8 billion" in its standfirst and
 * again in the story has two figures a reader would see as one listed twice ("retailer earned: $2.8 billion").
 */
function distinctFigures(figures: readonly Figure[]): Figure[] {
  const shown = (f: Figure) => `${f.label}\u0000${f.value}\u0000${f.unit}`;
  return figures.filter((f, i) => figures.findIndex((g) => g.id === f.id || shown(g) === shown(f)) === i);
}

export const COMBINED_ID_SEPARATOR = '+';

export function composeReply(
  pack: Pack,
  decision: Decision,
  question: string,
  unknownKeys: string[],
  fallbackTopics: Suggestion[],
  lead: Lead = AS_WRITTEN,
): Reply {
  if (decision.kind !== 'decline') {
    const entry = pack.entries[decision.chosen.entry];
    const reply = composeEntryReply(pack, entry, question, decision.confidence, lead);
    if (decision.kind === 'answer') return reply;
    return {
      ...reply,
      reason: 'hedged',
      suggestions: toSuggestions(
        pack,
        decision.alternatives.map((c) => c.entry),
        reply.answer,
      ),
    };
  }
  const nearby = toSuggestions(
    pack,
    decision.nearby.map((c) => c.entry),
  );
  const missing = unknownKeys.length > 0 ? ` It doesn't mention ${namedMissing(unknownKeys, question)}.` : '';
  return {
    question,
    answered: false,
    answer: `I don't know: that isn't covered in this briefing.${missing}`,
    confidence: round(decision.confidence),
    reason: 'not_covered',
    entryId: null,
    citations: [],
    figures: [],
    suggestions: nearby.length > 0 ? nearby : fallbackTopics.slice(0, MAX_SUGGESTIONS),
  };
}

/**
 * Small talk or a request for work the bot does not do ("tell me a joke", "do you even like video games"): not a
 * question the briefing fails to answer, so no "I don't know", and nothing for a curator to fix; topics to try instead.
 */
export function composeSmallTalk(question: string, topics: Suggestion[]): Reply {
  return {
    question,
    answered: false,
    answer: smallTalkAnswer('the briefing says'),
    confidence: 0,
    reason: 'small_talk',
    entryId: null,
    citations: [],
    figures: [],
    suggestions: topics.slice(0, MAX_SUGGESTIONS),
  };
}

/** What small talk is told, by what the bot answers from ("the briefing says", "my briefings say"). */
export function smallTalkAnswer(source: string): string {
  return `I can't help with that one: I only answer questions about what ${source}.`;
}

/**
 * The topic is covered but the detail asked is not: say so, and offer the entries (indexes) for what the source does
 * say.
 */
export function composeNotStated(pack: Pack, offers: number[], question: string, answer: string): Reply {
  return {
    question,
    answered: false,
    answer,
    confidence: 0,
    reason: 'not_stated',
    entryId: null,
    citations: [],
    figures: [],
    suggestions: toSuggestions(pack, offers),
  };
}

export function composeNotice(
  question: string,
  reason: 'empty' | 'too_long',
  answer: string,
  topics: Suggestion[],
): Reply {
  return {
    question,
    answered: false,
    answer,
    confidence: 0,
    reason,
    entryId: null,
    citations: [],
    figures: [],
    suggestions: topics.slice(0, MAX_SUGGESTIONS),
  };
}

function toSuggestions(pack: Pack, entryIndexes: number[], shown = ''): Suggestion[] {
  const unique = [...new Set(entryIndexes)].slice(0, MAX_SUGGESTIONS);
  const offered = unique.map((i) => ({ id: pack.entries[i].id, question: suggestionText(pack.entries[i], shown) }));
  // Two drafted entries may open with the same sentence: offer it once.
  return offered.filter((s, at) => offered.findIndex((other) => other.question === s.question) === at);
}

/** How long the opening of a sentence offered in place of a drafted question may be (a Slack button shows 75). */
const OPENING_CHARS = 72;

/**
 * What a suggestion says: the entry's question, or for an entry nobody has reviewed, the opening of its first sentence
 * that the reply does not already show.
 * A drafted question is made of that sentence's words ("What does the article say about Mahmoud Abbas Palestinian
 * Authority efforts shortcut?"); the article's own words read better on a button. Drafted questions about the article
 * as a whole ("What is the article about?") read well and stay.
 */
export function suggestionText(entry: QaEntry, shown = ''): string {
  if (!entry.draft || isArticleLevel(entry.id)) return entry.question;
  // Not a sentence the reply above already shows: a drafted answer may open with the sentence it leans on.
  const sentences = splitSentences(entry.answer);
  const first = sentences.find((sentence) => !shown.includes(sentence)) ?? sentences[0] ?? entry.answer;
  if (first.length <= OPENING_CHARS) return first;
  const cut = first.lastIndexOf(' ', OPENING_CHARS - 1);
  return `${first.slice(0, cut > 0 ? cut : OPENING_CHARS - 1).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * The first few words the briefing lacks, as typed: a pasted page of unknown words gets five and "more", not a reply
 * listing hundreds (each looked up in the whole question, which took 200 ms for 4,000 characters of numbers).
 */
function namedMissing(unknownKeys: readonly string[], question: string): string {
  const keys = [...new Set(unknownKeys)];
  const named = new Set<string>();
  let looked = 0;
  for (const key of keys) {
    if (named.size === MAX_NAMED_MISSING || looked === MAX_NAMED_MISSING * 4) break;
    named.add(asAsked(key, question));
    looked += 1;
  }
  const words = [...named].map((word) => `"${word}"`);
  return looked < keys.length ? `${words.join(', ')} and more` : listOf(words);
}

const MAX_NAMED_MISSING = 5;

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
