import { parseHTML } from 'linkedom/worker';
import { isBoilerplate, stripAgencyCredit, stripCaptionCredit } from './boilerplate.js';

// An article's HTML (what Readability kept, or what Markdown and Word documents turn into) -> the paragraphs a reader
// sees: the text of every innermost block, whitespace normalised, page furniture left out. One walk serves every
// format, so a heading, a list item or a caption becomes a paragraph the same way whatever the file was.

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
  'FIGCAPTION',
  'DL',
  'BR',
  'HR',
  'ADDRESS',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
]);
const CELLS = new Set(['TD', 'TH']);
/** Not the article: asides, forms, buttons, media. */
const DROPPED =
  'aside, nav, form, button, input, select, textarea, script, style, noscript, template, svg, iframe, object, video, audio, [aria-hidden="true"], [hidden]';
/** Inside a caption: who took the picture, not what it shows. */
const CREDITS =
  '[itemprop="copyrightHolder"], [itemprop="creator"], [itemprop="author"], [class*="credit" i], [class*="copyright" i], [class*="photographer" i], [class*="byline" i]';

export type Heading = { text: string; level: number; index: number };
export type HtmlParagraphs = {
  paragraphs: string[];
  headings: Heading[];
  /** Of the paragraphs, a web page's teasers for its other stories (see ParagraphOptions). */
  asides: string[];
};

/**
 * A web page's own address, when known: a paragraph that is nothing but links to other pages of the same site is a
 * teaser for another story ("15 Amazing Images of Stars", "View author archive", Fox News's headlines in capitals),
 * not the article. It stays, as a reader view shows it, but is listed among the asides, which answer nothing. Links
 * elsewhere are the article's ("Get it on Amazon for $649.99" in a deals post), as are links within the page.
 */
export type ParagraphOptions = { webPage?: { address: string | null } };

export function htmlParagraphs(html: string, { webPage }: ParagraphOptions = {}): HtmlParagraphs {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll(DROPPED)) node.remove();
  // A figure's picture is not text; its caption is what a reader sees, once its photo credit is cut.
  for (const figure of document.querySelectorAll('figure')) {
    const captions = figure.querySelectorAll('figcaption');
    for (const caption of captions) for (const credit of caption.querySelectorAll(CREDITS)) credit.remove();
    const kept = captions.map((caption: { outerHTML: string }) => caption.outerHTML).join('');
    figure.innerHTML = kept;
  }
  return blockTexts(
    document.body,
    webPage && {
      site: webPage.address ? siteOf(webPage.address) : undefined,
      path: webPage.address ? pathOf(webPage.address) : undefined,
    },
  );
}

type Node = {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
  getAttribute?: (name: string) => string | null;
};

