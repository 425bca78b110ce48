import { z } from 'zod/v3';
import type { ActivityRecord, FeedbackRecord, PendingWork, UnansweredRecord } from './store.js';

// What a stored record must look like when read back. Every backend reads data another process (or a person) may
// have written, so each record is checked on the way in and a bad one is skipped, not trusted.

export const FeedbackRecordSchema = z.object({
  answerKey: z.string(),
  userId: z.string(),
  vote: z.enum(['up', 'down']),
  entryId: z.string().nullable(),
  at: z.string(),
}) satisfies z.ZodType<FeedbackRecord>;

export const UnansweredRecordSchema = z.object({
  question: z.string(),
  at: z.string(),
  via: z.string(),
}) satisfies z.ZodType<UnansweredRecord>;

export const ActivityRecordSchema = z.object({
  at: z.string(),
  answered: z.boolean(),
  entryId: z.string().nullable(),
  tags: z.array(z.string()),
}) satisfies z.ZodType<ActivityRecord>;

export const PendingWorkSchema = z.object({
  id: z.string(),
  body: z.string(),
  receivedAt: z.number(),
  attempts: z.number().int(),
}) satisfies z.ZodType<PendingWork>;

/** Pending work as Redis keeps it: the attempts are counted in a hash of their own. */
export const StoredPendingSchema = PendingWorkSchema.omit({ attempts: true });
