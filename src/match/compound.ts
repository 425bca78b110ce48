// "Who is Han Wenxiu and what did he say?", "What stake does ByteDance keep, and what will the entity do?": one
// message, two questions, often answered by two entries. The second part leans on the first ("he", "that
// entity"), so it is asked with the first as its context.

const SECOND_QUESTION =
  /(?:,?\s+(?:and|&|plus|also)\s+|[?？]\s*(?:and\s+|also\s+)?)(?=(?:what|what's|how|who|whom|where|when|why|which|did|does|do|is|was|were|are|will|can|could|has|have)\b)/i;

/** The two questions of a two-part question: the first as asked, the second with the first before it as context. */
export function splitCompound(question: string): [string, string] | undefined {
  const match = SECOND_QUESTION.exec(question);
  if (!match) return undefined;
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  if (!/[\p{L}\p{N}]/u.test(first) || !/[\p{L}\p{N}]/u.test(second)) return undefined;
  const firstAsContext = first.replace(/[?？\s]+$/u, '');
  // A line break always ends a sentence (a full stop before a lower-case word may not), so focus.ts sees two.
  return [first, `${firstAsContext}\n${/[?？]$/u.test(second) ? second : `${second}?`}`];
}
