import type { Pack, QaEntry } from '../knowledge/schema.js';
import { buildIndex } from '../match/build-index.js';
import { splitCompound } from '../match/compound.js';
import { splitQuestion } from '../match/focus.js';
import { stripSlackMarkup } from '../match/normalise.js';
import { askedNotStated, buildNotStatedIndex } from '../match/not-stated.js';
import { type NamesReading, readNames } from '../match/read-names.js';
import { scoreQuestion } from '../match/score.js';
import {
  COMBINED_ID_SEPARATOR,
  composeCombinedReply,
  composeEntryReply,
  composeNotice,
  composeNotStated,
  composeReply,
} from './compose.js';
import { decide, isAboutUnknown } from './confidence.js';
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
  /** What a text names, as the matcher reads it: how the conversation layer reads "he", "it" and "there". */
  readNames(text: string): NamesReading;
};

/** Longer questions are not read: a real question fits in far fewer characters, and scoring stays bounded. */
export const MAX_QUESTION_CHARS = 4000;

export function createEngine(pack: Pack, options: EngineOptions): Engine {
  const index = buildIndex(pack);
  const notStated = buildNotStatedIndex(pack);
  const topics = (limit = 5): Suggestion[] => {
    // One entry per first tag, in pack order: a spread of subjects rather than five on one company.
    const seen = new Set<string>();
    const picks = pack.entries
      .filter((e) => e.figures.length > 0 || e.tags.length > 0)
      .filter((e) => {
        const key = e.tags.find((t) => t !== 'overview') ?? e.tags[0];
        return !seen.has(key) && seen.add(key);
      });
    return picks.slice(0, limit).map((e) => ({ id: e.id, question: e.question }));
  };

  const answer = (question: string): Reply => {
    if (question.length > MAX_QUESTION_CHARS) {
      return composeNotice(
        question,
        'too_long',
        `That question is ${question.length.toLocaleString('en-US')} characters long; I read questions of up to ${MAX_QUESTION_CHARS.toLocaleString('en-US')}. Could you ask it in a sentence or two?`,
        topics(),
      );
    }
    if (!/[\p{L}\p{N}]/u.test(stripSlackMarkup(question))) {
      return composeNotice(
        question,
        'empty',
        'Ask me a question about the briefing, for example one of these.',
        topics(),
      );
    }
    const parts = splitCompound(question);
    const combined = parts && answerTwoParts(pack, index, question, parts, options.threshold);
    if (combined) return combined;
    const match = scoreQuestion(index, question);
    const decision = decide(match, options.threshold);
    // A two-part question gets the entry's answer, which says what is not stated next to what is.
    if (decision.kind !== 'decline' && !parts) {
      // Only the asking sentence asks for a detail: "I'm a product manager ..." around it asks for no products.
      const asking = splitQuestion(question)
        .filter((part) => part.focus)
        .map((part) => part.text)
        .join(' ');
      const detail = askedNotStated(notStated, decision.chosen.entry, asking);
      if (detail) return composeNotStated(pack, pack.entries[decision.chosen.entry], question, detail.answer);
    }
    const unknown = isAboutUnknown(match) ? match.unknownKeys.map((k) => k.surface) : [];
    return composeReply(pack, decision, question, unknown, topics());
  };

  const answerEntry = (entryId: string, question?: string): Reply | undefined => {
    const entries = entryId.split(COMBINED_ID_SEPARATOR).map((id) => pack.entries.find((e) => e.id === id));
    if (entries.length === 0 || entries.some((e) => e === undefined)) return undefined;
    const found = entries as QaEntry[];
    if (found.length === 1) return composeEntryReply(pack, found[0], question ?? found[0].question, 1);
    return composeCombinedReply(pack, found, question ?? found.map((e) => e.question).join(' '), 1);
  };

  return {
    pack,
    answer,
    answerEntry,
    topics,
    readNames: (text) => readNames(index, text),
  };
}
