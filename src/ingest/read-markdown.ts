import { load } from 'js-yaml';
import { Marked } from 'marked';
import { htmlParagraphs } from './html-paragraphs.js';
import type { DocumentText } from './page.js';
import { isoDate } from './read-html.js';

// A Markdown file -> the paragraphs a reader of the rendered page sees (headings, paragraphs, list items; the
// markup gone), through the same paragraph walk as a web page. A YAML front matter block, when there is one, gives
// title, author, outlet, date and language; else the title is the first heading, or the first line.

// Raw HTML inside Markdown is rendered too (and then walked like any page); GFM tables and strikethrough are on.
const marked = new Marked({ gfm: true, async: false });

export function readMarkdown(source: string, fallbackTitle: string): DocumentText {
  const { meta, body } = frontMatter(source.replace(/\r\n?/g, '\n'));
  const html = marked.parse(body, { async: false });
  const { paragraphs, headings } = htmlParagraphs(html);
  let title = text(meta.title);
  if (!title && paragraphs.length > 0) {
    // The first heading names the document; so does a short first line when there is no heading at all.
    const heading = headings[0];
    if (heading) title = heading.text;
    else if (paragraphs[0].length <= 150 && !/[.!?。！？]$/.test(paragraphs[0])) title = paragraphs[0];
    if (title && paragraphs[0] === title) paragraphs.shift();
  }
  return {
    title: title || fallbackTitle,
    author: text(meta.author ?? meta.byline ?? meta.authors),
    outlet: text(meta.outlet ?? meta.site ?? meta.site_name ?? meta.publisher ?? meta.source),
    language: text(meta.lang ?? meta.language ?? meta.locale),
    published: isoDate(text(meta.date ?? meta.published ?? meta.published_at ?? meta.pubDate)),
    url: /^https?:\/\//.test(text(meta.url ?? meta.canonical) ?? '') ? text(meta.url ?? meta.canonical) : null,
    excerpt: text(meta.description ?? meta.excerpt ?? meta.summary),
    paragraphs,
  };
}

function frontMatter(source: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(source);
  if (!match) return { meta: {}, body: source };
  try {
    const meta = load(match[1]);
    if (meta && typeof meta === 'object' && !Array.isArray(meta))
      return { meta: meta as Record<string, unknown>, body: source.slice(match[0].length) };
  } catch {
    // Not YAML after all (a horizontal rule, say): read the whole file as Markdown.
  }
  return { meta: {}, body: source };
}

/** A front matter value as one line of text: lists joined ("authors: [A, B]"), dates as ISO. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return text(
      value
        .map((v) => text(v))
        .filter(Boolean)
        .join(', '),
    );
  if (typeof value === 'object') return text((value as { name?: unknown }).name);
  const result = String(value).replace(/\s+/g, ' ').trim();
  return result || null;
}
