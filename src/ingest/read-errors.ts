import type { ReadError } from './page.js';

// Every message a person sees when a file cannot become a briefing, in one place. Each names the file, says what is
// wrong in one line and what to do about it.

/** Files above this size are refused before they are read: a saved article is rarely over 2 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The least article text worth a briefing; a login or cookie page's reader view falls below it. */
export const MIN_ARTICLE_CHARS = 200;
export const MIN_ARTICLE_PARAGRAPHS = 2;
/**
 * A text in one paragraph is an article from this length: a login or paywall page says its few sentences in one, but
 * an article pasted without blank lines, or a PDF set as one block, is still an article (a 14,000-character pdflatex
 * document had been refused as holding "no article").
 */
export const MIN_SINGLE_PARAGRAPH_CHARS = 1000;

export const SUPPORTED_EXTENSIONS = ['.html', '.htm', '.mhtml', '.webarchive', '.txt', '.md', '.pdf', '.docx'] as const;
const SUPPORTED = '.html/.htm, .mhtml or .webarchive (a page saved from the browser), .txt, .md, .pdf and .docx';

export const readErrors = {
  empty: (file: string): ReadError => ({
    code: 'empty',
    message: `${file} is empty: save the article again and draft from the saved file.`,
  }),
  tooLarge: (file: string, bytes: number): ReadError => ({
    code: 'too_large',
    message: `${file} is ${megabytes(bytes)} MB and Briefing Bot reads files up to ${megabytes(MAX_FILE_BYTES)} MB: save the article alone (a browser's "Web Page, HTML only") or export just its pages as a PDF.`,
  }),
  unsupported: (file: string, extension: string): ReadError => ({
    code: 'unsupported_type',
    message:
      extension === '.doc'
        ? `${file} is an old Word .doc file: Briefing Bot reads ${SUPPORTED}; open it in Word or LibreOffice and save it as .docx.`
        : `${file} is ${extension ? `a ${extension} file` : 'a file without an extension'}: Briefing Bot reads ${SUPPORTED}; save or export the article as one of those.`,
  }),
  binary: (file: string, sniffed: string | undefined): ReadError => ({
    code: 'binary',
    message: sniffed
      ? `${file} is not text but ${sniffed} under a text file's name: give the file its real extension, or save the article again.`
      : `${file} is not text (it holds binary data, not UTF-8 or a declared character set): save the article again as a web page or plain text.`,
  }),
  noArticle: (file: string, chars: number, paragraphs: number, webPage: boolean): ReadError => ({
    code: 'no_article',
    message: `${file} holds no article: ${chars} characters of article text in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} (a briefing needs at least ${MIN_ARTICLE_CHARS} characters in ${MIN_ARTICLE_PARAGRAPHS} paragraphs, or ${MIN_SINGLE_PARAGRAPH_CHARS.toLocaleString('en-US')} in one). ${webPage ? 'If it is a login, paywall or cookie page, open the article in the browser, sign in, and save it again.' : "Give it a file with the article's whole text."}`,
  }),
  noTextLayer: (file: string, pages: number): ReadError => ({
    code: 'no_text_layer',
    message: `${file} has no text layer (its ${pages} page${pages === 1 ? ' is a picture' : 's are pictures'}, as in a scan): it needs OCR first, for example \`ocrmypdf ${file} ocr.pdf\`, then draft from the result.`,
  }),
  unreadable: (file: string, what: string, why: string): ReadError => ({
    code: 'unreadable',
    message: `${file} cannot be read as ${what} (${why}): open it and save or export it again, or save the article in another format.`,
  }),
} as const;

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 10 || Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1);
}
