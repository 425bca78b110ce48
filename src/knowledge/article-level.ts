// "tl;dr?", "who wrote this?", "what's the headline?" ask about *the* article, whichever it is. The entries that answer
// them are named for it: kb:new writes `article-summary`, `article-headline` and `article-byline`, and curated packs
// keep the prefix (docs/curating.md).

/** An entry (or a combined `a+b` answer led by one) about its article as a whole. */
export function isArticleLevel(entryId: string | null): boolean {
  return entryId?.split('+')[0].startsWith('article-') ?? false;
}

/** The entry kb:new writes (and curated packs keep) for what the article is about as a whole. */
export const ARTICLE_SUMMARY_ID = 'article-summary';

/** The entry kb:new writes for the article's headline. */
export const ARTICLE_HEADLINE_ID = 'article-headline';
