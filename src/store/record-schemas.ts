import { z } from 'zod/v3';
import type {
  ActivityRecord,
  ConversationTurn,
  FeedbackRecord,
  HandledRecord,
  PendingWork,
  UnansweredRecord,
} from './store.js';

// What a stored record must look like when read back. Every backend reads data another process (or a person) may
// have written, so each record is checked on the way in and a bad one is skipped, not trusted.

export const FeedbackRecordSchema = z.object({
  answerKey: z.string(),
  userId: z.string(),
  vote: z.enum(['up', 'down']),
  entryId: z.string().nullable(),
  at: z.string(),
  question: z.string().optional(),
  pack: z.string().optional(),
}) satisfies z.ZodType<FeedbackRecord>;

export const UnansweredRecordSchema = z.object({
  question: z.string(),
  at: z.string(),
  via: z.string(),
  pack: z.string().optional(),
}) satisfies z.ZodType<UnansweredRecord>;

export const ActivityRecordSchema = z.object({
  at: z.string(),
  answered: z.boolean(),
  entryId: z.string().nullable(),
  tags: z.array(z.string()),
}) satisfies z.ZodType<ActivityRecord>;

export const ConversationTurnSchema = z.object({
  question: z.string(),
  standalone: z.string(),
  entryId: z.string().nullable(),
  answered: z.boolean(),
  pack: z.string().nullable().optional(),
  userId: z.string(),
  at: z.string(),
}) satisfies z.ZodType<ConversationTurn>;
export const HandledRecordSchema = z.object({
  key: z.string(),
  action: z.enum(['alternate', 'not_stated', 'dismissed']),
  pack: z.string().nullable(),
  target: z.string().nullable(),
  at: z.string(),
}) satisfies z.ZodType<HandledRecord>;

export const PendingWorkSchema = z.object({
  id: z.string(),
  body: z.string(),
  receivedAt: z.number(),
  attempts: z.number().int(),
}) satisfies z.ZodType<PendingWork>;

/** Pending work as Redis keeps it: the attempts are counted in a hash of their own. */
export const StoredPendingSchema = PendingWorkSchema.omit({ attempts: true });
