import { z } from 'zod/v3';
import { CitationSchema, FigureSchema } from '../knowledge/schema.js';

// The reply is the engine's whole output and the `ask --json` contract, so it has a schema of its own.

export const SuggestionSchema = z.object({
  id: z.string(),
  question: z.string(),
});

export const ReplyReasonSchema = z.enum([
  'answered', // confident match
  'hedged', // answered, but confidence is middling: suggestions hold the runners-up
  'not_covered', // the briefing does not say
  'small_talk', // small talk or a request for other work ("tell me a joke"): no briefing answers it, and no curator need
  'not_stated', // the briefing covers the topic but not the detail asked (an entry's not_stated)
  'empty', // nothing to ask (blank, emoji only, markup only)
  'too_long', // longer than the engine reads
  'which_briefing', // several briefings served and the question fits any of them ("tl;dr?"): suggestions name them
]);

export const ReplySchema = z.object({
  question: z.string(),
  answered: z.boolean(),
  answer: z.string(),
  confidence: z.number().min(0).max(1),
  reason: ReplyReasonSchema,
  entryId: z.string().nullable(),
  citations: z.array(CitationSchema),
  figures: z.array(FigureSchema),
  suggestions: z.array(SuggestionSchema),
});

export type Suggestion = z.infer<typeof SuggestionSchema>;
export type ReplyReason = z.infer<typeof ReplyReasonSchema>;
export type Reply = z.infer<typeof ReplySchema>;
