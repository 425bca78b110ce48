// "Is this piece mainly about TikTok?", "which companies does the article mainly cover?": a question about what the
// article as a whole is about, whatever topic it names. The topic's own entry would answer a different question
// (what the article says about TikTok); the article's summary answers this one. Told apart by its words alone, the
// same in every pack.

const ARTICLE = '(?:article|piece|story|report|post|briefing)';
const MAINLY = '(?:mainly|mostly|primarily|largely|really|just|only|all|basically|mainly just)';
const PATTERNS = [
  // "is this piece mainly about tiktok", "is this mostly a tiktok story", "is it all about temu"
  new RegExp(
    String.raw`^(?:so |ok |hey |quick q:? )*(?:is|was) (?:this|the|it|that)(?: ${ARTICLE})? ${MAINLY} (?:about|a|an)\b`,
  ),
  // "which companies does the article (mainly) cover", "what apps does the piece focus on"
  new RegExp(
    String.raw`\b(?:what|which) (?:companies|firms|apps|platforms|players|brands|people|countries|topics|subjects) (?:does|do|did) (?:the|this) ${ARTICLE} (?:mainly |mostly )?(?:cover|discuss|focus on|talk about|look at|deal with)\b`,
  ),
  // "what's the article's main focus", "what is the piece's angle"
  new RegExp(String.raw`\bwhat(?: is|s)? (?:the|this) ${ARTICLE}(?:'s)? (?:main )?(?:focus|angle|thrust)\b`),
];

/** True for a question (normalised text) about what the article as a whole is about. */
export function asksArticleScope(normalised: string): boolean {
  const text = normalised.trim().replace(/\s+/g, ' ');
  return PATTERNS.some((pattern) => pattern.test(text));
}
