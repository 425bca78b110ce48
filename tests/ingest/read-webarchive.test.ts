import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest/read-page.js';
import { fixtureBytes, harbourReport } from './fixture-files.js';

// Safari saves a page as a Web Archive (.webarchive, its "Save As" format): a binary property list holding the page
// with its pictures. kb:new reads it as the page itself. The fixture (make-fixtures.sh) is in a legacy encoding that
// only the archive names, as Safari keeps a page in the encoding it was served in.

/** A binary property list of one empty dictionary: valid, but no web archive. */
function emptyPropertyList(): Uint8Array {
  const trailer = [
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    ...[0, 0, 0, 0, 0, 0, 0, 1],
    ...[0, 0, 0, 0, 0, 0, 0, 0],
    ...[0, 0, 0, 0, 0, 0, 0, 9],
  ];
  return new Uint8Array([...new TextEncoder().encode('bplist00'), 0xd0, 0x08, ...trailer]);
}

describe('readPage on a page Safari saved as a Web Archive', () => {
  const report = harbourReport();

  it('reads the article of the page inside, in the encoding the archive names, and the address it was saved from', async () => {
    const result = await readPage(fixtureBytes('harbour-report.webarchive'), 'harbour-report.webarchive');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe(report.title);
    expect(result.value.paragraphs).toEqual(report.paragraphs);
    expect(result.value.paragraphs.join(' ')).toContain('Gdańsk and Klaipėda');
    expect(result.value.url).toBe('https://harbour.example.com/2025/review');
    expect(result.value.author).toBe('Mara Lindqvist');
  });

  it('reads a web archive saved under an .html name as the page too', async () => {
    const result = await readPage(fixtureBytes('harbour-report.webarchive'), 'harbour-report.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs).toEqual(report.paragraphs);
  });

  it('refuses a property list that holds no web page, in one line', async () => {
    const result = await readPage(emptyPropertyList(), 'settings.webarchive');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/settings\.webarchive.*holds no web page/);
  });

  it('refuses a damaged web archive in one line', async () => {
    const result = await readPage(fixtureBytes('harbour-report.webarchive').slice(0, 2000), 'cut.webarchive');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^cut\.webarchive cannot be read as a web page \([^\n]+\)/);
  });
});
