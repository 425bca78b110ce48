import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlParagraphs } from './html-paragraphs.js';
import type { DocumentText, ReadError } from './page.js';
import { readErrors } from './read-errors.js';
import { isoDate } from './read-html.js';

// A Word .docx -> its paragraphs, through mammoth (Word's structure as simple HTML: headings, paragraphs, lists) and
// the same paragraph walk as a web page. Title, author, language and date come from the document's core
// properties (docProps/core.xml), which mammoth does not read; else the title is the first heading.

const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => h2.subtitle:fresh"];
// Pictures are not text: mammoth would otherwise inline each one as a base64 data URI.
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocx(
  bytes: Uint8Array,
  fileName: string,
  fallbackTitle: string,
): Promise<{ ok: true; value: DocumentText } | { ok: false; error: ReadError }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, error: readErrors.unreadable(fileName, 'a Word .docx document', firstLine(error)) };
  }
  if (!zip.file('word/document.xml')) {
    return {
      ok: false,
      error: readErrors.unreadable(fileName, 'a Word .docx document', 'it is a ZIP archive without word/document.xml'),
    };
  }
  try {
    const [core, { value: html }] = await Promise.all([
      zip.file('docProps/core.xml')?.async('string') ?? Promise.resolve(''),
      mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES }),
    ]);
    const { paragraphs, headings } = htmlParagraphs(html);
    const heading = headings[0];
    const title = coreProperty(core, 'dc:title') ?? (heading?.index === 0 ? heading.text : undefined);
    if (title && paragraphs[0]?.toLowerCase() === title.toLowerCase()) paragraphs.shift();
    return {
      ok: true,
      value: {
        title: title ?? fallbackTitle,
        author: coreProperty(core, 'dc:creator') ?? null,
        outlet: null,
        language: coreProperty(core, 'dc:language') ?? null,
        published: isoDate(coreProperty(core, 'dcterms:created')),
        url: null,
        excerpt: coreProperty(core, 'dc:description') ?? null,
        paragraphs,
      },
    };
  } catch (error) {
    return { ok: false, error: readErrors.unreadable(fileName, 'a Word .docx document', firstLine(error)) };
  }
}

/** One element's text from core.xml; a regular expression is enough for this small, flat, machine-written file. */
function coreProperty(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = match?.[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
      String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
    )
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return value || undefined;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
