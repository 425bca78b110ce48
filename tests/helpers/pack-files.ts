import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DraftedPack } from '../../src/ingest/draft-pack.js';
import { FIXTURE_BRIEFINGS } from '../eval/score-briefings.js';

/** A fixture briefing's files (tests/fixtures/briefings/<folder>), as draftBriefing would hand a drafted pack over. */
export async function fixturePackFiles(folder: string): Promise<DraftedPack> {
  const dir = path.join(FIXTURE_BRIEFINGS, folder);
  const files: Record<string, string> = {};
  for (const name of await readdir(dir)) files[name] = await readFile(path.join(dir, name), 'utf8');
  const id = /^id: (\S+)/m.exec(files['pack.yaml'])?.[1] ?? folder;
  return {
    id,
    files,
    summary: { id, title: id, paragraphs: 0, figures: 0, entries: 0, draftShare: 0, sampleQuestions: [] },
  };
}
