import { ARTICLE_SUMMARY_ID, isArticleLevel } from '../knowledge/article-level.js';
import { isListEntry } from '../knowledge/list-entry.js';
import type { Pack, QaEntry } from '../knowledge/schema.js';
import { asksArticleScope } from '../match/article-scope.js';
import { buildIndex } from '../match/build-index.js';
import { splitCompound } from '../match/compound.js';
import { asksForFigures } from '../match/figures-request.js';
import { splitQuestion } from '../match/focus.js';
import { readMalay } from '../match/malay-words.js';
import { normaliseText, stripSlackMarkup } from '../match/normalise.js';
import { type AskedDetail, askedNotStated, askedPackWide, buildNotStatedIndex } from '../match/not-stated.js';
import { type NamesReading, readNames } from '../match/read-names.js';
import { type Match, scoreQuestion } from '../match/score.js';
import { readAsking } from './asking.js';
import {
  COMBINED_ID_SEPARATOR,
  composeCombinedReply,
  composeEntryReply,
  composeNotice,
  composeNotStated,
  composeReply,
  composeSmallTalk,
  suggestionText,
} from './compose.js';
import { type Decision, decide, isAboutUnknown, offTopicWords } from './confidence.js';
import { explainTrace } from './explain.js';
import type { Explanation } from './explanation.js';
import { composeFiguresReply, FIGURES_REPLY_ID } from './figures-reply.js';
import { introductionOf } from './introduction.js';
import { createLead, type Lead } from './lead.js';
import { neighbourToQuote } from './neighbour-sentence.js';
import type { Reply, Suggestion } from './reply.js';
import { answerTwoParts } from './two-part.js';

// The whole question -> match -> answer pipeline behind one object, built once per pack. Pure: no I/O.

export type EngineOptions = {
  /** Confidence at or above which the engine answers (config: ANSWER_THRESHOLD). */
  threshold: number;
};

export type Engine = {
  pack: Pack;
  /** Answers a free-text question (Slack markup allowed); never throws for any string. */
  answer(question: string): Reply;
  /** Answers one entry (or "a+b", a two-part answer) directly, as a button asks; undefined for an unknown id. */
  answerEntry(entryId: string, question?: string): Reply | undefined;
  /** A few entries worth offering as "topics I can answer". */
  topics(limit?: number): Suggestion[];
  /**
   * A few questions to show as examples of what to ask ("Try asking:", `/brief help`): reviewed entries' questions and
   * those about the article as a whole, never a drafted entry's keyword question.
   */
  examples(limit?: number): Suggestion[];
  /** The same reply as answer(), with why it was given: the gate that decided, the scores, the terms (ask --explain). */
  explain(question: string): { reply: Reply; explanation: Explanation };
  /** What a text names, as the matcher reads it: how the conversation layer reads "he", "it" and "there". */
  readNames(text: string): NamesReading;
};

/** How answer() reached its reply, for explain(). Everything in it was computed anyway. */
export type Trace = {
  question: string;
  reply: Reply;
  path: 'too_long' | 'empty' | 'figures' | 'article_scope' | 'introduction' | 'two_part' | 'not_stated' | 'decision';
  match?: Match;
  decision?: Decision;
  asked?: AskedDetail;
};

/** Longer questions are not read: a real question fits in far fewer characters, and scoring stays bounded. */
export const MAX_QUESTION_CHARS = 4000;
/**
 * A drafted runner-up this close to the chosen entry's score is quoted with it (measured over 14 articles at 0.75).
 * 0.7 since drafted scores lean on coverage (see score.ts), which brings close sentences closer: 129 drafted dev sets
 * 2,759 -> 2,769 right, 561 -> 551 wrong; 82 held-out sets 1,521 -> 1,526 right, 276 -> 271 wrong; the cost, 140 of
 * 3,649 dev replies a sentence longer (96 of them right ones). 0.65 and 0.6 gained more on the dev sets (+18, +24
 * right) and nothing more held out.
 */
const RUNNER_UP_SHARE = 0.7;

