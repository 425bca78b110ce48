import path from 'node:path';
import { decodeText } from './decode-text.js';
import { detectFileType, type FileType } from './file-type.js';
import { isCjk, pageLanguage } from './language.js';
import type { DocumentText, Page, ReadError, ReadResult } from './page.js';
import {
  MAX_FILE_BYTES,
  MIN_ARTICLE_CHARS,
  MIN_ARTICLE_PARAGRAPHS,
  MIN_SINGLE_PARAGRAPH_CHARS,
  readErrors,
} from './read-errors.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';
import { isMhtml, type MhtmlPage, pageOfMhtml } from './read-mhtml.js';
import { readText } from './read-text.js';
import { type ArchivedPage, isWebArchive, pageOfWebArchive } from './read-webarchive.js';

// File bytes -> the article as a reader sees it, whatever the file: a saved web page, plain text, Markdown, PDF or
// Word. Every refusal is a typed error with one line a person can act on; nothing here touches the disk, so the
// command line and a file shared in Slack read alike.

export async function readPage(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const name = path.basename(fileName);
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: readErrors.tooLarge(name, bytes.length) };
  if (bytes.length === 0) return { ok: false, error: readErrors.empty(name) };
  const type = detectFileType(bytes, name);
  if (!type.ok) return type;
  let read: Awaited<ReturnType<typeof readDocument>>;
  try {
    read = await readDocument(bytes, name, type.value);
  } catch (error) {
    // A file no reader expected (a parser's own failure) still gets one line, never a stack trace.
    const why = String((error as Error)?.message ?? error).split('\n')[0];
    return { ok: false, error: readErrors.unreadable(name, TYPE_NAMES[type.value], why) };
  }
  if (!read.ok) return read;
  // A caption a page shows twice (NPR's photo, then its toggled caption) is one paragraph to a reader.
  const document = { ...read.value, paragraphs: read.value.paragraphs.filter((p, i, all) => p !== all[i - 1]) };
  // A page of teasers for other stories (a section's front page) holds no article.
  const asides = new Set(document.asides ?? []);
  const own = document.paragraphs.filter((p) => !asides.has(p));
  const text = own.join('\n');
  const chars = articleChars(text);
  const tooFewParagraphs = own.length < MIN_ARTICLE_PARAGRAPHS && chars < MIN_SINGLE_PARAGRAPH_CHARS;
  if (chars < MIN_ARTICLE_CHARS || tooFewParagraphs) {
    return {
      ok: false,
      error: readErrors.noArticle(name, text.length, own.length, type.value === 'html'),
    };
  }
  const page: Page = {
    ...document,
    title: document.title || titleFromFileName(name),
    language: pageLanguage(document.language, `${document.title}\n${text}`),
    format: type.value,
  };
  return { ok: true, value: page };
}

const TYPE_NAMES: Record<FileType, string> = {
  html: 'a web page',
  txt: 'text',
  md: 'Markdown',
  pdf: 'a PDF',
  docx: 'a Word .docx document',
};

async function readDocument(
  bytes: Uint8Array,
  name: string,
  type: FileType,
): Promise<{ ok: true; value: DocumentText } | { ok: false; error: ReadError }> {
  const fallbackTitle = titleFromFileName(name);
  // The PDF and Word readers load large libraries (pdf.js is 1.7 MB), so only a PDF or a Word file pays for them.
  if (type === 'pdf') return (await import('./read-pdf.js')).readPdf(bytes, name, fallbackTitle);
  if (type === 'docx') return (await import('./read-docx.js')).readDocx(bytes, name, fallbackTitle);
  // A page saved as one file (Chrome's .mhtml, Safari's .webarchive) is read as the web page inside it.
  const saved = type === 'html' ? savedPage(bytes) : undefined;
  if (saved === null)
    return { ok: false, error: readErrors.unreadable(name, TYPE_NAMES.html, 'the saved file holds no web page') };
  const decoded = decodeText(saved?.html ?? bytes, { html: type === 'html', charset: saved?.encoding });
  if (!decoded.ok) return { ok: false, error: readErrors.binary(name, undefined) };
  if (decoded.text.trim() === '') return { ok: false, error: readErrors.empty(name) };
  if (type === 'html') return { ok: true, value: readHtml(decoded.text, saved?.address) };
  if (type === 'md') return { ok: true, value: readMarkdown(decoded.text, fallbackTitle) };
  return { ok: true, value: readText(decoded.text, fallbackTitle) };
}

/** Article length for the floor; a Chinese, Japanese or Korean character counts double (it carries about a word). */
function articleChars(text: string): number {
  let chars = 0;
  for (const char of text.replace(/\s+/g, ' ')) chars += isCjk(char) ? 2 : 1;
  return chars;
}

/** The page inside a single-file save; undefined for a plain page, null for a save that holds none. */
function savedPage(bytes: Uint8Array): (MhtmlPage & { encoding?: string | null }) | ArchivedPage | null | undefined {
  if (isMhtml(bytes)) return pageOfMhtml(bytes) ?? null;
  if (isWebArchive(bytes)) return pageOfWebArchive(bytes) ?? null;
  return undefined;
}

/** "china-deal_2025.pdf" -> "china deal 2025": the title of last resort. */
export function titleFromFileName(name: string): string {
  return (
    path
      .basename(name, path.extname(name))
      .replace(/[-_.]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Untitled briefing'
  );
}
