import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CheckPackOptions } from '../knowledge/check-pack.js';
import { startTsWorker } from '../ts-worker.js';
import type { PackReadCache } from './pack-read-cache.js';
import { type PackFolderRead, readPackFolder } from './read-pack-folder.js';
import type { ReadPackWorkerData, ReadPackWorkerMessage } from './read-pack-worker.js';

// EDGE: reads many pack folders. Reading one is CPU work (YAML, schemas, quote and not_stated checks), so with more
// than one core, worker threads read some of them while the main thread reads the rest: each thread claims the next
// folder from a shared counter, so a worker that is slow to start simply reads fewer. Within a thread a few folders
// are read at a time, so one folder's file reads overlap another's parsing.

const AT_ONCE = 4;
/**
 * Fewer folders than this are read in well under a second: a worker, which takes about half a second to start (tsx
 * loads the code in it), would read few of them or none.
 */
const WORTH_A_WORKER = 12;

export type ReadPackFoldersOptions = {
  /** Worker threads to start beside the main thread; default one per further core (at most 3), for many folders. */
  workers?: number;
  /** False: the main thread only waits for the workers (a test comparing their reads with the main thread's). */
  mainThreadReads?: boolean;
  /** Told of each folder a worker read. */
  onWorkerRead?: (index: number) => void;
} & CheckPackOptions;

export async function readPackFolders(
  folders: readonly string[],
  cache?: PackReadCache,
  options: ReadPackFoldersOptions = {},
): Promise<PackFolderRead[]> {
  const results = new Array<PackFolderRead | undefined>(folders.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  let workers: Worker[] = [];
  let delivered: Promise<void>[] = [];
  let started = false;
  const start = (count: number) => {
    if (started) return;
    started = true;
    const data = {
      folders: [...folders],
      next: next.buffer as SharedArrayBuffer,
      cacheDir: cache?.dir,
      phrasings: options.phrasings ?? true,
    };
    workers = startWorkers(count, data);
    delivered = workers.map((worker) => collect(worker, results, options.onWorkerRead));
  };
  if (options.workers !== undefined) start(options.workers);
  // At a restart every folder usually comes back from the cache, a few milliseconds each, and a worker starting
  // meanwhile only slows the main thread down: workers start at the first folder the cache cannot give back.
  const wanted = folders.length >= WORTH_A_WORKER ? defaultWorkers() : 0;
  if (!cache) start(wanted);
  const reading: PackReadCache | undefined = cache && {
    dir: cache.dir,
    read: (folder, load, variant) =>
      cache.read(
        folder,
        (files) => {
          start(wanted);
          return load(files);
        },
        variant,
      ),
  };

  const reader = async () => {
    for (let i = Atomics.add(next, 0, 1); i < folders.length; i = Atomics.add(next, 0, 1))
      results[i] = await readPackFolder(folders[i], reading, options);
  };
  if (options.mainThreadReads === false && workers.length > 0) await Promise.all(delivered);
  else await Promise.all(Array.from({ length: Math.min(AT_ONCE, folders.length) }, reader));
  // Every folder is claimed now. The few a worker is still reading (one each at most), or left unread because it
  // failed, are read here: a worker slow to start or to warm up never holds a start up.
  for (const worker of workers) void worker.terminate();
  for (const [i, kept] of results.entries()) results[i] = kept ?? (await readPackFolder(folders[i], cache, options));
  return results as PackFolderRead[];
}

function defaultWorkers(): number {
  return Math.min(availableParallelism() - 1, 3);
}

function startWorkers(count: number, data: ReadPackWorkerData): Worker[] {
  // Where no worker can be started, the main thread reads every folder itself.
  const module = new URL('./read-pack-worker.ts', import.meta.url);
  const workers: Worker[] = [];
  for (let i = 0; i < count; i += 1) {
    const worker = startTsWorker(module, data);
    if (!worker) break;
    workers.push(worker);
  }
  return workers;
}

/** Resolves when the worker has exited, for whatever reason; its reads land in `results` as they arrive. */
function collect(
  worker: Worker,
  results: (PackFolderRead | undefined)[],
  onRead: ((index: number) => void) | undefined,
): Promise<void> {
  return new Promise((resolve) => {
    worker.on('message', ({ index, read }: ReadPackWorkerMessage) => {
      results[index] = read;
      onRead?.(index);
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}
