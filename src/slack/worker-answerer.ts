import { Worker } from 'node:worker_threads';
import type { Reply } from '../answer/reply.js';
import type { Pack } from '../knowledge/schema.js';
import type { Logger } from '../log.js';
import type { EngineWorkerData, EngineWorkerRequest, EngineWorkerResponse } from './engine-worker.js';

// Questions are answered on a worker thread, never on the thread that reads Slack's requests and sends the acks
// (Slack gives 3 s). On that thread, ten slow questions arriving together held every ack behind them (0.9-1.4 s
// median, 2.5 s max): each answer runs to its end once started, and several were started per turn of the event
// loop. The matcher now bounds each answer (bench/worst-case.ts), and on its own thread even a slow one (a bug, a
// far larger pack later) holds up nothing but the answers queued behind it.
// The worker starts with the bot (building its index takes a moment, better spent before the first question), and
// again after it fails or an answer takes longer than answerTimeoutMs (a stuck engine is stopped, its questions get
// the apology, and the next question gets a fresh worker).

/** The one way the Slack side asks a question: later, many packs and live reloads stay behind this seam. */
export type AnswerQuestion = (question: string) => Promise<Reply>;

export type WorkerAnswerer = {
  answerQuestion: AnswerQuestion;
  /**
   * Stops the worker for good. Questions still waiting get no reply at all (not an error): the bot is exiting, and
   * an error would make their listeners apologise and mark them answered, when they are kept to answer after the
   * restart (see middleware/keep-pending.ts).
   */
  close(): Promise<void>;
};

export type WorkerAnswererOptions = {
  pack: Pack;
  threshold: number;
  logger: Logger;
  /** The module the worker runs; engine-worker-main.ts by default (a test passes one with slow answers). */
  workerModule?: URL;
  answerTimeoutMs?: number;
};

const DEFAULT_ANSWER_TIMEOUT_MS = 30_000;
const DEFAULT_WORKER_MODULE = new URL('./engine-worker-main.js', import.meta.url);

type Pending = {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  /** The worker asked, so a worker's failure fails only its own questions. */
  worker: Worker;
};

export function startWorkerAnswerer(options: WorkerAnswererOptions): WorkerAnswerer {
  const { pack, threshold, logger } = options;
  const timeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let worker: Worker | undefined;
  let closed = false;

  const failAll = (of: Worker, error: Error) => {
    if (closed) return;
    for (const [id, request] of pending) {
      if (of && request.worker !== of) continue;
      clearTimeout(request.timer);
      request.reject(error);
      pending.delete(id);
    }
  };
  const start = (): Worker => {
    const data: EngineWorkerData = { pack, threshold };
    const started = new Worker(bootstrap(options.workerModule ?? DEFAULT_WORKER_MODULE), {
      eval: true,
      workerData: data,
    });
    // The bot's server keeps the process alive; the worker alone must not (a failed start still exits).
    started.unref();
    started.on('message', (response: EngineWorkerResponse) => {
      const request = pending.get(response.id);
      if (!request) return;
      pending.delete(response.id);
      clearTimeout(request.timer);
      if ('reply' in response) request.resolve(response.reply);
      else request.reject(new Error(`the engine failed: ${response.error}`));
    });
    started.on('error', (error) => {
      logger.error('the answering worker failed; starting a new one for the next question', { error });
      if (worker === started) worker = undefined;
      failAll(started, error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failAll(started, new Error(`the answering worker exited (code ${code})`));
    });
    return started;
  };

  const answerQuestion: AnswerQuestion = (question) =>
    new Promise<Reply>((resolve, reject) => {
      if (closed) return;
      worker ??= start();
      const current = worker;
      const id = nextId++;
      const timer = setTimeout(() => {
        logger.error('an answer took too long; stopping the answering worker', {
          timeoutMs,
          questionLength: question.length,
        });
        if (worker === current) worker = undefined;
        void current.terminate();
        failAll(current, new Error(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer, worker: current });
      const request: EngineWorkerRequest = { id, question };
      current.postMessage(request);
    });

  worker = start();
  return {
    answerQuestion,
    close: async () => {
      closed = true;
      for (const request of pending.values()) clearTimeout(request.timer);
      const running = worker;
      worker = undefined;
      await running?.terminate();
    },
  };
}

/**
 * The worker's first code: the app runs TypeScript through tsx, which a new thread does not inherit, so it loads
 * the worker module through tsx's API (resolved from here, whatever the working directory).
 */
function bootstrap(module: URL): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(module.href)}, ${JSON.stringify(import.meta.url)}));`;
}
