// A page Chrome or Edge saved as "Webpage, Single File" (.mhtml, RFC 2557): a MIME message whose first text/html part
// is the page, quoted-printable or base64, with its pictures and styles in the parts after it. The page part is all a
// reader view needs; the message's Snapshot-Content-Location is the address the page was saved from.

/** The saved page's HTML bytes and the address it was saved from; undefined when the message holds no web page. */
export type MhtmlPage = { html: Uint8Array; address: string | null };

/** How far into the file its MIME headers must declare a multipart message (Chrome's take a few hundred bytes). */
const HEADER_BYTES = 8192;

/** True for a MIME message of related parts, as browsers save a single-file page (whatever its file's name). */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, HEADER_BYTES));
  const headers = head.split(/\r?\n\r?\n/)[0];
  return /^mime-version:/im.test(headers) && /^content-type:\s*multipart\/related/im.test(headers);
}

export function pageOfMhtml(bytes: Uint8Array): MhtmlPage | undefined {
  const text = latin1(bytes);
  const end = /\r?\n\r?\n/.exec(text);
  if (!end) return undefined;
  const headers = headerMap(text.slice(0, end.index));
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) return undefined;
  for (const part of text
    .slice(end.index + end[0].length)
    .split(`--${boundary}`)
    .slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const partHeaders = headerMap(part.slice(0, split.index));
    if (!/^text\/html\b/i.test(partHeaders.get('content-type') ?? '')) continue;
    const content = part.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    const encoding = (partHeaders.get('content-transfer-encoding') ?? '').toLowerCase();
    const html =
      encoding === 'quoted-printable'
        ? quotedPrintable(content)
        : encoding === 'base64'
          ? new Uint8Array(Buffer.from(content, 'base64'))
          : new Uint8Array(Buffer.from(content, 'latin1'));
    const saved = headers.get('snapshot-content-location') ?? partHeaders.get('content-location') ?? null;
    return { html, address: saved && /^https?:\/\//i.test(saved) ? saved : null };
  }
  return undefined;
}

/** The headers of a MIME part by lower-case name, their folded lines joined. */
function headerMap(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

/** RFC 2045's quoted-printable: "=" at a line's end joins it to the next, "=E2=80=99" are bytes. */
function quotedPrintable(content: string): Uint8Array {
  const joined = content.replace(/=\r?\n/g, '');
  const bytes = new Uint8Array(joined.length);
  let length = 0;
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes[length++] = Number.parseInt(hex, 16);
      i += 2;
    } else bytes[length++] = joined.charCodeAt(i) & 0xff;
  }
  return bytes.subarray(0, length);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
