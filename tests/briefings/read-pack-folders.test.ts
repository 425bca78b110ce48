import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackReadCache } from '../../src/briefings/pack-read-cache.js';
import { readPackFolders } from '../../src/briefings/read-pack-folders.js';
import { DEFAULT_PACK_DIR } from '../../src/knowledge/default-pack.js';
import { ACME_PACK, brokenPackCopy } from '../helpers/pack-copy.js';

// Many folders are read by worker threads beside the main thread (a hundred briefings start in seconds, not twice
// that). A folder read in a worker must be exactly the folder read in the main thread: the same pack, the same
// vocabulary, the same problems for a broken one.

let broken: string;
let folders: string[];

beforeAll(async () => {
  broken = await brokenPackCopy({
    'figures.yaml': (t) => t.replace('value: "$64.3 billion"', 'value: "$64.8 billion"'),
  });
  folders = [DEFAULT_PACK_DIR, broken, ACME_PACK, path.join(broken, 'no-such-folder')];
});
afterAll(async () => rm(broken, { recursive: true, force: true }));

describe('Reading pack folders in worker threads', () => {
  it('reads every folder in a worker exactly as the main thread does, problems and all', async () => {
    const inMain = await readPackFolders(folders, undefined, { workers: 0 });
    const byWorker: number[] = [];
    const inWorker = await readPackFolders(folders, undefined, {
      workers: 1,
      mainThreadReads: false,
      onWorkerRead: (i) => byWorker.push(i),
    });
    expect(byWorker.sort()).toEqual([0, 1, 2, 3]);
    expect(inWorker).toStrictEqual(inMain);
    expect(inWorker.map((r) => r.ok)).toEqual([true, false, true, false]);
    expect(inWorker[1].ok ? '' : inWorker[1].report).toContain('value "$64.8 billion" is not written in its quote');
  }, 60_000);

  it('shares the folders between the main thread and its workers, each read once, in order', async () => {
    const many = Array.from({ length: 16 }, (_, i) => folders[i % folders.length]);
    const read = await readPackFolders(many, undefined, { workers: 1 });
    expect(read.map((r) => r.ok)).toEqual(many.map((_, i) => [true, false, true, false][i % 4]));
  }, 60_000);

  it('keeps what a worker read in the same cache, so a restart reads it back', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'worker-cache-'));
    try {
      const cache = createPackReadCache(cacheDir);
      const first = await readPackFolders(folders, cache, { workers: 1, mainThreadReads: false });
      expect((await readdir(cacheDir)).filter((n) => n.endsWith('.v8'))).toHaveLength(2);
      let validated = 0;
      const counting = {
        dir: cacheDir,
        read: (folder: string, load: Parameters<typeof cache.read>[1]) =>
          cache.read(folder, (files) => {
            validated++;
            return load(files);
          }),
      };
      const again = await readPackFolders(folders, counting, { workers: 0 });
      expect(again).toStrictEqual(first);
      // The two that passed come back from the worker's entries; the broken and the missing folder are read again.
      expect(validated).toBe(2);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);
});
