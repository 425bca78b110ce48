// "Who is Han Wenxiu and what did he say?", "What stake does ByteDance keep, and what will the entity do?": one
// message, two questions, often answered by two entries. The second part leans on the first ("he", "that
// entity"), so it is asked with the names of the first as its context.

// `(?:,|(?<!\s))\s+` is `,?\s+` that starts a run of spaces only at its first space. The leftmost match never
// started inside a run anyway, but trying every start in a run of n spaces made one search O(n²): 4,000 spaces
// took 40 ms.
const SECOND_QUESTION =
  /(?:(?:,|(?<!\s))\s+(?:and|&|plus|also)\s+|[?？]\s*(?:and\s+|also\s+)?)(?=(?:(?:in|at|on|from|to|for|by|with|since)\s+)?(?:what|what's|how|who|whom|where|when|why|which|did|does|do|is|was|were|are|will|can|could|has|have)\b)|[?？]\s*(?=[\u3400-\u9fff])/i;

/** The two questions of a two-part question, as asked; undefined for a question in one part. */
export function splitCompound(question: string): [string, string] | undefined {
  const match = SECOND_QUESTION.exec(question);
  if (!match) return undefined;
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  if (!/[\p{L}\p{N}]/u.test(first) || !/[\p{L}\p{N}]/u.test(second)) return undefined;
  // "When and in what setting did he speak?": two question words joined, one question.
  if (/\b(?:what|when|where|who|why|how|which)\W*$/i.test(first)) return undefined;
  return [first, second];
}

/**
 * The second part as it is scored: the topic words of the first part ("he", "that entity", "it" point back at them)
 * on a line of their own before it. A line break always ends a sentence, so focus.ts reads them as context.
 */
export function withContextOf(names: string[], second: string): string {
  // A question mark makes the part the asking sentence, unless it already has one ("who's saying it? keep it simple").
  return names.length === 0 ? second : `${names.join(', ')}\n${/[?？]/u.test(second) ? second : `${second}?`}`;
}
