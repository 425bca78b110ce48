import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom/worker';
import { isoDay, monthNumber } from './calendar-day.js';
import { cleanByline } from './clean-byline.js';
import { cleanTitle } from './clean-title.js';
import { clean, htmlParagraphs } from './html-paragraphs.js';
import type { DocumentText } from './page.js';

// A saved web page -> the article a reader view shows (Mozilla Readability, the code behind Firefox Reader View),
// as plain paragraphs, with what the page says about itself. linkedom gives Readability a DOM without a browser; it
// is several times faster than jsdom and needs no native parts. Its one-file bundle (linkedom/worker) loads in a
// third of the time of the package root, which imports its modules one by one.

/** `savedFrom`: the address a browser saved the page from, for a page that names none itself (see read-mhtml.ts). */
export function readHtml(html: string, savedFrom?: string | null): DocumentText {
  const { document } = parseHTML(html);
  contentFromValue(document);
  dropAppendedArticles(document);
  // A wiki's "[edit]" link after each heading ("Software[edit]") is a button, not the heading's words.
  for (const link of [...document.querySelectorAll('.mw-editsection')]) link.remove();
  const metaDate = publishedFromMeta(document);
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    savedFrom ??
    null;
  const metaAuthor = document.querySelector('meta[name="author"]')?.getAttribute('content') ?? null;
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is DOM-shaped but not typed as lib.dom's.
  const article = new Readability(document as any).parse();
  const author = cleanByline(article?.byline) ?? cleanByline(metaAuthor);
  const siteName = outletName(article?.siteName);
  const outlet = siteName !== null && SECTION_NAME.test(siteName) ? null : siteName;
  const url = canonical && /^https?:\/\//.test(canonical) ? canonical : null;
  const titleLine = clean(article?.title ?? document.querySelector('title')?.textContent ?? '');
  const { title, site } = cleanTitle({
    title: titleLine,
    outlet,
    author,
    url,
    section: outlet === siteName ? null : siteName,
  });
  const read = article?.content
    ? htmlParagraphs(article.content, { webPage: { address: url } })
    : { paragraphs: [], asides: [] };
  // A page that prints its own address above the story (Hearst's newspapers) says nothing a reader asks about.
  const paragraphs = read.paragraphs.filter((paragraph) => !url || !sameAddress(paragraph, url));
  // The page's headline is the title, not the first paragraph (Readability sometimes keeps it in the body).
  if (paragraphs.length > 0 && (sameText(paragraphs[0], title) || sameText(paragraphs[0], titleLine)))
    paragraphs.shift();
  return {
    title,
    ...(titleLine !== title ? { titleLine } : {}),
    author,
    // A page that named a section for its site is still named by its address ("reuters.com").
    outlet: outlet ?? site ?? (siteName !== outlet ? domainOf(url) : null),
    language: article?.lang ?? lang,
    published: isoDate(article?.publishedTime ?? metaDate) ?? dateInAddress(canonical) ?? dateInByline(article?.byline),
    url,
    excerpt: article?.excerpt ? clean(article.excerpt) : null,
    paragraphs,
    ...(read.asides.length > 0 ? { asides: read.asides } : {}),
  };
}

/**
 * News themes with infinite scroll append the next stories, each with its own headline, in a box below the article
 * ("mvp-post-add-box" in the Zox News theme). Readability took the box for the article when it held more text, so the
 * briefing answered from other stories. The box goes, unless it holds the page's first headline: the containers
 * trafilatura prunes too (REMOVE_APPENDED_ARTICLES_XPATH in its xpaths.py).
 */
const APPENDED_STORIES = /(?:^|[\s_-])infinite-?scroll|mvp-post-add-(?:box|wrap)/i;

