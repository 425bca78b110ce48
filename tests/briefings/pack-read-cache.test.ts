import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { createPackReadCache, openPackReadCache } from '../../src/briefings/pack-read-cache.js';
import { readPackFolder } from '../../src/briefings/read-pack-folder.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { DEFAULT_PACK_DIR } from '../../src/knowledge/default-pack.js';
import { copyPack } from '../helpers/pack-copy.js';

// A restart reads folders that passed before from the cache: the same briefing, answering the same, and a folder
// changed since is validated again, so nothing unchecked is ever served.

let dir: string;
let pack: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pack-cache-'));
  pack = path.join(dir, 'knowledge', 'china');
  cacheDir = path.join(dir, 'cache');
  await copyPack(DEFAULT_PACK_DIR, pack);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const cached = async () => (await readdir(cacheDir).catch(() => [])).filter((n) => n.endsWith('.v8'));
const start = async () => {
  const { catalogue } = await loadKnowledge([pack], {
    threshold: DEFAULT_THRESHOLD,
    cache: createPackReadCache(cacheDir),
  });
  return catalogue;
};
const QUESTION = 'how big is tiktok shop in southeast asia';

describe('The cache of folders that passed', () => {
  it('serves a restart the briefing it served before, from the cache, answering the same', async () => {
    const first = await start();
    expect(await cached()).toHaveLength(1);
    let loads = 0;
    const again = await readPackFolder(pack, {
      dir: cacheDir,
      read: (folder, load) =>
        createPackReadCache(cacheDir).read(folder, (files) => {
          loads++;
          return load(files);
        }),
    });
    expect(loads).toBe(0);
    const fresh = await readPackFolder(pack);
    expect(again).toStrictEqual(fresh);
    const restarted = await start();
    expect(routeQuestion(restarted, QUESTION)).toStrictEqual(routeQuestion(first, QUESTION));
    expect(routeQuestion(restarted, QUESTION)).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
  });

  it('validates a folder changed since, and refuses a quote that is no longer verbatim', async () => {
    await start();
    const qa = path.join(pack, 'qa.yaml');
    const text = await readFile(qa, 'utf8');
    const quote = text.match(/quote: "([^"]{20,})"/)?.[1] ?? '';
    await writeFile(qa, text.replace(`quote: "${quote}"`, `quote: "${quote.replace(/\w+/, 'Invented')}"`));
    const catalogue = await start();
    expect(catalogue.briefings).toHaveLength(0);
    expect(catalogue.failed[0].problems[0]).toMatchObject({
      file: expect.stringContaining('qa.yaml'),
      field: expect.stringMatching(/^citations\[/),
    });
    // A failing folder is never kept: it is checked, and reported, at every start.
    expect(await cached()).toHaveLength(1);
  });

  it('reads the folder again when an entry is torn or unreadable', async () => {
    await start();
    const [entry] = await cached();
    await writeFile(path.join(cacheDir, entry), 'not a cache entry');
    const catalogue = await start();
    expect(routeQuestion(catalogue, QUESTION)).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
  });

  it('serves as well where the cache cannot be written', async () => {
    await writeFile(cacheDir, 'a file where the cache folder would be');
    const catalogue = await start();
    expect(routeQuestion(catalogue, QUESTION)).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
  });

  it('is off with PACK_CACHE_DIR=off, and in node_modules/.cache when unset', () => {
    expect(openPackReadCache('off')).toBeUndefined();
    expect(openPackReadCache(undefined)).toBeDefined();
  });
});
