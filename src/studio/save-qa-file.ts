import { randomBytes } from 'node:crypto';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadPack, PACK_FILES } from '../knowledge/load.js';
import type { PackProblem } from '../knowledge/problems.js';
import { writeDurably } from '../knowledge/write-durably.js';

// EDGE: writes a new qa.yaml only if the bot's own loader accepts the pack with it. The edit is checked in place of
// the file (loadPack's `replace`), so nothing touches the disk until it is known good; then the text goes to a temp
// file beside qa.yaml, is flushed, and renamed over it, so a reader (the bot's live reload) sees the old file or the
// new one, never half of one.

export type SaveResult =
  | { ok: true }
  | { ok: false; code: 'invalid'; problems: PackProblem[] }
  | { ok: false; code: 'changed' | 'write_failed'; message: string };

export async function readQaFile(folder: string): Promise<string> {
  return readFile(path.join(folder, PACK_FILES.qa), 'utf8');
}

/**
 * Replaces qa.yaml with `after`, provided it still holds `before` (an edit made meanwhile in an editor or another tab
 * is never overwritten) and the pack loads with it.
 */
export async function saveQaFile(folder: string, before: string, after: string): Promise<SaveResult> {
  const target = path.join(folder, PACK_FILES.qa);
  if ((await readQaFile(folder).catch(() => undefined)) !== before)
    return {
      ok: false,
      code: 'changed',
      message:
        'qa.yaml changed since this page was opened (another tab or an editor); nothing was written. Reload the page and make the edit again.',
    };
  const checked = await loadPack(folder, { replace: { [PACK_FILES.qa]: after } });
  if (!checked.ok) return { ok: false, code: 'invalid', problems: checked.problems };
  const temp = path.join(folder, `.${PACK_FILES.qa}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeDurably(temp, after);
    await rename(temp, target);
    return { ok: true };
  } catch (error) {
    await rm(temp, { force: true });
    return { ok: false, code: 'write_failed', message: `could not write ${target}: ${(error as Error).message}` };
  }
}
