import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { draftBriefing } from '../../src/ingest/draft-briefing.js';
import { writePack } from '../../src/ingest/write-pack.js';
import { createLogger } from '../../src/log.js';
import type { FeedbackRecord, UnansweredRecord } from '../../src/store/store.js';
import { type RunningStudio, startStudio } from '../../src/studio/start-studio.js';
import { parseStudioConfig } from '../../src/studio/studio-config.js';
import { sharedArticlesDir } from '../ingest/shared-articles.js';
import { SHIPPED_PACK } from './pack-copy.js';

// The studio on temporary copies: KNOWLEDGE_DIR holds the shipped pack and a pack kb:new drafts from a real saved
// page (CNN's "birth lottery" article), DATA_DIR a file store seeded with what colleagues asked. Nothing the
// tests write reaches the project's own files.

export const SHIPPED_ID = 'china-platforms-sea';
export const DRAFTED_ID = 'birth-lottery';

export type StudioFixture = RunningStudio & {
  knowledgeDir: string;
  dataDir: string;
  qaFile(id: string): string;
  readQa(id: string): Promise<string>;
  close(): Promise<void>;
};

export type FixtureOptions = {
  token?: string;
  unanswered?: UnansweredRecord[];
  feedback?: FeedbackRecord[];
};

export async function startStudioFixture(options: FixtureOptions = {}): Promise<StudioFixture> {
  const knowledgeDir = await mkdtemp(path.join(tmpdir(), 'studio-knowledge-'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'studio-data-'));
  await cp(SHIPPED_PACK, path.join(knowledgeDir, SHIPPED_ID), { recursive: true });
  const page = path.join(sharedArticlesDir(), 'cnn', 'source.html');
  const drafted = await draftBriefing(new Uint8Array(await readFile(page)), page, {
    id: DRAFTED_ID,
    today: '2025-01-01',
  });
  if (!drafted.ok) throw new Error(`kb:new could not draft ${page}: ${drafted.error.message}`);
  const written = await writePack(path.join(knowledgeDir, DRAFTED_ID), drafted.value.files, { force: false });
  if (!written.ok) throw new Error(written.error.message);
  const lines = (records: object[] = []) => records.map((r) => `${JSON.stringify(r)}\n`).join('');
  if (options.unanswered) await writeFile(path.join(dataDir, 'unanswered.jsonl'), lines(options.unanswered));
  if (options.feedback) await writeFile(path.join(dataDir, 'feedback.jsonl'), lines(options.feedback));

  const config = parseStudioConfig({
    KNOWLEDGE_DIR: knowledgeDir,
    DATA_DIR: dataDir,
    STUDIO_PORT: '0',
    STUDIO_TOKEN: options.token,
  });
  if (!config.ok) throw new Error(JSON.stringify(config.error.problems));
  const logger = createLogger({ level: 'error', write: () => undefined });
  const started = await startStudio(config.value, logger);
  if (!started.ok) throw new Error(started.error.message);
  const qaFile = (id: string) => path.join(knowledgeDir, id, 'qa.yaml');
  return {
    ...started.value,
    knowledgeDir,
    dataDir,
    qaFile,
    readQa: (id) => readFile(qaFile(id), 'utf8'),
    close: async () => {
      await started.value.stop();
      await rm(knowledgeDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
