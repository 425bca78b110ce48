import { Worker } from 'node:worker_threads';

// EDGE: a worker thread whose body is one of the project's TypeScript modules. The project runs as TypeScript through
// tsx, so the module is loaded through tsx's own API: a worker starts the same under `npm start`, the CLIs and the
// tests. Where that API cannot be found there is no worker, and the caller does the work on its own thread.

export function startTsWorker(module: URL, workerData: unknown): Worker | undefined {
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
  const href = JSON.stringify(module.href);
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${href}, ${href}));`;
  return new Worker(code, { eval: true, workerData });
}
