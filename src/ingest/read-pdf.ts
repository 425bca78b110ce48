import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { DocumentText, ReadError } from './page.js';
import { pdfParagraphs } from './pdf-paragraphs.js';
import { readErrors } from './read-errors.js';
import { isoDate } from './read-html.js';

// A PDF -> its text layer's paragraphs and its document information (title, author, language, date). unpdf ships
// Mozilla's pdf.js built for servers: no worker, no download at run time (fonts and character maps are not fetched;
// text comes from each font's own Unicode map). A PDF whose pages carry no text is a scan and needs OCR first.

/** Fewer characters than this in the whole text layer: the pages are pictures. */
const MIN_TEXT_LAYER_CHARS = 20;

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  fallbackTitle: string,
): Promise<{ ok: true; value: DocumentText } | { ok: false; error: ReadError }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes over the buffer it is given, so it gets a copy; verbosity 0 keeps its font warnings off stderr.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as { name?: string }).name;
    const why = name === 'PasswordException' ? 'it is password-protected; remove the password' : firstLine(error);
    return { ok: false, error: readErrors.unreadable(fileName, 'a PDF', why) };
  }
  try {
    const [{ info }, { items }] = await Promise.all([getMeta(pdf), extractTextItems(pdf)]);
    const pages = await Promise.all(
      items.map(async (runs, i) => ({ height: (await pdf.getPage(i + 1)).view[3], runs })),
    );
    const textChars = items.flat().reduce((n, run) => n + run.str.replace(/\s/g, '').length, 0);
    if (textChars < MIN_TEXT_LAYER_CHARS) return { ok: false, error: readErrors.noTextLayer(fileName, pdf.numPages) };

    const { paragraphs, bodySize } = pdfParagraphs(pages);
    const texts = paragraphs.map((p) => p.text);
    let title = usableTitle(info.Title);
    // Without a usable title in its information, a document's title is its first line set larger than the text.
    const first = paragraphs[0];
    if (!title && first && first.page === 0 && first.size > bodySize * 1.2 && first.text.length <= 200)
      title = first.text;
    if (title && texts[0]?.toLowerCase() === title.toLowerCase()) texts.shift();
    return {
      ok: true,
      value: {
        title: title ?? fallbackTitle,
        author: text(info.Author),
        outlet: null,
        language: text(info.Language),
        published: isoDate(text(info.CreationDate)),
        url: null,
        excerpt: text(info.Subject),
        paragraphs: texts,
      },
    };
  } catch (error) {
    return { ok: false, error: readErrors.unreadable(fileName, 'a PDF', firstLine(error)) };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Titles that name the file or the program, not the document. */
function usableTitle(value: unknown): string | undefined {
  const title = text(value);
  if (!title || /^(?:untitled|document\d*|microsoft (?:word|powerpoint) - )/i.test(title)) return undefined;
  if (/\.(?:docx?|pdf|odt|rtf|txt|indd|pages)$/i.test(title)) return undefined;
  return title;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const result = value.replace(/\s+/g, ' ').trim();
  return result || null;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
