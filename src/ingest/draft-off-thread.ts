import { startTsWorker } from '../ts-worker.js';
import { type DraftBriefingResult, draftBriefing } from './draft-briefing.js';
import type { DraftWorkerData } from './draft-briefing-worker.js';
import type { DraftOptions } from './draft-pack.js';

// EDGE: draftBriefing on a thread of its own, for the bot. Drafting is CPU work (a 30-page PDF takes seconds), and on
// the main thread it would hold up every other question, which Slack wants acknowledged within 3 seconds. The result
// is the same as draftBriefing's: the worker runs that very function.

export async function draftOffThread(
  bytes: Uint8Array,
  fileName: string,
  options: DraftOptions,
): Promise<DraftBriefingResult> {
  const data: DraftWorkerData = { bytes, fileName, options };
  const worker = startTsWorker(new URL('./draft-briefing-worker.ts', import.meta.url), data);
  if (!worker) return draftBriefing(bytes, fileName, options);
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (result: DraftBriefingResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the drafting thread stopped before it drafted (exit code ${code})`));
    });
  });
}
