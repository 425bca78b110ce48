import { runEngineWorker } from '../../src/slack/engine-worker.js';

// The answering worker with a slow engine: every answer costs a second of busy CPU first, the worst a matcher bug
// could do. tests/e2e/slow-answers.test.ts runs the bot with it.

const SLOW_ANSWER_MS = 1000;

runEngineWorker((answer) => (question) => {
  const until = performance.now() + SLOW_ANSWER_MS;
  while (performance.now() < until);
  return answer(question);
});
