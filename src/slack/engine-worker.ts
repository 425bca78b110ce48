import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../answer/engine.js';
import type { Reply } from '../answer/reply.js';
import type { Pack } from '../knowledge/schema.js';

// The worker thread that answers questions (see worker-answerer.ts for why): it builds the engine from the pack the
// main thread loaded and validated, then answers each question it is sent, in order.

export type EngineWorkerData = { pack: Pack; threshold: number };
export type EngineWorkerRequest = { id: number; question: string };
export type EngineWorkerResponse = { id: number; reply: Reply } | { id: number; error: string };

export type Answer = (question: string) => Reply;

/** Runs in the worker. `wrapAnswer` lets a test make some answers slow; production passes nothing. */
export function runEngineWorker(wrapAnswer: (answer: Answer) => Answer = (answer) => answer): void {
  const port = parentPort;
  if (!port) throw new Error('runEngineWorker must run in a worker thread');
  const { pack, threshold } = workerData as EngineWorkerData;
  const engine = createEngine(pack, { threshold });
  const answer = wrapAnswer((question) => engine.answer(question));
  port.on('message', ({ id, question }: EngineWorkerRequest) => {
    let response: EngineWorkerResponse;
    try {
      response = { id, reply: answer(question) };
    } catch (error) {
      response = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
}
