import type { NotStated } from '../knowledge/schema.js';
import { asksMatcher, readAsks, readPhrase } from '../match/not-stated.js';

// "Who wrote this?" about a page with no byline: the bot must say the article does not say, not answer from the
// nearest sentence. kb:new knows which of author, outlet and date the page gave, so it writes a pack-wide not_stated
// detail for each one missing. The phrases are specific ("who wrote", not "author") so that "what does the author
// think of X" still reaches the article's content.

export type PageMeta = { author: string | null; outlet: string | null; published: string | null };

const AUTHOR_ASKS = [
  'who wrote',
  'wrote this',
  'wrote the article',
  'wrote the piece',
  'wrote the story',
  'written by',
  'who is the author',
  "who's the author",
  'whos the author',
  "the author's name",
  'name of the author',
  'which journalist',
  'which reporter',
  'who is the reporter',
  "who's the reporter",
  "who's the journalist",
  "who's the writer",
  'who is the writer',
  'who writer',
  'who is writer',
  '作者是谁',
  '谁写的',
];
const OUTLET_ASKS = [
  'which outlet',
  'what outlet',
  'which publication',
  'what publication',
  'which publisher',
  'who published',
  'which site',
  'what site',
  'which website',
  'what website',
  'which newspaper',
  'what newspaper',
  'which paper',
  'what paper',
  'which news site',
  'which blog',
  'what blog',
  'which magazine',
  'what magazine',
  'ran this',
  'ran the story',
  'which media',
  'what media',
  'media what',
  '哪家媒体',
  '什么媒体',
];
const DATE_ASKS = [
  'when was this published',
  'when was it published',
  'when was the article published',
  'when was the piece published',
  'when was this article published',
  'when did this come out',
  'publication date',
  'pub date',
  'date was it published',
  'date it was published',
  'date of the article',
  'when published',
  'published when',
  '什么时候发表',
  '发表时间',
];

/**
 * The details for what the page does not give. A phrase one of the drafted entries' own phrasings contains is left
 * out (a keyword alternate "when Published attracted thousands citations"), as kb:check requires.
 */
export function missingMetaDetails(
  meta: PageMeta,
  phrasings: readonly string[],
  url: string | null = null,
): NotStated[] {
  const read = phrasings.map(readPhrase);
  const usable = (ask: string) => {
    const asked = asksMatcher(readAsks([ask]));
    return !read.some((phrasing) => asked(phrasing) !== undefined);
  };
  const host = hostOf(url);
  const missing = [
    meta.author === null && { id: 'article-author', asks: AUTHOR_ASKS, what: 'names no author' },
    meta.outlet === null && {
      id: 'article-outlet',
      asks: OUTLET_ASKS,
      // The page's own address says where it ran ("www.nytimes.com") when its metadata names no outlet.
      what: `does not say which outlet published it${host ? `; it ran at ${host}` : ''}`,
    },
    meta.published === null && { id: 'article-date', asks: DATE_ASKS, what: 'gives no publication date' },
  ].filter((m) => m !== false);
  const given = [
    meta.author && `it is by ${meta.author}`,
    meta.outlet && `published by ${meta.outlet}`,
    meta.published && `on ${meta.published}`,
  ].filter(Boolean);
  const also = given.length > 0 ? ` The page says ${given.join(', ')}.` : '';
  return missing
    .map(({ id, asks, what }) => ({
      id,
      asks: asks.filter(usable),
      answer: `The page this briefing was drafted from ${what}.${also}`,
    }))
    .filter((detail) => detail.asks.length > 0);
}

function hostOf(url: string | null): string | undefined {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
}
