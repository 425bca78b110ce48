import { isEnglishWord } from '../match/common-words.js';
import { stemWord } from '../match/lexicon.js';
import { normaliseText } from '../match/normalise.js';
import { ENGLISH_STOPWORDS, LIGHT_ENGLISH_WORDS } from '../match/stopwords.js';
import { cjkRuns, latinTokens, tokenize } from '../match/tokenize.js';

// The words routing compares a question with each briefing's vocabulary. Deliberately cruder than the matcher
// (no aliases, no spelling correction): it only has to say which briefings share a question's words and how rare
// those words are across briefings, and it runs over every pack's whole text at load, so it must be cheap.

export type RoutingWord = {
  word: string;
  /**
   * An everyday English word ("people", "market") rather than a name, number or rare term: with only a few
   * briefings, whether one of them happens to use it says little about which one a question is about.
   */
  everyday: boolean;
};

/**
 * A question's words: Latin words stemmed, minus stopwords; CJK runs as character pairs (a lone character as
 * itself). Read as the engines read it first (shorthand, "tl;dr" as "summary"), so that how one pack happens to spell
 * chat forms decides nothing.
 */
export function readRoutingWords(text: string): RoutingWord[] {
  const words: RoutingWord[] = [];
  for (const token of tokenize(withCompounds(normaliseText(text)))) {
    if (token.cjk) {
      const run = token.text;
      if (run.length === 1) words.push({ word: run, everyday: false });
      for (let i = 0; i + 1 < run.length; i++) words.push({ word: run.slice(i, i + 2), everyday: false });
      continue;
    }
    if (token.text.length < 2 || ENGLISH_STOPWORDS.has(token.text) || ABOUT_ANY_ARTICLE.has(token.text)) continue;
    // A light word ("pm", "ok", "etc") is everyday too, as the engines weigh it, though no dictionary word.
    words.push({
      word: stemWord(token.text),
      everyday: isEnglishWord(token.text) || LIGHT_ENGLISH_WORDS.has(token.text),
    });
  }
  return words;
}

/**
 * Words about an article itself rather than its subject: every article has an author, an outlet and a headline, so
 * whether one pack happens to use the word (in an alias, or saying its page lacks one) says nothing about which
 * article a question is about. "tl;dr", "summary" and "article" are stopwords already.
 */
const ABOUT_ANY_ARTICLE = new Set(
  'outlet outlets author authors writer writers journalist journalists reporter reporters byline bylines headline headlines publication publisher gist overview rundown takeaways wrote write written published site newspaper'.split(
    ' ',
  ),
);

/** The question asks about an article itself: its author, outlet, headline, gist ("who's the reporter on this?"). */
export function asksAboutArticle(text: string): boolean {
  return tokenize(normaliseText(text)).some((token) => !token.cjk && ABOUT_ANY_ARTICLE.has(token.text));
}

/**
 * "add-on", "log-in", "roll-out": a word and its particle make a noun of their own, which the tokenizer splits into
 * the word and a stopword ("what is an add-on" read as "add" went to a page about add.c). The joined form is added
 * beside the parts, in questions and packs alike; written apart ("add on"), it is the verb.
 */
function withCompounds(text: string): string {
  return text.replace(/\b([a-z]{2,})-(on|off|in|out|up|down|over|back)(s?)\b/g, '$1-$2$3 $1$2$3');
}

/** The distinct words alone, for a briefing's vocabulary. */
export function routingWords(text: string): Set<string> {
  const words = new Set<string>();
  const normalised = withCompounds(text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'"));
  for (const run of cjkRuns(normalised)) {
    if (run.length === 1) words.add(run);
    for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
  }
  const latin = new Set<string>();
  for (const token of latinTokens(normalised)) if (token.length >= 2) latin.add(token);
  for (const word of latin) if (!ENGLISH_STOPWORDS.has(word)) words.add(stemWord(word));
  return words;
}
