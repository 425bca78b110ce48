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
export type HtmlParagraphs = { paragraphs: string[]; headings: Heading[] };

export function htmlParagraphs(html: string): HtmlParagraphs {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll(DROPPED)) node.remove();
  // A figure's picture is not text; its caption is what a reader sees, once its photo credit is cut.
  for (const figure of document.querySelectorAll('figure')) {
    const captions = figure.querySelectorAll('figcaption');
    for (const caption of captions) for (const credit of caption.querySelectorAll(CREDITS)) credit.remove();
    const kept = captions.map((caption: { outerHTML: string }) => caption.outerHTML).join('');
    figure.innerHTML = kept;
  }
  return blockTexts(document.body);
}

type Node = { nodeType: number; nodeName: string; childNodes: ArrayLike<Node>; textContent: string | null };

function blockTexts(root: Node): HtmlParagraphs {
  const paragraphs: string[] = [];
  const headings: Heading[] = [];
  let current = '';
  let caption = false;
  const flush = (heading?: number) => {
    let text = clean(current);
    current = '';
    text = caption ? stripCaptionCredit(text) : stripAgencyCredit(text);
    if (!text || isBoilerplate(text)) return;
    if (heading) headings.push({ text, level: heading, index: paragraphs.length });
    paragraphs.push(text);
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
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
      for (const child of Array.from(node.childNodes)) walk(child);
      current += ' ';
      return;
    }
    if (!BLOCKS.has(name)) {
      for (const child of Array.from(node.childNodes)) walk(child);
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
  return { paragraphs, headings };
}

export function clean(text: string): string {
  // Soft hyphens and zero-width characters are invisible on the page: a reader sees "Netanyahu", not "Netan\u00adyahu".
  return text
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
