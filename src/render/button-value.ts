import { z } from 'zod/v3';

// Buttons carry what their click needs (the entry and the question) so a click can be answered without any
// server-side session. Slack caps a button value at 2,000 characters, so the question is shortened to fit.

export const MAX_BUTTON_VALUE = 2000;

const AnswerRefSchema = z.object({ e: z.string().nullable(), q: z.string() });
export type AnswerRef = { entryId: string | null; question: string };

export function encodeAnswerRef(ref: AnswerRef): string {
  let question = ref.question;
  let value = JSON.stringify({ e: ref.entryId, q: question });
  // JSON escaping can grow a character to six, so shrink until the encoded form fits rather than guessing.
  while (value.length > MAX_BUTTON_VALUE && question.length > 0) {
    question = question.slice(0, Math.floor(question.length * 0.8));
    value = JSON.stringify({ e: ref.entryId, q: question });
  }
  return value;
}

export function decodeAnswerRef(value: string | undefined): AnswerRef | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = AnswerRefSchema.safeParse(JSON.parse(value));
    return parsed.success ? { entryId: parsed.data.e, question: parsed.data.q } : undefined;
  } catch {
    return undefined;
  }
}
