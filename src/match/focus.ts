// Long chatty questions carry one real question inside ("I've got a call in ten minutes ... what does it say
// about Temu?"). The sentence that asks (ends in a question mark, else the last one) is the focus; the others
// are context, which still counts, but less, so the story around a question does not outweigh it.

export type QuestionPart = { text: string; focus: boolean };

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitQuestion(question: string): QuestionPart[] {
  const parts = [...sentences.segment(question)].map((s) => s.segment.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (parts.length <= 1) return [{ text: question, focus: true }];
  const asks = parts.map((p) => /[?？]/.test(p));
  const anyAsks = asks.some(Boolean);
  return parts.map((text, i) => ({ text, focus: anyAsks ? asks[i] : i === parts.length - 1 }));
}
