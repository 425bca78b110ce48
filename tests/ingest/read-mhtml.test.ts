import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest/read-page.js';
import { CHROMIUM_PATH, type Chromium, HAVE_CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { sharedArticlesDir } from './shared-articles.js';

// Chrome and Edge save a page as "Webpage, Single File" (.mhtml): the page quoted-printable inside a MIME message,
// with its pictures and styles after it. kb:new reads it as the page itself.

const ascii = (text: string) => new TextEncoder().encode(text);

/** A single-file page as Chrome writes one: CRLF lines, soft breaks ("=" at a line's end), bytes as "=E2=80=99". */
function savedPage(html: string, { encoding = 'quoted-printable', address = 'https://news.example.com/port' } = {}) {
  const body =
    encoding === 'base64'
      ? Buffer.from(html, 'utf8').toString('base64')
      : [...Buffer.from(html, 'utf8')]
          .map((b) =>
            b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b),
          )
          .join('')
          .replace(/(.{70})/g, '$1=\r\n');
  return ascii(
    [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${address}`,
      'Subject: Port volumes',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--abc----"',
      '',
      '',
      '------MultipartBoundary--abc----',
      'Content-Type: text/html',
      `Content-Transfer-Encoding: ${encoding}`,
      `Content-Location: ${address}`,
      '',
      body,
      '',
      '------MultipartBoundary--abc----',
      'Content-Type: text/css',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'p { color: red; }',
      '------MultipartBoundary--abc------',
      '',
    ].join('\r\n'),
  );
}

const STORY = [
  'The harbour authority said on Tuesday that container volumes rose 12 percent in 2024, the fastest growth in a decade.',
  'According to the Port Economics Institute, the terminal’s cranes handled 4.2 million containers last year.',
  'Analysts had forecast a smaller gain because of weaker demand in Europe, the authority’s director said.',
];
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port volumes rise</title></head><body>
<article><h1>Port volumes rise</h1>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

describe('readPage on a page saved as a single file (.mhtml)', () => {
  it('reads the article of the page inside, its curly quotes intact, and the address it was saved from', async () => {
    const result = await readPage(savedPage(PAGE), 'port.mhtml');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs).toEqual(STORY);
    expect(result.value.url).toBe('https://news.example.com/port');
    expect(result.value.format).toBe('html');
  });

  it('reads a page part in base64, and a single-file page under an .mht name', async () => {
    const result = await readPage(savedPage(PAGE, { encoding: 'base64' }), 'port.mht');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs).toEqual(STORY);
  });

  it('refuses a single-file save that holds no web page, in one line', async () => {
    const onlyStyles = new TextDecoder()
      .decode(savedPage(PAGE))
      .replace('Content-Type: text/html', 'Content-Type: image/png');
    const result = await readPage(ascii(onlyStyles), 'port.mhtml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/port\.mhtml.*holds no web page/);
  });
});

const suite = HAVE_CHROMIUM ? describe : process.env.CI === 'true' ? describe : describe.skip;
if (!HAVE_CHROMIUM && process.env.CI !== 'true')
  console.warn(`[skipped] single-file page saved by Chromium: no Chromium at ${CHROMIUM_PATH}`);

suite('a real page saved by Chromium as a single file', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI must install Debian's chromium (${CHROMIUM_PATH} is missing; see .ci/run)`);
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
  });

  it('gives the same article as the page saved as HTML', async () => {
    const file = path.join(sharedArticlesDir(), 'theverge', 'source.html');
    const page = await chromium.context.newPage();
    // Offline: the page's own file loads, nothing else does.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(`file://${file}`, { waitUntil: 'domcontentloaded' });
    // What "Save as... Webpage, Single File" writes.
    const cdp = await chromium.context.newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    await page.close();

    const fromHtml = await readPage(new Uint8Array(readFileSync(file)), 'source.html');
    const fromMhtml = await readPage(ascii(data), 'vision-pro.mhtml');
    if (!fromHtml.ok || !fromMhtml.ok) throw new Error('a page was refused');
    expect(fromMhtml.value.paragraphs.length).toBeGreaterThan(10);
    expect(fromMhtml.value.paragraphs).toEqual(fromHtml.value.paragraphs);
    expect(fromMhtml.value.author).toBe(fromHtml.value.author);
  }, 60_000);
});
