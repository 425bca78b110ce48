// "What are the key numbers?", "give me the figures", "any stats?": a request for the briefing's figures as a whole,
// which no one entry answers. It names no topic, so it is told apart by its words alone, the same in every pack.

const ASKING = String.raw`(?:(?:so|ok|okay|hey|hi|quick q|pls|please|also|and)\W+)*`;
const LEAD_IN = `(?:(?:what|which) (?:are|were|is) |what(?: are|re)? |which |give me |gimme |show me |list |share |send me |tell me |got |any |can (?:i|we) (?:get|have|see) |can you (?:give|list|show|share|send)(?: me| us)? |could you (?:give|list|show|share)(?: me| us)? |i need |we need )*`;
const WHICH = `(?:(?:all|the|some|a few|few|any) )*(?:(?:key|main|important|big|biggest|headline|top|relevant|interesting|hard|core|notable) )*`;
const NOUN = `(?:numbers?|figures?|stats?|statistics|data points?|metrics|nums|datapoints)`;
const WHERE = `(?: (?:in|from|of|for|does|do) (?:the |this |that )?(?:article|piece|briefing|story|report|it)(?: (?:give|gives|mention|mentions|have|has|cite|cites|say|says|list|lists))?)?`;
const TAIL = `(?: (?:please|pls|plz|thanks|thx))?`;
const ENGLISH = new RegExp(`^${ASKING}${LEAD_IN}${WHICH}${NOUN}${WHERE}${TAIL}\\W*$`);
/** "what numbers does the article give", "which figures does it mention". */
const ENGLISH_ASKED = new RegExp(
  `^${ASKING}(?:what|which) ${WHICH}${NOUN} (?:does|do|did) (?:the |this )?(?:article|piece|briefing|story|report|it) (?:give|mention|have|cite|list|say|include)\\W*$`,
);
const CHINESE =
  /^(?:请问|请)?(?:文章|这篇文章|报道)?(?:里|中)?(?:有哪些|有什么|的)?(?:关键|主要|重要)?(?:数字|数据|统计数据)(?:有哪些|是什么|呢)?[？?。！!]*$/;

/** True for a question (normalised text) that asks for the briefing's figures and names nothing else. */
export function asksForFigures(normalised: string): boolean {
  const text = normalised.trim().replace(/\s+/g, ' ');
  return ENGLISH.test(text) || ENGLISH_ASKED.test(text) || CHINESE.test(text);
}
