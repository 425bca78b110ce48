import { parentPort, workerData } from 'node:worker_threads';
import { createPackReadCache } from './pack-read-cache.js';
import { type PackFolderRead, readPackFolder } from './read-pack-folder.js';

// EDGE: the body of a worker thread started by read-pack-folders.ts. It takes the next unread folder from the counter
// it shares with the main thread, reads it exactly as the main thread would and posts the result back, until none is
// left. The claim is atomic, so every folder is read once, by whichever thread is free first.

export type ReadPackWorkerData = {
  folders: string[];
  next: SharedArrayBuffer;
  cacheDir: string | undefined;
  phrasings: boolean;
};
export type ReadPackWorkerMessage = { index: number; read: PackFolderRead };

const { folders, next, cacheDir, phrasings } = workerData as ReadPackWorkerData;
const counter = new Int32Array(next);
const cache = cacheDir === undefined ? undefined : createPackReadCache(cacheDir);
for (let index = Atomics.add(counter, 0, 1); index < folders.length; index = Atomics.add(counter, 0, 1)) {
  const message: ReadPackWorkerMessage = { index, read: await readPackFolder(folders[index], cache, { phrasings }) };
  parentPort?.postMessage(message);
}