export function createEngine(pack: Pack, options: EngineOptions): Engine {
  const index = buildIndex(pack);
  const notStated = buildNotStatedIndex(pack);
  /** One entry per first tag, in pack order: a spread of subjects rather than five on one company. */
  const spread = (entries: readonly QaEntry[], limit: number): QaEntry[] => {
    const seen = new Set<string>();
    return entries
      .filter((e) => e.figures.length > 0 || e.tags.length > 0)
      .filter((e) => {
        const key = e.tags.find((t) => t !== 'overview') ?? e.tags[0];
        return !seen.has(key) && seen.add(key);
      })
      .slice(0, limit);
  };
  const topics = (limit = 5): Suggestion[] =>
    spread(pack.entries, limit).map((e) => ({ id: e.id, question: suggestionText(e) }));
  // A briefing nobody has reviewed offers its questions about the article as a whole, each: they share one tag.
  const reviewed = pack.entries.some((e) => !e.draft);
  const examples = (limit = 5): Suggestion[] =>
    (reviewed
      ? spread(
          pack.entries.filter((e) => !e.draft || isArticleLevel(e.id)),
          limit,
        )
      : pack.entries.filter((e) => isArticleLevel(e.id)).slice(0, limit)
    ).map((e) => ({ id: e.id, question: e.question }));

  /** How replies open for a question (see lead.ts). */
  const leadFor = (asked: string): Lead => createLead(pack, index, readAsking(index, asked));
  const knownWord = (word: string) => index.vocabulary.has(word);
  const summary = pack.entries.find((e) => e.id === ARTICLE_SUMMARY_ID);

  const run = (question: string): Trace => {
    if (question.length > MAX_QUESTION_CHARS) {
      const reply = composeNotice(
        question,
        'too_long',
        `That question is ${question.length.toLocaleString('en-US')} characters long; I read questions of up to ${MAX_QUESTION_CHARS.toLocaleString('en-US')}. Could you ask it in a sentence or two?`,
        topics(),
      );
      return { question, reply, path: 'too_long' };
    }
    if (!/[\p{L}\p{N}]/u.test(stripSlackMarkup(question))) {
      const reply = composeNotice(
        question,
        'empty',
        'Ask me a question about the briefing, for example one of these.',
        topics(),
      );
      return { question, reply, path: 'empty' };
    }
    // A question in Malay or Indonesian is matched as the English it says; the reply keeps it as asked.
    const read = readMalay(question, knownWord);
    // Only the asking sentence says what is asked: "I'm a product manager ..." around it asks for no products.
    const asking = splitQuestion(read)
      .filter((part) => part.focus)
      .map((part) => part.text)
      .join(' ');
    // "What are the key numbers?": the figures as a whole, which no single entry holds.
    if (asksForFigures(normaliseText(asking)))
      return { question, reply: composeFiguresReply(pack, question, topics()), path: 'figures' };
    // "Is this piece mainly about TikTok?": the summary says what it is about, not the TikTok entry.
    if (summary && asksArticleScope(normaliseText(asking)))
      return { question, reply: composeEntryReply(pack, summary, question, 1, leadFor(read)), path: 'article_scope' };
    const parts = splitCompound(read);
    // "Which outlet published this, and who wrote it?": both parts ask what the article does not give (below).
    const neitherGiven = parts?.every((part) => askedPackWide(notStated, part) !== undefined) ?? false;
    const combined = parts && !neitherGiven && answerTwoParts(pack, index, question, parts, options.threshold, leadFor);
    if (combined) return { question, reply: combined, path: 'two_part' };
    const match = scoreQuestion(index, read);
    const decision = decide(match, options.threshold);
    const introduction = decision.kind === 'decline' && !parts ? introductionOf(pack, index, match, asking) : undefined;
    if (introduction !== undefined) {
      // Its score for the question, or that of the best entry naming the same name: the one name is all it asks.
      const scored = match.candidates.find((c) => c.entry === introduction) ?? match.candidates[0];
      const confidence = scored?.score ?? decision.confidence;
      const reply = composeEntryReply(pack, pack.entries[introduction], question, confidence, leadFor(read));
      return { question, reply, path: 'introduction', match, decision };
    }
    // A two-part question gets the entry's answer, which says what is not stated next to what is; but a detail no
    // entry gives ("who wrote this and which outlet is it from?") is not stated whichever entry it matched.
    const matched = decision.kind === 'decline' || parts ? undefined : decision.chosen.entry;
    const asked =
      (matched === undefined ? undefined : askedNotStated(notStated, matched, asking)) ??
      (match.chitChat ? undefined : askedPackWide(notStated, asking));
    if (asked) {
      // Offer what the source does say: the entry the question matched, else the entries that list the detail,
      // else the entries nearest the question.
      const listing = pack.entries.flatMap((e, i) => (e.not_stated.includes(asked.detail.id) ? [i] : []));
      const nearby = decision.kind === 'decline' ? decision.nearby.map((c) => c.entry) : [];
      const offers = matched !== undefined ? [matched] : listing.length > 0 ? listing : nearby;
      const reply = composeNotStated(pack, offers, question, asked.detail.answer);
      return { question, reply, path: 'not_stated', match, decision, asked };
    }
    if (match.chitChat && !parts)
      return { question, reply: composeSmallTalk(question, topics()), path: 'decision', match, decision };
    const unknown = isAboutUnknown(match)
      ? match.unknownKeys.map((k) => k.surface)
      : decision.kind === 'decline' &&
          (decision.why === 'off_topic' || (decision.why === 'no_eligible' && match.candidates[0]?.loneWord))
        ? offTopicWords(match).slice(0, 3)
        : [];
    // A drafted entry is one sentence of the article, and the sentence that answers is often the runner-up by a
    // hair: until a curator has reviewed them, a close second drafted sentence is quoted too.
    const lead = decision.kind === 'decline' ? undefined : leadFor(read);
    if (lead && decision.kind !== 'decline' && !parts) {
      const chosen = pack.entries[decision.chosen.entry];
      // A list is already several lines of the article: it is quoted alone, never beside another sentence.
      const second = decision.alternatives.find((c) => !isListEntry(pack.entries[c.entry]));
      const other = second && pack.entries[second.entry];
      if (
        second &&
        chosen.draft &&
        other?.draft &&
        !isListEntry(chosen) &&
        second.score >= decision.chosen.score * RUNNER_UP_SHARE &&
        !other.citations.every((c) => chosen.citations.some((d) => d.quote === c.quote))
      ) {
        // The sentence that holds what was asked comes first, whichever of the two scored higher.
        const pair = lead.holdsAsked(other) && !lead.holdsAsked(chosen) ? [other, chosen] : [chosen, other];
        const reply = composeCombinedReply(pack, pair, question, decision.confidence, [lead]);
        return { question, reply, path: 'decision', match, decision };
      }
      const neighbour = neighbourToQuote(pack, index, match, decision.chosen.entry);
      if (neighbour) {
        const pair = neighbour.before ? [neighbour.entry, chosen] : [chosen, neighbour.entry];
        const reply = composeCombinedReply(pack, pair, question, decision.confidence, [lead]);
        return { question, reply, path: 'decision', match, decision };
      }
    }
    const reply = composeReply(pack, decision, question, unknown, topics(), lead);
    return { question, reply, path: 'decision', match, decision };
  };

  const answer = (question: string): Reply => run(question).reply;

  const explain = (question: string) => {
    const trace = run(question);
    return { reply: trace.reply, explanation: explainTrace(pack, index, trace, options.threshold) };
  };

  const answerEntry = (entryId: string, question?: string): Reply | undefined => {
    if (entryId === FIGURES_REPLY_ID) {
      const reply = composeFiguresReply(pack, question ?? 'What are the key figures?', topics());
      return reply.answered ? reply : undefined;
    }
    const entries = entryId.split(COMBINED_ID_SEPARATOR).map((id) => pack.entries.find((e) => e.id === id));
    if (entries.length === 0 || entries.some((e) => e === undefined)) return undefined;
    const found = entries as QaEntry[];
    const asked = question ?? found.map((e) => e.question).join(' ');
    const lead = leadFor(readMalay(asked, knownWord));
    if (found.length === 1) return composeEntryReply(pack, found[0], asked, 1, lead);
    return composeCombinedReply(pack, found, asked, 1, [lead]);
  };

  return {
    pack,
    answer,
    answerEntry,
    topics,
    examples,
    explain,
    readNames: (text) => readNames(index, text),
  };
}
