import { z } from 'zod/v3';

// What reading a file gives the drafting steps: the article's own paragraphs, as a reader sees them, and what the
// page says about itself. Every later step works from this, so a PDF, a Word file and a saved web page draft alike.

export const PageSchema = z.object({
  title: z.string(),
  /**
   * The title as the page gives it, when that carries more than the headline ("... - John C. Welch - Medium"): the
   * article's first line, kept verbatim, while replies, citations and `/brief sources` name the briefing by `title`.
   */
  titleLine: z.string().optional(),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  /** BCP 47 tag ("en", "zh"); "en" when the page does not say and the text does not show otherwise. */
  language: z.string(),
  /** ISO date (YYYY-MM-DD) when the page gives one. */
  published: z.string().nullable(),
  url: z.string().nullable(),
  excerpt: z.string().nullable(),
  /** The article body, one entry per paragraph, whitespace normalised; the title is not among them. */
  paragraphs: z.array(z.string()),
  /**
   * Paragraphs kept as the reader view shows them that answer nothing: a web page's teasers for its other stories
   * ("15 Amazing Images of Stars"). They are no article text; a drafted pack lists them in drop_lines.
   */
  asides: z.array(z.string()).optional(),
  /** The kind of file it was read from. */
  format: z.enum(['html', 'txt', 'md', 'pdf', 'docx']),
});
export type Page = z.infer<typeof PageSchema>;

/** Each format as a person names it, for kb:new's summary and the reply to a curator's file. */
export const FORMAT_NAMES: Record<Page['format'], string> = {
  html: 'web page',
  txt: 'text',
  md: 'Markdown',
  pdf: 'PDF',
  docx: 'Word document',
};

/** What one format's reader gives: a page before its language is settled and its article is checked. */
export type DocumentText = Omit<Page, 'language' | 'format'> & { language: string | null };

export type ReadError = { code: ReadErrorCode; message: string };
export type ReadErrorCode =
  | 'empty'
  | 'too_large'
  | 'unsupported_type'
  | 'binary'
  | 'no_article'
  | 'no_text_layer'
  | 'unreadable';
export type ReadResult = { ok: true; value: Page } | { ok: false; error: ReadError };
