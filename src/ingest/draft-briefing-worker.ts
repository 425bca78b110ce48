import { parentPort, workerData } from 'node:worker_threads';
import { draftBriefing } from './draft-briefing.js';
import type { DraftOptions } from './draft-pack.js';

// EDGE: the body of the worker thread draft-off-thread.ts starts for one file. It drafts the file exactly as the main
// thread would and posts the result back.

export type DraftWorkerData = { bytes: Uint8Array; fileName: string; options: DraftOptions };

const { bytes, fileName, options } = workerData as DraftWorkerData;
parentPort?.postMessage(await draftBriefing(bytes, fileName, options));
