import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom/worker';
import { cleanByline } from './clean-byline.js';
import { clean, htmlParagraphs } from './html-paragraphs.js';
import type { DocumentText } from './page.js';

// A saved web page -> the article a reader view shows (Mozilla Readability, the code behind Firefox Reader View),
// as plain paragraphs, with what the page says about itself. linkedom gives Readability a DOM without a browser; it
// is several times faster than jsdom and needs no native parts. Its one-file bundle (linkedom/worker) loads in a
// third of the time of the package root, which imports its modules one by one.

export function readHtml(html: string): DocumentText {
  const { document } = parseHTML(html);
  const metaDate = publishedFromMeta(document);
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const metaAuthor = document.querySelector('meta[name="author"]')?.getAttribute('content') ?? null;
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is DOM-shaped but not typed as lib.dom's.
  const article = new Readability(document as any).parse();
  const title = clean(article?.title ?? document.querySelector('title')?.textContent ?? '');
  const paragraphs = article?.content ? htmlParagraphs(article.content).paragraphs : [];
  // The page's headline is the title, not the first paragraph (Readability sometimes keeps it in the body).
  if (paragraphs.length > 0 && sameText(paragraphs[0], title)) paragraphs.shift();
  return {
    title,
    author: cleanByline(article?.byline) ?? cleanByline(metaAuthor),
    outlet: article?.siteName ? clean(article.siteName) : null,
    language: article?.lang ?? lang,
    published: isoDate(article?.publishedTime ?? metaDate) ?? dateInAddress(canonical),
    url: canonical && /^https?:\/\//.test(canonical) ? canonical : null,
    excerpt: article?.excerpt ? clean(article.excerpt) : null,
    paragraphs,
  };
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * "washingtonpost.com/news/opinions/wp/2018/10/29/...", "money.cnn.com/2016/11/29/news/...": news sites put the day a
 * story ran in its address; a page that gives no date in its metadata still gives this one.
 */
function dateInAddress(url: string | null): string | null {
  const match = url && /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

// biome-ignore lint/suspicious/noExplicitAny: see above.
function publishedFromMeta(document: any): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    'meta[name="DC.date.issued"]',
    'time[datetime]',
  ];
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('datetime');
    if (value) return value;
  }
  return null;
}

/** YYYY-MM-DD from the many ways pages and documents write a date, or null. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // PDF dates: D:20250314090000Z
  const match = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
