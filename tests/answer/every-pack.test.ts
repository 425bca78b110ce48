import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { draftedEngine, loadedEngine } from '../helpers/drafted-engine.js';
import { ACME_PACK, SHIPPED_PACK } from '../helpers/pack-copy.js';

// The rules of a reply hold in every pack, curated or drafted by kb:new: no pack rule makes them.

const TANJUNG = path.resolve('tests/fixtures/packs/tanjung-port');
const BRIEFINGS = path.resolve('tests/fixtures/briefings');

const engines = new Map<string, Engine>();

let removeDrafted: () => Promise<void> = async () => {};
afterAll(() => removeDrafted());

beforeAll(async () => {
  engines.set('shipped', await loadedEngine(SHIPPED_PACK));
  engines.set('acme (drafts)', await loadedEngine(ACME_PACK));
  engines.set('tanjung', await loadedEngine(TANJUNG));
  // The Tanjung Port article drafted as kb:new drafts it: every entry draft, every answer the article's own words.
  const [title, ...paragraphs] = (await readFile(path.join(TANJUNG, 'article.txt'), 'utf8')).trim().split(/\n\s*\n/);
  const drafted = await draftedEngine('tanjung-drafted', title, paragraphs);
  removeDrafted = drafted.remove;
  engines.set('tanjung drafted', drafted.engine);
  for (const name of await readdir(BRIEFINGS, { withFileTypes: true }))
    if (name.isDirectory()) engines.set(name.name, await loadedEngine(path.join(BRIEFINGS, name.name)));
});

describe('in every pack', () => {
  it('declines the questions no article answers', () => {
    const small = [
      'what is the meaning of life?',
      'what is love?',
      'is there a god',
      "how's your day going bot",
      'how do i reset my vpn password',
    ];
    for (const [name, engine] of engines)
      for (const q of small) expect(engine.answer(q).answered, `${name}: ${q}`).toBe(false);
  });

  it('declines a question mostly about things its article never mentions, and names them', () => {
    // Each shares one word with some briefing here (a game, a score, an office, a price) and was answered from it.
    const offTopic = [
      "what's the score of the yankees game",
      'how much is the valve index',
      'how do i book a conference room in outlook',
      'whats bitcoin trading at today',
      // "finals" shares a stem with "finalized"; "who" says nothing of the topic, so it does not dilute the rest.
      'who won the nba finals',
    ];
    for (const [name, engine] of engines)
      for (const q of offTopic) expect(engine.answer(q).answered, `${name}: ${q}`).toBe(false);
    expect(engines.get('shipped')?.answer("what's the score of the yankees game").answer).toMatch(/yankees/);
  });

  it('answers "what are the key numbers?" with the pack figures when it has some', () => {
    for (const [name, engine] of engines) {
      const reply = engine.answer('What are the key numbers?');
      if (engine.pack.figures.length === 0) expect(reply.answered, name).toBe(false);
      else {
        expect(reply.entryId, name).toBe('#figures');
        expect(reply.figures.length, name).toBeGreaterThan(0);
        expect(
          reply.figures.every((f) => engine.pack.figures.includes(f)),
          name,
        ).toBe(true);
      }
    }
  });

  it('reads a Malay question as the English it says', () => {
    const drafted = engines.get('tanjung drafted') as Engine;
    const english = drafted.answer('how much stake did harbour group buy in tanjung port');
    expect(english.answered).toBe(true);
    expect(drafted.answer('berapa saham Harbour Group beli di Tanjung Port?').entryId).toBe(english.entryId);
  });
});
