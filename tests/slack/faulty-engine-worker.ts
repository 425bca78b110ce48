import { runEngineWorker } from '../../src/slack/engine-worker.js';

// The answering worker with an engine that misbehaves on request: "hang" never returns, "crash" ends the worker
// thread, "throw" throws. Anything else is answered as usual.

runEngineWorker((answer) => (question) => {
  if (question === 'hang') while (true);
  if (question === 'crash') process.exit(3);
  if (question === 'throw') throw new Error('engine bug');
  return answer(question);
});
