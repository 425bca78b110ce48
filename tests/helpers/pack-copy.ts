import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SHIPPED_PACK = path.resolve('knowledge/china-platforms-sea');

/** Copies the shipped pack into a temp dir and applies text edits to its files, to test the loader on breakage. */
export async function brokenPackCopy(edits: Record<string, (text: string) => string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pack-'));
  await cp(SHIPPED_PACK, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`edit to ${file} changed nothing: the test's fixture is stale`);
    await writeFile(target, after);
  }
  return dir;
}

/** Copies a pack folder to `dest` (a new folder), as a curator would drop one into KNOWLEDGE_DIR. */
export async function copyPack(from: string, dest: string): Promise<string> {
  await cp(from, dest, { recursive: true });
  return dest;
}
