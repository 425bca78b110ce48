import { createHash } from 'node:crypto';
import type { PackProblem } from '../../knowledge/problems.js';
import type { DocumentEdit } from '../qa-document.js';
import { readQaFile, saveQaFile } from '../save-qa-file.js';
import type { StudioDeps } from '../studio-http.js';

// Every write of the studio: read the briefing's qa.yaml, apply one Document edit, have the loader check the result,
// write it, and reload the briefing so the next page and the next question see it.

export type EditOutcome =
  | { ok: true }
  | { ok: false; code: 'no_briefing' }
  | { ok: false; code: 'invalid'; problems: PackProblem[] }
  | { ok: false; code: 'no_entry' | 'unparsable' | 'changed' | 'write_failed'; message: string };

/** A short fingerprint of qa.yaml, carried by the entry form, so a save never overwrites an edit made meanwhile. */
export function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export async function saveEdit(
  deps: StudioDeps,
  briefingId: string,
  edit: (text: string) => DocumentEdit,
  expectedVersion?: string,
): Promise<EditOutcome> {
  const briefing = await deps.briefings.get(briefingId);
  if (!briefing) return { ok: false, code: 'no_briefing' };
  const before = await readQaFile(briefing.folder);
  if (expectedVersion !== undefined && versionOf(before) !== expectedVersion)
    return {
      ok: false,
      code: 'changed',
      message:
        'qa.yaml changed since this page was opened (another tab or an editor). Reload the page and make the edit again.',
    };
  const edited = edit(before);
  if (!edited.ok) return { ok: false, code: edited.code, message: edited.message };
  const saved = await saveQaFile(briefing.folder, before, edited.text);
  if (!saved.ok) return saved;
  await deps.briefings.reload(briefing.id);
  deps.logger.info('studio saved qa.yaml', { pack: briefing.id, folder: briefing.folder });
  return { ok: true };
}
