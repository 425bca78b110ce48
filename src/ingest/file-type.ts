import path from 'node:path';
import type { Page, ReadError } from './page.js';
import { readErrors } from './read-errors.js';
import { isWebArchive } from './read-webarchive.js';

// Which reader a file goes to: its extension says what the person meant, its first bytes say what it is. A PDF
// renamed .html or a Word file renamed .pdf gets a clear answer instead of a page of garbage.

export type FileType = Page['format'];

/** A web page saved as plain HTML, which a server may serve as text/html. */
const PLAIN_PAGE = ['.html', '.htm', '.xhtml'];
/**
 * A web page saved as one file with its pictures: Chrome's and Edge's "Webpage, Single File" (see read-mhtml.ts) and
 * Safari's "Web Archive" (see read-webarchive.ts).
 */
const ONE_FILE_PAGE = ['.mhtml', '.mht', '.webarchive'];

const BY_EXTENSION: Record<string, FileType> = {
  ...Object.fromEntries([...PLAIN_PAGE, ...ONE_FILE_PAGE].map((extension) => [extension, 'html'])),
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** Known binary formats by their magic numbers, named as a person knows them. */
const SIGNATURES: ReadonlyArray<{ bytes: number[]; offset?: number; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (such as a Word .docx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Office file (such as a Word .doc)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF file (such as a WebP image or a WAV sound)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { bytes: [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74], name: 'a Safari web archive or property list' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'a video or HEIC image' },
];

export function extensionOf(fileName: string): string {
  return path.extname(fileName).toLowerCase();
}

/** A page saved as plain HTML by its name (not one saved as one file, which is no text/html). */
export function isPlainPage(fileName: string): boolean {
  return PLAIN_PAGE.includes(extensionOf(fileName));
}

/** The reader a file name asks for, or undefined for a type Briefing Bot does not read (checked before a download). */
export function fileTypeByName(fileName: string): FileType | undefined {
  return Object.hasOwn(BY_EXTENSION, extensionOf(fileName)) ? BY_EXTENSION[extensionOf(fileName)] : undefined;
}

/** What the first bytes say the file is, when they match a known binary format. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: magic, offset = 0 }) => magic.every((b, i) => bytes[offset + i] === b))?.name;
}

export function detectFileType(
  bytes: Uint8Array,
  fileName: string,
): { ok: true; value: FileType } | { ok: false; error: ReadError } {
  const name = path.basename(fileName);
  const extension = extensionOf(fileName);
  const type = BY_EXTENSION[extension];
  if (!type) return { ok: false, error: readErrors.unsupported(name, extension) };
  const sniffed = sniffBinary(bytes);
  if (type === 'pdf' && !hasPdfHeader(bytes))
    return {
      ok: false,
      error: readErrors.unreadable(name, 'a PDF', notWhatItSays(bytes, sniffed, 'it has no %PDF header')),
    };
  if (type === 'docx' && !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return {
      ok: false,
      error: sniffed?.startsWith('an old Office')
        ? readErrors.unsupported(name, '.doc')
        : readErrors.unreadable(
            name,
            'a Word .docx document',
            notWhatItSays(bytes, sniffed, 'it is not a ZIP package'),
          ),
    };
  // A Safari web archive is a binary property list: for a web page, its reader looks inside.
  const archive = type === 'html' && isWebArchive(bytes);
  if ((type === 'html' || type === 'txt' || type === 'md') && sniffed && !archive) {
    return { ok: false, error: readErrors.binary(name, sniffed) };
  }
  return { ok: true, value: type };
}

// The PDF header may follow a little junk (the format allows 1,024 bytes of it).
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function notWhatItSays(bytes: Uint8Array, sniffed: string | undefined, otherwise: string): string {
  if (sniffed) return `it is ${sniffed}`;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
  if (head.startsWith('<')) return 'it is a web page or XML file';
  return otherwise;
}
