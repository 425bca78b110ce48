// File bytes -> text for the text formats (HTML, plain text, Markdown): UTF-8, or what a byte-order mark says, or,
// for a page that is not UTF-8, the page's own <meta charset> (browsers save a page in the encoding it was served
// in: GBK, Shift JIS, windows-1252...). Bytes that are none of these are not text: a binary file under a text
// file's name.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: 'nul_bytes' | 'not_utf8' };

/** `charset`: the encoding the file's container names for it (a Safari web archive's), before the page's own. */
export function decodeText(bytes: Uint8Array, options: { html: boolean; charset?: string | null }): DecodeResult {
  const bom = byteOrderMark(bytes);
  if (bom) return { ok: true, text: new TextDecoder(bom).decode(bytes) };
  // Text files never hold NUL bytes; nearly every binary format does, early on.
  if (bytes.subarray(0, 65_536).includes(0)) return { ok: false, reason: 'nul_bytes' };
  // Valid UTF-8 is taken as UTF-8 even when the page declares another charset: a legacy-encoded text is almost
  // never valid UTF-8 by chance, while a page re-saved as UTF-8 often keeps its old <meta charset="gb2312">.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: the page's declared charset, if it has one.
  }
  const declared = encodingOf(options.charset) ?? (options.html ? declaredCharset(bytes) : undefined);
  if (declared && declared !== 'utf-8') return { ok: true, text: new TextDecoder(declared).decode(bytes) };
  return { ok: false, reason: 'not_utf8' };
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The encoding a page declares in its first 4 KB (<meta charset> or http-equiv), as the WHATWG label it maps to. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return encodingOf(match?.[1]);
}

/** The WHATWG encoding a label names ("GB2312" -> "gbk"), or undefined for none or one TextDecoder does not know. */
function encodingOf(label: string | null | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}
