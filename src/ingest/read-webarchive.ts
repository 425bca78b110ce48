import { parseBuffer } from 'bplist-parser';

// A page Safari saved as a Web Archive (.webarchive, Safari's own "Save As" format): a binary property list whose
// WebMainResource holds the page's bytes, its encoding and its address, with its pictures and styles in
// WebSubresources. The page is all a reader view needs. bplist-parser reads the property list.

/** The saved page's HTML bytes, the encoding Safari names for them and the address it was saved from. */
export type ArchivedPage = { html: Uint8Array; encoding: string | null; address: string | null };

const BINARY_PLIST = [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30]; // "bplist00"

export function isWebArchive(bytes: Uint8Array): boolean {
  return BINARY_PLIST.every((b, i) => bytes[i] === b);
}

/** The main resource's page; undefined when the property list is no web archive or holds no web page. */
export function pageOfWebArchive(bytes: Uint8Array): ArchivedPage | undefined {
  const [archive] = parseBuffer<Record<string, unknown>>(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const main = archive?.WebMainResource as Record<string, unknown> | undefined;
  const data = main?.WebResourceData;
  const type = typeof main?.WebResourceMIMEType === 'string' ? main.WebResourceMIMEType : '';
  if (!(data instanceof Uint8Array) || !/^(?:text\/html|application\/xhtml\+xml)\b/i.test(type)) return undefined;
  const encoding = main?.WebResourceTextEncodingName;
  const address = main?.WebResourceURL;
  return {
    html: data,
    encoding: typeof encoding === 'string' ? encoding : null,
    address: typeof address === 'string' && /^https?:\/\//i.test(address) ? address : null,
  };
}
