import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest/read-page.js';
import { fixtureBytes, harbourReport } from './fixture-files.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

const STORY = [
  'The harbour authority said on Tuesday that container volumes rose 12 percent in 2024, the fastest growth in a decade.',
  'According to the Port Economics Institute, the terminal handled 4.2 million containers last year.',
  'Analysts had forecast a smaller gain because of weaker demand in Europe.',
];

describe('readPage on a PDF with a text layer', () => {
  const report = harbourReport();

  it('gives back the paragraphs of the document it was printed from, word for word', async () => {
    const result = await readPage(fixtureBytes('harbour-report.pdf'), 'harbour-report.pdf');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe(report.title);
    // Wrapped lines joined, "equiva-/lent" made whole, "drive-through" kept, the paragraph split by the page break
    // joined, bullets gone, the running header and the "Page N" footers cut.
    expect(result.value.paragraphs).toEqual(report.paragraphs);
  });

  it('reads a book-style PDF alike: paragraphs marked by indents, ragged right, titled by its large first line', async () => {
    const result = await readPage(fixtureBytes('harbour-report-indented.pdf'), 'harbour-report-indented.pdf');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe(report.title);
    expect(result.value.paragraphs).toEqual(report.paragraphs);
  });

  it("reads the author, language and date from the PDF's document information", async () => {
    const result = await readPage(fixtureBytes('harbour-report.pdf'), 'harbour-report.pdf');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ author: 'Maria Okafor', language: 'en-US', format: 'pdf' });
    expect(result.value.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a scanned PDF (pages that are pictures) and says it needs OCR', async () => {
    const result = await readPage(fixtureBytes('scanned-report.pdf'), 'scanned-report.pdf');
    expect(result).toMatchObject({ ok: false, error: { code: 'no_text_layer' } });
    if (!result.ok) expect(result.error.message).toMatch(/needs OCR/);
  });
});

describe('readPage on a Word document', () => {
  it('gives back its paragraphs, headings and list items, titled and dated from its core properties', async () => {
    const report = harbourReport();
    const result = await readPage(fixtureBytes('harbour-report.docx'), 'harbour-report.docx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      title: report.title,
      author: 'Maria Okafor',
      language: 'en-GB',
      published: '2025-03-14',
      format: 'docx',
    });
    expect(result.value.paragraphs).toEqual(report.paragraphs);
  });
});

describe('readPage on Markdown', () => {
  it('reads headings, paragraphs and list items without their markup, titled by the first heading', async () => {
    const md = `# Port deal lifts volumes\n\n${STORY[0]} It was *the* record.\n\n## Why\n\n- ${STORY[1]}\n- ${STORY[2]}\n\nSee [the report](https://example.com/report) for **more**.\n`;
    const result = await readPage(utf8(md), 'port.md');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe('Port deal lifts volumes');
    expect(result.value.paragraphs).toEqual([
      `${STORY[0]} It was the record.`,
      'Why',
      STORY[1],
      STORY[2],
      'See the report for more.',
    ]);
    expect(result.value.format).toBe('md');
  });

  it('takes title, author, date and language from a front matter block', async () => {
    const md = `---\ntitle: "Volumes: a record year"\nauthor: Jane Doe\ndate: 2025-02-03\nlang: en-GB\n---\n\n${STORY.join('\n\n')}\n`;
    const result = await readPage(utf8(md), 'port.md');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      title: 'Volumes: a record year',
      author: 'Jane Doe',
      published: '2025-02-03',
      language: 'en-GB',
      paragraphs: STORY,
    });
  });
});

