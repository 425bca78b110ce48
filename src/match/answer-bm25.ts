// BM25 (Robertson and Zaragoza's ranking function, what search engines start from) over each entry's answer text:
// how densely an answer uses the question's terms, rarer terms counting more, long answers less per term.

export type AnswerTerms = {
  /** Per entry: each term of its answer and how often it occurs there. */
  counts: ReadonlyMap<string, number>[];
  /** Per entry: its answer's length in terms. */
  lengths: number[];
  /** How many answers use each term. */
  answersUsing: ReadonlyMap<string, number>;
  averageLength: number;
};

const K1 = 1.2;
const B = 0.75;

/** Each entry's answer terms (as analysed for the index) counted once, when the index is built. */
export function countAnswerTerms(answers: readonly (readonly string[])[]): AnswerTerms {
  const answersUsing = new Map<string, number>();
  const counts = answers.map((terms) => {
    const count = new Map<string, number>();
    for (const term of terms) count.set(term, (count.get(term) ?? 0) + 1);
    for (const term of count.keys()) answersUsing.set(term, (answersUsing.get(term) ?? 0) + 1);
    return count;
  });
  const lengths = answers.map((terms) => terms.length);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
  return { counts, lengths, answersUsing, averageLength };
}

/** The BM25 score of one entry's answer for a question's distinct terms. */
export function answerBm25(answers: AnswerTerms, entry: number, terms: readonly string[]): number {
  const count = answers.counts[entry];
  const n = answers.counts.length;
  const norm = K1 * (1 - B + (B * answers.lengths[entry]) / answers.averageLength);
  let sum = 0;
  for (const term of terms) {
    const f = count.get(term) ?? 0;
    if (f === 0) continue;
    const df = answers.answersUsing.get(term) ?? 0;
    sum += (Math.log(1 + (n - df + 0.5) / (df + 0.5)) * f * (K1 + 1)) / (f + norm);
  }
  return sum;
}
