import { readFileSync } from 'node:fs';

// The PDF and Word fixtures (tests/fixtures/ingest, made from harbour-report.fodt by make-fixtures.sh) and the
// paragraphs of the document they were made from, which every reader must give back.

const DIR = 'tests/fixtures/ingest';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${DIR}/${name}`));
}

/** The title and paragraphs of harbour-report.fodt, as written there. */
export function harbourReport(): { title: string; paragraphs: string[] } {
  const xml = readFileSync(`${DIR}/harbour-report.fodt`, 'utf8');
  const body = xml.slice(xml.indexOf('<office:text>'));
  const blocks = [...body.matchAll(/<text:(?:p|h)\b[^>]*>([^<]*)<\/text:(?:p|h)>/g)].map((m) => m[1]);
  return { title: blocks[0], paragraphs: blocks.slice(1) };
}
