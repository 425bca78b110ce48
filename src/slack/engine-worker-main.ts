import { runEngineWorker } from './engine-worker.js';

// The module a worker thread runs to answer questions (worker-answerer.ts starts it).
runEngineWorker();