describe('readPage on plain text', () => {
  it('takes a short first line as the title and blank lines as paragraph breaks, joining wrapped lines', async () => {
    const text = `Port deal lifts volumes\n\nThe harbour authority said on Tuesday that container\nvolumes rose 12 percent in 2024, the fastest growth in a\ndecade.\n\n${STORY[1]}\n\n${STORY[2]}\n`;
    const result = await readPage(utf8(text), 'port.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe('Port deal lifts volumes');
    expect(result.value.paragraphs).toEqual(STORY);
  });

  it('titles a text without a heading line after its file name, keeping every paragraph', async () => {
    const result = await readPage(utf8(STORY.join('\n')), 'port_deal-2025.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe('port deal 2025');
    expect(result.value.paragraphs).toEqual(STORY);
  });

  it('reads an article pasted as one long paragraph, with no blank lines', async () => {
    const pasted = [
      ...STORY,
      'The new berths at the east quay opened in March and took the largest ships for the first time.',
      'Rail carried 38 percent of the containers inland, up from 31 percent two years earlier.',
      'The authority plans to deepen the channel to 15 metres by 2027, at a cost of 240 million euros.',
      'Fishermen have objected to the dredging, saying it will disturb the spawning grounds in the outer bay.',
      'A public hearing on the environmental permit is scheduled for the autumn, the authority said.',
      'Shipping lines have asked for longer opening hours at the gate, which closes at ten at night.',
      'The harbour master, Ines Vidal, said the port would hire 120 more crane operators next year.',
      'Passenger ferries to the islands will move to a new terminal on the west side of the harbour in 2026.',
    ].join(' ');
    expect(pasted.length).toBeGreaterThan(1000);
    const result = await readPage(utf8(pasted), 'pasted.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs).toEqual([pasted]);
  });

  it('reads a Chinese text as Chinese', async () => {
    const text =
      '谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识的计算机。\n\nDeepMind表示，这款名为DNC的AI模型可以接受家谱和伦敦地铁网络地图这样的信息，还可以回答复杂问题。DeepMind希望DNC可以推动计算行业实现更多突破。\n';
    const result = await readPage(utf8(text), 'deepmind.txt');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.language).toBe('zh');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = `\ufeffPort deal\n\n${STORY.join('\n\n')}`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    const result = await readPage(bytes, 'port.txt');
    expect(result.ok && result.value.paragraphs).toEqual(STORY);
  });
});

describe('readPage on a saved web page', () => {
  it('reads a saved page in the legacy encoding its <meta charset> declares', async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\u00e9 prices</title></head><body><article><p>${STORY[0]} The caf\u00e9 owners agreed.</p><p>${STORY[1]}</p><p>${STORY[2]}</p></article></body></html>`;
    const bytes = new Uint8Array(Buffer.from(html, 'latin1'));
    const result = await readPage(bytes, 'cafe.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe('Caf\u00e9 prices');
    expect(result.value.paragraphs[0]).toBe(`${STORY[0]} The caf\u00e9 owners agreed.`);
  });
});

describe('readPage refuses, with one line saying what to do', () => {
  const refusal = async (bytes: Uint8Array, name: string) => {
    const result = await readPage(bytes, name);
    if (result.ok) throw new Error(`${name} was read`);
    expect(result.error.message).not.toContain('\n');
    expect(result.error.message).toContain(name);
    return result.error;
  };

  it('an empty file', async () => {
    expect(await refusal(new Uint8Array(), 'empty.html')).toMatchObject({ code: 'empty' });
    expect(await refusal(utf8('  \n\n '), 'blank.txt')).toMatchObject({ code: 'empty' });
  });

  it('a file over 20 MB, without reading it', async () => {
    const error = await refusal(new Uint8Array(21 * 1024 * 1024), 'huge.html');
    expect(error).toMatchObject({ code: 'too_large' });
    expect(error.message).toMatch(/21 MB.*up to 20 MB/);
  });

  it('a type it does not read, naming the types it does', async () => {
    const error = await refusal(utf8('a,b\n1,2\n'), 'figures.csv');
    expect(error).toMatchObject({ code: 'unsupported_type' });
    expect(error.message).toMatch(/\.html.*\.txt, \.md, \.pdf and \.docx/);
    expect((await refusal(fixtureBytes('harbour-report.docx'), 'report.xlsx')).code).toBe('unsupported_type');
  });

  it('a binary file renamed .html: a PDF, a picture, random bytes, text that is not UTF-8', async () => {
    const pdf = await refusal(fixtureBytes('harbour-report.pdf'), 'article.html');
    expect(pdf).toMatchObject({ code: 'binary' });
    expect(pdf.message).toMatch(/a PDF file/);
    expect((await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'photo.html')).code).toBe('binary');
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await refusal(noise, 'noise.html')).code).toBe('binary');
    expect((await refusal(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'latin1.txt')).code).toBe(
      'binary',
    );
  });

  it('a file whose bytes are not the type its name says', async () => {
    expect(await refusal(utf8('<html><body>hello</body></html>'), 'report.pdf')).toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/web page/),
    });
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal(doc, 'old.docx')).toMatchObject({
      code: 'unsupported_type',
      message: expect.stringMatching(/\.docx/),
    });
  });

  it('a damaged PDF or Word file', async () => {
    const pdf = fixtureBytes('harbour-report.pdf').slice(0, 2000);
    expect(await refusal(pdf, 'cut.pdf')).toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/as a PDF/),
    });
    const docx = fixtureBytes('harbour-report.docx').slice(0, 3000);
    expect(await refusal(docx, 'cut.docx')).toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/as a Word \.docx document/),
    });
  });

  it('a Word document with nothing in it: no article, not an empty file', async () => {
    // A blank document from a word processor is a valid .docx of a few kilobytes, not an empty file.
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
    );
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }), 'blank.docx');
    expect(error).toMatchObject({ code: 'no_article' });
    expect(error.message).toMatch(/0 characters of article text in 0 paragraphs/);
  });

  it('a text too short to be an article', async () => {
    const error = await refusal(utf8('Notes\n\nCall the harbour office on Monday.\n'), 'notes.txt');
    expect(error).toMatchObject({ code: 'no_article' });
    expect(error.message).toMatch(/34 characters of article text in 1 paragraph .*whole text/);
  });

  it('a login page: no article, with the floor it missed', async () => {
    const login = `<!doctype html><html lang="en"><head><title>Sign in · Example News</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
      <main><h1>Sign in to continue reading</h1><p>Log in to your account to keep reading this article.</p>
      <form><label>Email</label><input name="email"><label>Password</label><input type="password"><button>Sign in</button></form>
      <p><a href="/forgot">Forgot your password?</a></p></main>
      <footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`;
    const error = await refusal(utf8(login), 'login.html');
    expect(error).toMatchObject({ code: 'no_article' });
    expect(error.message).toMatch(/at least 200 characters in 2 paragraphs/);
  });
});
