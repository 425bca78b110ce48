import type { Term } from './analyse.js';

// What kind of answer a question wants: a person, a reason, a time, a place. The question words that say so
// are stopwords (they carry no topic), yet they tell siblings apart: "who is Jian Xu" and "what did Jian Xu
// say" share every topic word. Only questions get intent terms: in answers and quotes "when" and "where"
// are conjunctions, not questions.

const INTENTS: { term: string; pattern: RegExp }[] = [
  // "the Deakin guy quoted": a word for a person asks who, like "who".
  {
    term: '?who',
    pattern: /\bwho(?:m|se)?\b|\b(?:guy|dude|bloke|chap|lady|person|gentleman)\b|谁|哪位|什么人/,
  },
  { term: '?why', pattern: /\bwhy\b|\bhow come\b|\breason(?:s|ing)?\b|\brationale\b|为什么|为何|原因/ },
  // "when" asks only as a question word ("when did", "when?", "know when"), not as a conjunction ("what does Xu
  // mean when he says"): a "when" question is only answered by an entry that dates something (see score.ts).
  {
    term: '?when',
    pattern:
      /^\W*when\b|\bwhen (?:did|was|is|were|will|does|do|has|have|had|are|exactly)\b|\bwhen\s*\?|\b(?:since|know|tells? (?:me|us)|ask|asks|asked|wonder|wondering|idea|clue|remind me|out|say|says|sure) when\b|\b(?:what|which) (?:year|date|day|month|time)\b|\bhow long ago\b|什么时候|何时|哪一?年|日期/,
  },
  {
    term: '?where',
    pattern:
      /\bwhere\b|\b(?:which|what) (?:country|countries|city|cities|nation|region)\b|\blocated\b|\blocation\b|哪里|哪儿|在哪|哪个国家/,
  },
  // "What did Xu say" asks for a view or a quote; "who is Xu" for the person. Both name only Xu.
  {
    term: '?say',
    pattern:
      /\b(?:say|says|said|saying|think|thinks|thought|view|views|opinion|argue|argues|arguing|argument|arguments|claim|claims|speech|remarks)\b|说|认为|看法|观点|讲话|发言|表示|指出/,
  },
];

/**
 * "what did Bruck say about where the motivation came from": a question word inside what someone is asked to have said
 * about is part of its topic; the question asks for what was said, not for a place, a time or a person.
 */
const SAID_ABOUT =
  /\b((?:say|says|said|think|thinks|thought|write|writes|wrote|talk|talks|talked|explain|explains|explained|mention|mentions|mentioned)(?: \w+)? (?:about|on)) (?:where|when|who|whom|whose|why)\b/g;

export function intentTerms(normalised: string): Term[] {
  // Every pack phrasing is read here at load: the replace runs only where it can match.
  const asked =
    normalised.includes(' about wh') || normalised.includes(' on wh')
      ? normalised.replace(SAID_ABOUT, '$1')
      : normalised;
  return INTENTS.filter(({ pattern }) => pattern.test(asked)).map(({ term }) => ({
    term,
    kind: 'intent',
    surface: term.slice(1),
  }));
}
