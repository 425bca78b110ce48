import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { draftSharedPage, loadedEngine } from '../helpers/drafted-engine.js';

// Several sentences of a drafted briefing fit a question about as well; the one that uses its words most densely
// answers it. Spiceworks' story on Vidyard (among Mozilla Readability's test pages) says the company "announced
// significant updates to its video hosting platform" and, later, what the "key changes to Vidyard's platform" are.

let engine: Engine;
let parent: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'density-'));
  engine = await loadedEngine(await draftSharedPage('spiceworks', parent));
});

afterAll(() => rm(parent, { recursive: true, force: true }));

describe('among drafted sentences that fit a question about as well', () => {
  it('"what are the big changes to the platform" gets the sentence listing the changes', () => {
    const reply = engine.answer('what are the big changes to the platform');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Key changes to Vidyard’s platform include new integration with Zoom');
  });
});