// biome-ignore lint/suspicious/noExplicitAny: see readHtml.
function dropAppendedArticles(document: any): void {
  const headline = document.querySelector('h1');
  for (const box of [...document.querySelectorAll('div, section, aside')]) {
    if (!APPENDED_STORIES.test(`${box.getAttribute('id') ?? ''} ${box.getAttribute('class') ?? ''}`)) continue;
    if (!headline || !box.contains(headline)) box.remove();
  }
}

/**
 * `<meta name="og:site_name" value="Chicago Tribune">`: some pages (and tools that save them) put a meta tag's text in
 * `value` rather than `content`, which is all Readability and the lookups here read. Without it such a page loses its
 * outlet, its date and the headline without the site's suffix.
 */
// biome-ignore lint/suspicious/noExplicitAny: see readHtml.
function contentFromValue(document: any): void {
  for (const meta of document.querySelectorAll('meta[value]:not([content])'))
    meta.setAttribute('content', meta.getAttribute('value'));
  // `<meta name="author" content="https://www.facebook.com/...">`: a profile's address, no name. Readability takes the
  // meta author over the page's byline, so it would leave the writer unnamed.
  for (const meta of document.querySelectorAll('meta[name="author"]'))
    if (/^\s*https?:\/\//i.test(meta.getAttribute('content') ?? '')) meta.removeAttribute('content');
}

/**
 * A section's name where the site's should be: Reuters' pages give "U.S.", the AP's pages hosted for its member papers
 * "Hosted". Said as the outlet, "published by U.S." would be false.
 */
const SECTION_NAME =
  /^(?:u\.?s\.?|u\.?k\.?|world|business|politics|markets?|tech(?:nology)?|science|health|sports?|entertainment|opinion|news|local|national|international|hosted|home)$/i;

/**
 * The site's name as a reply can say it: "http://www.tmz.com" as "tmz.com", and "SIMPLYFOUND.COM | BY: JOE WEE"
 * without the writer the theme put after it.
 */
function outletName(siteName: string | null | undefined): string | null {
  const name = clean(siteName ?? '')
    .replace(/^https?:\/\/(?:www\.)?([^/\s]+)\/?$/i, '$1')
    .replace(/\s*[|·–—-]\s*by\b:?.*$/i, '')
    .trim();
  return name || null;
}

function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

function sameAddress(text: string, url: string): boolean {
  const plain = (address: string) => address.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$|\/$/g, '');
  return /^https?:\/\/\S+$/i.test(text) && plain(text) === plain(url);
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * "washingtonpost.com/news/opinions/wp/2018/10/29/...", "money.cnn.com/2016/11/29/news/...": news sites put the day a
 * story ran in its address; a page that gives no date in its metadata still gives this one.
 */
function dateInAddress(url: string | null): string | null {
  const match =
    url &&
    (/\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url) ??
      // ".../ct-trump-energy-department-climate-change-request-20161213-story.html": the day as one word of the slug.
      /[/-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[-./]|$)/.exec(url.replace(/[?#].*$/, '')));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** "Joe DavidsonWashington PostDec 13, 2016 at": a page with no date elsewhere often gives it beside the writer. */
function dateInByline(byline: string | null | undefined): string | null {
  const match =
    byline &&
    /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*)\.? (\d{1,2}), ((?:19|20)\d\d)\b/.exec(byline);
  return match ? (isoDay(match[3], monthNumber(match[1]), Number(match[2])) ?? null) : null;
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

/**
 * YYYY-MM-DD from the many ways pages and documents write a date, or null. Not a year before 1900: "0001-01-01" is a
 * publishing system's empty date (Gannett's pages carry it), which a reply would give as the day the article ran.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  // PDF dates: D:20250314090000Z
  const match = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  const parsed = Date.parse(value);
  const day = match
    ? `${match[1]}-${match[2]}-${match[3]}`
    : Number.isNaN(parsed)
      ? null
      : new Date(parsed).toISOString().slice(0, 10);
  return day !== null && Number(day.slice(0, 4)) >= 1900 ? day : null;
}
