import type { Reply } from '../answer/reply.js';
import { isArticleLevel } from '../knowledge/article-level.js';
import { type Briefing, briefingLabel } from './briefing.js';
import type { Catalogue } from './catalogue.js';
import type { RoutedReply } from './routed-reply.js';
import { readRoutingWords, routingWords } from './routing-words.js';

// "tl;dr?", "who wrote this?", "what's the headline?" ask about *the* article. With one briefing that is clear; with
// several and nothing saying which (no channel default, no thread), every briefing answers it as well as the next,
// and which one routing picks depends on how each pack happens to phrase "gist". Picking one is a coin toss that
// reads as a confident wrong answer, so the bot asks back: one button per briefing, each answering the same question
// from that briefing. A question that names one briefing's title or outlet ("tl;dr of the indonesia piece"), or a
// name only one briefing uses ("is this mainly a tiktok story?"), or a word of one title alone ("who wrote the
// literally piece"), is answered from it.

/** How many briefings are weighed and offered: the ones already asked, then the newest (Block Kit shows five buttons). */
const MAX_OFFERED = 5;

type Answered = { briefing: Briefing; reply: Reply };

/**
 * The answer to an article-level question when routing chose one (`chosen`) among several briefings: that answer
 * when no other briefing answers it the same way, the briefing the question names, or a reply asking which one.
 */
export function settleArticleQuestion(
  catalogue: Catalogue,
  question: string,
  chosen: Answered,
  asked: readonly Answered[],
): Answered | RoutedReply {
  const pool: Answered[] = [];
  const consider = ({ briefing, reply }: Answered) => {
    if (pool.length >= MAX_OFFERED || pool.some((p) => p.briefing === briefing)) return;
    // A briefing whose article does not say (no byline) answers "who wrote this?" too: that it is not given.
    if ((reply.answered && isArticleLevel(reply.entryId)) || reply.reason === 'not_stated')
      pool.push({ briefing, reply });
  };
  consider(chosen);
  for (const a of asked) consider(a);
  for (const briefing of catalogue.briefings) {
    if (pool.length >= MAX_OFFERED) break;
    if (!pool.some((p) => p.briefing === briefing)) consider({ briefing, reply: briefing.engine().answer(question) });
  }
  if (pool.length <= 1) return chosen;
  const named = pool.filter((p) => namesBriefing(catalogue, question, p.briefing));
  if (named.length === 1) return named[0];
  // "when was the literally article published": a word naming the piece ("the debt piece", "the story about
  // literally") names a briefing by its title, everyday as it is, when no other briefing offered uses it at all.
  if (named.length === 0) {
    const naming = namingWords(question);
    const titled = pool.filter((p) => titleHasAny(p.briefing, naming, pool));
    if (titled.length === 1) return titled[0];
  }
  return askWhichBriefing(catalogue, question, named.length > 1 ? named : pool);
}

/**
 * The question uses a word that is not everyday English ("indonesia", "nyt", "tiktok") from the briefing's title or
 * outlet, or one that no other briefing uses at all.
 */
function namesBriefing(catalogue: Catalogue, question: string, briefing: Briefing): boolean {
  const { meta } = briefing.pack;
  const label = routingWords([meta.title, ...meta.sources.map((s) => s.outlet ?? '')].join('\n'));
  return readRoutingWords(question).some(
    ({ word, everyday }) =>
      !everyday && (label.has(word) || (catalogue.documentFrequency(word) === 1 && briefing.profile.words.has(word))),
  );
}

// "the debt piece", "the literally article", "the story on debt": the words people name a piece by.
const PIECE = '(?:article|piece|story|post|essay|blog|one)';
const BEFORE_PIECE = new RegExp(`([\\p{L}\\p{N}'-]+)\\s+${PIECE}\\b`, 'gu');
const AFTER_PIECE = new RegExp(`\\b${PIECE}\\s+(?:about|on)\\s+(?:the\\s+)?([\\p{L}\\p{N}'-]+)`, 'gu');

function namingWords(question: string): Set<string> {
  const text = question.toLowerCase();
  const words = [...text.matchAll(BEFORE_PIECE), ...text.matchAll(AFTER_PIECE)].map((m) => m[1]);
  return new Set(readRoutingWords(words.join(' ')).map(({ word }) => word));
}

function titleHasAny(briefing: Briefing, words: ReadonlySet<string>, pool: readonly Answered[]): boolean {
  const title = routingWords(briefing.pack.meta.title);
  return [...words].some(
    (word) => title.has(word) && pool.every((p) => p.briefing === briefing || !p.briefing.profile.words.has(word)),
  );
}

function askWhichBriefing(catalogue: Catalogue, question: string, pool: readonly Answered[]): RoutedReply {
  return {
    question,
    answered: false,
    answer: `Which briefing do you mean? I answer from ${catalogue.briefings.length}, and that question fits any of them. Pick one below, ask in the thread of one of my answers, or make one this channel's default with \`/brief use <briefing>\`.`,
    confidence: 0,
    reason: 'which_briefing',
    entryId: null,
    citations: [],
    figures: [],
    suggestions: pool.map(({ briefing, reply }) => ({
      pack: briefing.id,
      id: reply.entryId ?? '',
      question: briefingLabel(briefing).title,
    })),
    pack: null,
    alsoIn: [],
    briefing: null,
  };
}
