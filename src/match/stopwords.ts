import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHAT_WORDS } from './chat-words.js';
import { editDistance } from './edit-distance.js';
import { memoise } from './memoise.js';

// Words that carry no topic: question words, fillers and chat. A question made only of these asks nothing
// the briefing can answer. The English list is ours (the common lists drop topic words such as "big",
// "share" and "market", which questions here depend on); the Chinese one comes from stopwords-iso.

const ENGLISH = `
a about above actually after again against all also am an and any anyone anything are aren around as ask asked
asking at be because been before being below between both but by can could couldn curious did didn do does doesn
doing don down during each either else ever every explain few for from further get gets getting give go going got
had hadn has hasn have haven having he hello her here hers hey hi him his hmm how i if in into is isn it its itself
just kind kindly know let like ll look looking lot lots maybe me mean might mind more most much must my myself need
no nor not now of off ok okay on once only or other our ours out over own please pls plz quick quickly quite rather
re really regarding remind right s say says saying see she should so some something sorry sort still such sure t tell than
thank thanks that the their theirs them then there these they thing things think this those though through thx to
too u under until up us ve very wanna want wanted was wasn way we well were weren what whats when where whether which
while who whom whose why will with wonder wondering would wouldn ya yeah yes yet you your yours yourself
anybody somebody someone guys team folks again btw fyi hey hiya morning afternoon evening today tomorrow yesterday
question questions quick answer info information detail details briefing article piece report says said mention
mentioned context summary summarize summarise tldr note noted talk talking regarding per via etc ok cool great
actual real basically exactly currently recent recently latest new news update
bits bit stuff situation status version short long never heard hear good nice cheers wave relevant relevance help
lol lmao haha hehe tbh imo imho idk ngl omg rn nah yep yup ok okay ty tyvm explained explanation explainer
guy guys dude dudes bloke chap lady person gentleman
define defines defined defining definition describe describes described describing description characterise
characterises characterised characterize characterizes characterized portray portrays portrayed depict depicts
depicted reason reasons reasoning rationale read reading skim skimmed skimming arguing argument arguments
yo co bro located situated location locations country countries city cities nation nations
name names called view views opinion opinions nature purpose function cite cites citing claim claims claimed
pose poses posed story stories based explains speech speeches program programme happen happened happens happening
vs versus
`;

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/).filter(Boolean));

// Read and parsed here rather than imported as a JSON module: the import goes through the module loader's hooks
// (tsx's, under `npm start`) and took ~14 ms of start-up against ~4 ms for this.
const stopwordsIso = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('stopwords-iso/stopwords-iso.json'), 'utf8'),
) as Record<'en' | 'zh', string[]>;

/** Names the stopwords-iso list picked up from the web pages it was built from: a company is never light. */
const NOT_LIGHT = new Set(['microsoft', 'netscape', 'msie']);

/**
 * Everyday words that may carry a topic but usually do not ("keep", "put", "call", "whole"): the rest of the
 * stopwords-iso list. They still match, but weigh little, so the chat around a long question ("my manager
 * keeps forwarding me headlines...") does not drown the one real question inside it.
 */
export const LIGHT_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [...stopwordsIso.en, ...CHAT_WORDS].filter((word) => !ENGLISH_STOPWORDS.has(word) && !NOT_LIGHT.has(word)),
);

const CHINESE_EXTRA = [
  '请问',
  '一下',
  '告诉',
  '我',
  '你',
  '吗',
  '呢',
  '的',
  '了',
  '是',
  '有',
  '在',
  '和',
  '关于',
  '文章',
  '说',
  '怎么说',
  '讲话',
  '发言',
  '表示',
  '指出',
  '怎么讲',
  '提到',
  '提及',
  '怎么样',
  // The segmenter joins a pronoun and "在" ("他在讲话中说了什么"): still no topic.
  '他在',
  '她在',
  '它在',
  '他们',
  '她们',
  // "叫什么名字", "国际名称": a name is what is asked, not a topic.
  '名字',
  '名称',
];

export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set([...stopwordsIso.zh, ...CHINESE_EXTRA]);

const LONG_STOPWORDS = [...ENGLISH_STOPWORDS].filter((word) => word.length >= 5);

// One edit leaves a word of five letters or more its first letter or its last, so a stopword that shares neither
// is no match and skips the edit distance (every unknown word of a long question was compared with all of them).
const nearStopword = memoise(
  (word) =>
    LONG_STOPWORDS.some(
      (stop) =>
        Math.abs(stop.length - word.length) <= 1 &&
        (stop[0] === word[0] || stop[stop.length - 1] === word[word.length - 1]) &&
        editDistance(word, stop, 1) <= 1,
    ),
  10_000,
);

/**
 * "actualy", "questoin": a misspelt filler word is still filler, not the name of something the pack lacks. Four
 * letters only when a letter of a five-letter one was dropped ("whic", "woud"): shorter words are too often names.
 */
export function isMisspeltStopword(word: string): boolean {
  return word.length >= 5
    ? nearStopword(word)
    : word.length === 4 && (droppedFromStopword(word) || swappedStopword(word));
}

/** "mcuh", "wehn", "waht": two letters of a stopword typed the wrong way round, the commonest slip. */
function swappedStopword(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word && ENGLISH_STOPWORDS.has(swapped)) return true;
  }
  return false;
}

const FIVE_LETTER_STOPWORDS = LONG_STOPWORDS.filter((word) => word.length === 5);

const droppedFromStopword = memoise(
  (word) => FIVE_LETTER_STOPWORDS.some((stop) => editDistance(word, stop, 1) <= 1),
  10_000,
);