function blockTexts(
  root: Node,
  page: { site: string | undefined; path: string | undefined } | undefined,
): HtmlParagraphs {
  const paragraphs: string[] = [];
  const headings: Heading[] = [];
  const asides: string[] = [];
  let current = '';
  /** The text of the block so far that is inside links, and where those links go. */
  let linked = '';
  let hrefs: string[] = [];
  let inLink = 0;
  /**
   * Lines a <br> breaks within a link and a table's cells are parts of one block, not a list of stories: Genius links
   * each line of a song to its notes, Wikipedia's infobox its values to their articles.
   */
  let brokenLine = false;
  let cellDepth = 0;
  let afterCell = false;
  let caption = false;
  const flush = (heading?: number) => {
    let text = clean(current);
    const teaser =
      page !== undefined &&
      !brokenLine &&
      cellDepth === 0 &&
      !afterCell &&
      text.length > 0 &&
      onlyLinks(text, clean(linked)) &&
      hrefs.length > 0 &&
      hrefs.every((href) => isOtherPageOf(href, page));
    current = '';
    linked = '';
    hrefs = [];
    brokenLine = false;
    afterCell = false;
    text = caption ? stripCaptionCredit(text) : stripAgencyCredit(text);
    if (!text || isBoilerplate(text)) return;
    if (heading) headings.push({ text, level: heading, index: paragraphs.length });
    if (teaser) asides.push(text);
    paragraphs.push(text);
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      if (inLink > 0) linked += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    // A table's row is one paragraph, its cells apart by a space: "Joe Schobert 74 100% 7 tackles, 3 assists (10
    // combined)", "Repeat Performance 1947 A woman who shot her husband ...". A cell on its own said nothing of which
    // row it was in (drafted sets: 16 more right, 6 fewer wrong, 4 more out-of-scope answered; a cell's own paragraphs
    // still stand apart).
    if (CELLS.has(name)) {
      current += ' ';
      cellDepth += 1;
      for (const child of Array.from(node.childNodes)) walk(child);
      cellDepth -= 1;
      // The row goes on after the cell, in the same paragraph.
      afterCell = true;
      current += ' ';
      return;
    }
    if (name === 'BR') {
      // Within a link, the lines it breaks are one link's parts; between links, each line is its own.
      const withinLink = inLink > 0;
      brokenLine ||= withinLink;
      flush();
      brokenLine = withinLink;
      return;
    }
    if (!BLOCKS.has(name)) {
      const link = name === 'A';
      if (link) {
        inLink += 1;
        hrefs.push(node.getAttribute?.('href') ?? '');
      }
      for (const child of Array.from(node.childNodes)) walk(child);
      if (link) inLink -= 1;
      return;
    }
    flush();
    const wasCaption = caption;
    if (name === 'FIGCAPTION') caption = true;
    for (const child of Array.from(node.childNodes)) walk(child);
    flush(/^H[1-6]$/.test(name) ? Number(name[1]) : undefined);
    caption = wasCaption;
  };
  walk(root);
  flush();
  return { paragraphs, headings, asides };
}

export function clean(text: string): string {
  // Soft hyphens and zero-width characters are invisible on the page: a reader sees "Netanyahu", not "Netan\u00adyahu".
  return text
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** An address as a URL, a path ("/2019/x") read as on any site; undefined for what is no address. */
function urlOf(address: string): URL | undefined {
  try {
    return new URL(address, 'https://page.invalid/');
  } catch {
    return undefined;
  }
}

/**
 * "https://www.livescience.com/..." -> "livescience.com". Another host of the same company ("bugzilla.mozilla.org" for
 * "blog.nightly.mozilla.org") is another site: its pages are what a blog post lists, not teasers for its own stories.
 */
function siteOf(address: string): string | undefined {
  return urlOf(address)
    ?.hostname.toLowerCase()
    .replace(/^www\./, '');
}

/**
 * Whether a link goes to another page of the site: a path on it ("/2019/most-remote-places"), or an address on one of
 * its hosts. Not a place in the page itself ("#content"), nor a link without an address.
 */
function isOtherPageOf(href: string, page: { site: string | undefined; path: string | undefined }): boolean {
  const target = href.trim();
  if (target === '' || target.startsWith('#') || /^(?:mailto|tel|javascript):/i.test(target)) return false;
  // Genius links each line of a song to its note on the same page ("/Prince-purple-rain-lyrics#note-3569532").
  if (page.path !== undefined && pathOf(target) === page.path) return false;
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(target)) return true;
  return page.site !== undefined && siteOf(target) === page.site;
}

/** "https://genius.com/Prince-lyrics#note-1" and "/Prince-lyrics?x=1" -> "/prince-lyrics". */
function pathOf(address: string): string | undefined {
  return urlOf(address)?.pathname.replace(/\/$/, '').toLowerCase();
}

/**
 * Whether a block's words are all its links' words, but for a tag the page sets after a link ("China furious at Macron
 * [INSIGHT]", the Express's "DON'T MISS" lists; "... (VIDEO)") and the marks between links.
 */
function onlyLinks(text: string, linked: string): boolean {
  if (linked.length >= text.length) return true;
  if (linked.length === 0) return false;
  let rest = text;
  for (const part of linked.split(/\s+/)) rest = rest.replace(part, ' ');
  return /^[\s|•·,;–—-]*$/u.test(rest.replace(/[[(](?:\p{Lu}+|video|photos?|pics|watch|listen)[\])]/giu, ' '));
}
