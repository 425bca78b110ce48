import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBoilerplate } from './boilerplate.js';
import type { Page } from './page.js';

// A saved web page -> the article a reader view shows (Mozilla Readability, the code behind Firefox Reader View),
// as plain paragraphs. linkedom gives Readability a DOM without a browser; it is several times faster than jsdom
// and needs no native parts.

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'TBODY',
  'THEAD',
  'HEADER',
  'FOOTER',
  'MAIN',
  'FIGURE',
  'DL',
  'BR',
  'HR',
]);
/** Not the article: captions and credits, asides, forms, buttons. */
const DROPPED =
  'figure, figcaption, aside, nav, form, button, script, style, noscript, svg, iframe, [aria-hidden="true"]';

export type HtmlArticle = Omit<Page, 'language'> & { language: string | null; textLength: number };

export function readHtml(html: string): HtmlArticle | undefined {
  const { document } = parseHTML(html);
  const metaDate = publishedFromMeta(document);
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is DOM-shaped but not typed as lib.dom's.
  const article = new Readability(document as any).parse();
  if (!article?.content) return undefined;
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  for (const node of body.querySelectorAll(DROPPED)) node.remove();
  const paragraphs = blockTexts(body.body).filter((p) => !isBoilerplate(p));
  return {
    title: clean(article.title ?? ''),
    author: cleanByline(article.byline),
    outlet: article.siteName ? clean(article.siteName) : null,
    language: article.lang ?? lang,
    published: isoDate(article.publishedTime ?? metaDate),
    url: canonical && /^https?:\/\//.test(canonical) ? canonical : null,
    excerpt: article.excerpt ? clean(article.excerpt) : null,
    paragraphs,
    textLength: paragraphs.join(' ').length,
  };
}

type Node = { nodeType: number; nodeName: string; childNodes: ArrayLike<Node>; textContent: string | null };

/** The text of every innermost block, in document order: a paragraph is what a reader sees as one. */
function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function clean(text: string): string {
  // Soft hyphens and zero-width spaces are invisible on the page: a reader sees "Netanyahu", not "Netan\u00adyahu".
  return text
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const text = clean(byline).replace(/^by\s+/i, '');
  // Readability sometimes returns a date line or a whole paragraph as the byline.
  const dateLike =
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}:\d\d\s?(?:am|pm)\b/i;
  if (
    text.length > 100 ||
    /^(?:last )?updated\b|^published\b/i.test(text) ||
    dateLike.test(text) ||
    !/[A-Za-z\p{Script=Han}]/u.test(text)
  )
    return null;
  return text;
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

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
