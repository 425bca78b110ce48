import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { draftPack } from '../../src/ingest/draft-pack.js';
import { loadPack } from '../../src/knowledge/load.js';

// A dateline ("LONDON — ...") names a city the drafted pack keeps as a plain word, not as an alias. Matched alone,
// with the rest of the question unknown to the article, it is a name matched and nothing else: a near miss.

let engine: Engine;
let dir: string;

beforeAll(async () => {
  const drafted = draftPack(
    {
      title: 'United States to lift Sudan sanctions',
      // The opening of a New York Times article among Mozilla Readability's test pages (nytimes-1).
      paragraphs: [
        'United Nations peacekeepers at a refugee camp in Sudan on Monday. In exchange for the lifting of United States trade sanctions, Sudan has said it will improve access for aid groups, stop supporting rebels in neighboring South Sudan and cooperate with American intelligence agents.',
        'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.',
        'Sudan is one of the poorest, most isolated and most violent countries in Africa, and for years the United States has imposed punitive measures against it in a largely unsuccessful attempt to get the Sudanese government to stop killing its own people.',
        'On Friday, the Obama administration will announce a new Sudan strategy. For the first time since the 1990s, the nation will be able to trade extensively with the United States, allowing it to buy goods like tractors and spare parts and attract much-needed investment in its collapsing economy.',
        'In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan, cease the bombing of insurgent territory and cooperate with American intelligence agents.',
        'American officials said Sudan had already shown important progress on a number of these fronts. But to make sure the progress continues, the executive order that President Obama plans to sign on Friday, days before leaving office, will have a six-month review period. If Sudan fails to live up to its commitments, the embargo can be reinstated.',
      ],
      language: 'en',
      author: null,
      outlet: null,
      published: null,
      url: null,
      excerpt: null,
      format: 'txt',
    },
    { id: 'sudan-sanctions', today: '2026-01-01' },
  );
  dir = await mkdtemp(path.join(tmpdir(), 'dateline-'));
  for (const [file, text] of Object.entries(drafted.files)) await writeFile(path.join(dir, file), text);
  const loaded = await loadPack(dir);
  if (!loaded.ok) throw new Error(loaded.report);
  engine = createEngine(loaded.value, { threshold: DEFAULT_THRESHOLD });
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a city the article names only in its dateline', () => {
  it('does not answer a question about something else there', () => {
    expect(engine.answer('will it rain in london tomorrow')).toMatchObject({ answered: false });
  });

  it('still answers what the article says', () => {
    expect(engine.answer('why is the us lifting sanctions on sudan')).toMatchObject({ answered: true });
  });
});
