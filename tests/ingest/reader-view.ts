import { parseHTML } from 'linkedom';

// What a reader view shows, as sentences: the yardstick for "our paragraphs keep the article". Written apart from
// src/ingest on purpose (a plain tag walk, no Readability), so a test does not grade our reader with itself.

const BLOCK =
  /^(?:p|h[1-6]|li|blockquote|pre|dd|dt|td|th|div|section|article|ul|ol|table|tr|header|footer|figure|figcaption|br|hr|main|aside)$/i;

/** The reader view's text, one entry per block, whitespace normalised. */
export function readerViewBlocks(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = normalise(current);
    if (text) blocks.push(text);
    current = '';
  };
  // biome-ignore lint/suspicious/noExplicitAny: linkedom nodes are DOM-shaped but not typed as lib.dom's.
  const walk = (node: any) => {
    if (node.nodeType === 3) current += node.textContent;
    if (node.nodeType !== 1) return;
    const name = String(node.nodeName);
    if (/^(?:script|style|noscript)$/i.test(name)) return;
    const block = BLOCK.test(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body);
  flush();
  return blocks;
}

/** Sentences of the blocks: split after . ! ? followed by a space, and after 。！？ */
export function sentencesOf(blocks: string[]): string[] {
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?]["”’)]?)\s+(?=\S)|(?<=[。！？][”」』）]?)/u))
    .map(normalise)
    .filter((s) => s.length > 1);
}

export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** The page furniture the issue names: a reader view keeps these lines, a briefing must not. */
export const FURNITURE: readonly RegExp[] = [
  /^(?:photo|image|video)$/i,
  /^credit(?:s?\b|(?=[A-Z]))/i,
  /^continue reading the main story$/i,
  /^advertisement$/i,
  /^a version of this article appears in print\b/i,
];

/**
 * Furniture of the Chinese page (qq), which its reader view keeps: "repost to Tencent Weibo", "video picks", the
 * reprint notice, the editor's tag and a reader poll. Not article sentences, so not counted as kept or lost.
 */
export const CHINESE_FURNITURE: readonly RegExp[] = [
  /^转播到腾讯微博$/,
  /^精彩视频推荐$/,
  /中文相关权益归腾讯公司独家所有|^未经授权，不得转载/,
  /^\[责任编辑：/,
  /^您认为这篇文章与.*相关度高吗？$/,
];
