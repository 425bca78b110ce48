import { z } from 'zod/v3';
import { ReplyReasonSchema } from './reply.js';

// Why the engine answered, hedged or declined: the `explain` object of `ask --explain --json`, and what a web page
// can show beside a reply. Plain data, like the reply.

/** A test an entry must pass to be answered with, whatever its score (see Candidate in match/score.ts). */
export const GateSchema = z.enum([
  'missing_key', // a name, number or metric of the question the entry never mentions
  'only_names_matched', // one name (or number) matched and a content word of the question did not
  'lone_word', // a curated entry shares one word with the question and none of its other content words
  'unanchored', // only plain words matched, and part of the question did not
  'lacks_count', // "how many", "how much did X pay", "how old", "what does X stand for": the entry gives no such answer
  'lacks_date', // "when" and the entry dates nothing
  'lacks_name', // "who", "where", "which law": the entry names no person, place or law the question does not give
  'metric_elsewhere', // the entry's figure for the metric asked is about another name
]);

export const DecidingSchema = z.enum([
  'confident', // the chosen entry clears the bar and the hedge band
  'hedge_band', // above the bar but within the hedge band: answered with "did you mean"
  'tied', // two entries within a whisker of each other: answered, the other offered
  'figures', // the question asks for the briefing's figures as a whole: answered with them
  'article_scope', // the question asks what the article as a whole is about: answered with its summary
  'introduction', // "who is X" and nothing else, no entry answering: the first drafted sentence that names X
  'two_part', // each part of a two-part question answered by its own entry
  'not_stated', // the asking sentence asks for a detail the pack marks as not stated
  'gates', // every entry sharing a term with the question failed a gate
  'unknown_name', // the question is about a name, metric or number the pack never mentions
  'off_topic', // much of the question is words the pack never uses, and no entry matches it strongly
  'below_threshold', // the best eligible entry scores below the bar
  'chit_chat', // small talk or a request for other work
  'no_known_terms', // no word of the question is in the pack
  'empty', // nothing to ask
  'too_long', // longer than the engine reads
]);

export const ExplainedEntrySchema = z.object({
  id: z.string(),
  question: z.string(),
  score: z.number(),
  /** The gates it failed; empty for an entry that could be answered with. */
  failed: z.array(GateSchema),
  /** For missing_key: the key terms of the question the entry does not mention. */
  missingKeys: z.array(z.string()),
});

export const ExplainedTermSchema = z.object({
  /** As the matcher reads it: stemmed word, "@entity", "~concept", "#number" or "?intent". */
  term: z.string(),
  /** As typed. */
  surface: z.string(),
  kind: z.enum(['entity', 'concept', 'number', 'word', 'cjk', 'intent']),
  weight: z.number(),
  /** In the pack's vocabulary (some entry uses it). */
  known: z.boolean(),
  /** In the asking sentence, or in the small talk around it (which counts less and names no key). */
  where: z.enum(['asking', 'context']),
  /** Whether the chosen entry has the term; null when no entry was chosen. */
  inChosen: z.boolean().nullable(),
});

export const ExplanationSchema = z.object({
  decision: z.enum(['answered', 'hedged', 'declined']),
  reason: ReplyReasonSchema,
  deciding: DecidingSchema,
  /** The same, in a sentence. */
  why: z.string(),
  threshold: z.number(),
  /** The score the chosen entry had to reach; null when no entry got that far. */
  bar: z.number().nullable(),
  confidence: z.number(),
  /** The entry answered with (for a two-part answer, both ids joined by "+"); null when none. */
  chosen: ExplainedEntrySchema.nullable(),
  /** The other entries considered, best first, with the gates they failed. */
  runnersUp: z.array(ExplainedEntrySchema),
  /** The question's terms, heaviest first. */
  terms: z.array(ExplainedTermSchema),
  /** Words of the question the pack never uses that matter: another name, metric or number. */
  unknown: z.array(z.object({ surface: z.string(), kind: z.enum(['metric', 'name', 'number']), weight: z.number() })),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })),
  /**
   * For a drafted entry, the chance that it is the right answer (what had to reach the bar) and what the model read
   * to say so (see answer/answer-odds.ts); null when the entry's score decided.
   */
  odds: z.object({ chance: z.number(), features: z.record(z.string(), z.number()) }).nullable(),
  /** The not-stated detail asked for, the phrase that asked it, and whether it is the entry's or pack-wide. */
  notStated: z.object({ id: z.string(), phrase: z.string(), scope: z.enum(['entry', 'pack']) }).nullable(),
});

export type Gate = z.infer<typeof GateSchema>;
export type Deciding = z.infer<typeof DecidingSchema>;
export type ExplainedEntry = z.infer<typeof ExplainedEntrySchema>;
export type ExplainedTerm = z.infer<typeof ExplainedTermSchema>;
export type Explanation = z.infer<typeof ExplanationSchema>;
