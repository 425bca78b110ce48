import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createLogger } from '../../src/log.js';
import { openFileStore } from '../../src/store/file-store.js';
import { describeStoreContract } from './store-contract.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describeStoreContract('file', {
  shared: false,
  makeFixture: async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'store-contract-'));
    dirs.push(dir);
    const logger = createLogger({ level: 'error', write: () => undefined });
    return { open: () => openFileStore({ dir, logger }) };
  },
});
