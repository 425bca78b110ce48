import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loadPack } from '../../src/knowledge/load.js';
import { createLogger } from '../../src/log.js';
import { startWorkerAnswerer, type WorkerAnswerer } from '../../src/slack/worker-answerer.js';

const loaded = await loadPack('knowledge/china-platforms-sea');
if (!loaded.ok) throw new Error(loaded.report);
const pack = loaded.value;
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });

let answerer: WorkerAnswerer | undefined;
afterEach(async () => {
  await answerer?.close();
  logLines.length = 0;
});

describe('Answering on a worker thread', () => {
  it('gives exactly the reply the engine gives in this thread', async () => {
    answerer = startWorkerAnswerer({ pack, threshold: 0.4, logger });
    const engine = createEngine(pack, { threshold: 0.4 });
    for (const question of ['How big is TikTok Shop?', 'what is the weather in Paris?', '小红书', '', 'x'.repeat(5000)])
      expect(await answerer.answerQuestion(question)).toEqual(engine.answer(question));
  });

  describe('with an engine that misbehaves', () => {
    const faulty = new URL('./faulty-engine-worker.ts', import.meta.url);

    it('fails a question the engine throws on, and answers the next', async () => {
      answerer = startWorkerAnswerer({ pack, threshold: 0.4, logger, workerModule: faulty });
      await expect(answerer.answerQuestion('throw')).rejects.toThrow('engine bug');
      expect((await answerer.answerQuestion('How big is TikTok Shop?')).answered).toBe(true);
    });

    it('stops an engine stuck on a question after the timeout, and answers the next with a fresh worker', async () => {
      answerer = startWorkerAnswerer({ pack, threshold: 0.4, logger, workerModule: faulty, answerTimeoutMs: 1500 });
      await expect(answerer.answerQuestion('hang')).rejects.toThrow('no answer within 1500 ms');
      expect(logLines.some((line) => line.includes('an answer took too long'))).toBe(true);
      expect((await answerer.answerQuestion('How big is TikTok Shop?')).answered).toBe(true);
    });

    it('fails the question a crashing worker had, and answers the next with a fresh worker', async () => {
      answerer = startWorkerAnswerer({ pack, threshold: 0.4, logger, workerModule: faulty });
      await expect(answerer.answerQuestion('crash')).rejects.toThrow('exited');
      expect((await answerer.answerQuestion('How big is TikTok Shop?')).answered).toBe(true);
    });
  });
});
