import { z } from 'zod/v3';

// Buttons carry what their click needs (the entry and the question) so a click can be answered without any
// server-side session. Slack caps a button value at 2,000 characters, so the question is shortened to fit.

export const MAX_BUTTON_VALUE = 2000;

// `p` names the briefing, since entry ids are only unique within one; buttons from before it are read without it.
const AnswerRefSchema = z.object({ e: z.string().nullable(), q: z.string(), p: z.string().optional() });
export type AnswerRef = { entryId: string | null; question: string; pack?: string | null };

export function encodeAnswerRef(ref: AnswerRef): string {
  let question = ref.question;
  const encode = () => JSON.stringify({ e: ref.entryId, q: question, p: ref.pack ?? undefined });
  let value = encode();
  // JSON escaping can grow a character to six, so shrink until the encoded form fits rather than guessing.
  while (value.length > MAX_BUTTON_VALUE && question.length > 0) {
    question = question.slice(0, Math.floor(question.length * 0.8));
    value = encode();
  }
  return value;
}

export function decodeAnswerRef(value: string | undefined): AnswerRef | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed = AnswerRefSchema.safeParse(JSON.parse(value));
    if (!parsed.success) return undefined;
    const ref: AnswerRef = { entryId: parsed.data.e, question: parsed.data.q };
    if (parsed.data.p !== undefined) ref.pack = parsed.data.p;
    return ref;
  } catch {
    return undefined;
  }
}
