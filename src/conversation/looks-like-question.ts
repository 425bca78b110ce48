// "lol nice, see you at lunch" is people talking in a thread; "and in Southeast Asia?", "why", "who said that" are
// questions. A message is a question when it ends in a question mark or starts the way questions start.

const QUESTION_START =
  /^(?:what|what's|whats|who|who's|whose|whom|where|where's|when|why|how|how's|which|any|tell me|explain|compare|according to|source|sources|apa|siapa|berapa|bila|kapan|mengapa|kenapa|bagaimana|di mana|adakah)\b/;
/** "is it true ...", "did they ...", but not "will do", "have a good one", "should be fine". */
const YES_NO_START =
  /^(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\s+(?:it|its|there|the|this|that|these|those|they|he|she|we|you|i)\b/;
// Chinese asks with a question word anywhere in the sentence, or a particle at its end.
const CHINESE_QUESTION = /什么|为什么|为何|谁|哪|怎么|怎样|如何|多少|几[个家年月]|是否|有没有|请问|[吗呢][。！!]?$/;

export function looksLikeQuestion(text: string): boolean {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (plain === '') return false;
  return (
    /[?？]\s*$/.test(plain) || QUESTION_START.test(plain) || YES_NO_START.test(plain) || CHINESE_QUESTION.test(plain)
  );
}
