import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SHIPPED_PACK = path.resolve('knowledge/china-platforms-sea');

/** A small pack of its own (tests/fixtures/packs/acme-widget): drop_lines, pack-wide details, drafts, no aliases. */
export const ACME_PACK = path.resolve('tests/fixtures/packs/acme-widget');

/** Text edits to pack files; an edit returning null deletes the file. */
export type PackEdits = Record<string, (text: string) => string | null>;

/** Copies the shipped pack into a temp dir and applies text edits to its files, to test the loader on breakage. */
export function brokenPackCopy(edits: PackEdits): Promise<string> {
  return editedPackCopy(SHIPPED_PACK, edits);
}

/** Copies a pack into a temp dir and applies the edits; an edit that changes nothing is a stale test, so it throws. */
export async function editedPackCopy(source: string, edits: PackEdits): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pack-'));
  await cp(source, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`edit to ${file} changed nothing: the test's fixture is stale`);
    if (after === null) await rm(target);
    else await writeFile(target, after);
  }
  return dir;
}

/** Copies a pack folder to `dest` (a new folder), as a curator would drop one into KNOWLEDGE_DIR. */
export async function copyPack(from: string, dest: string): Promise<string> {
  await cp(from, dest, { recursive: true });
  return dest;
}
