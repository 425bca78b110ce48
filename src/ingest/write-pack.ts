import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeDurably } from '../knowledge/write-durably.js';

// EDGE: a drafted pack's files -> its folder, all or nothing. The files are written into a hidden folder beside the
// target and renamed into place at the end, so a crash or a full disk never leaves half a pack, and a folder that
// already holds files is replaced only when asked to (--force), and then whole: the old folder is set aside, the
// new one renamed in, the old one removed.

export type WriteError = { code: 'exists' | 'not_a_folder' | 'write_failed'; message: string };
export type StagedPack = {
  /** The hidden folder holding the files until commit: load and check the pack here. */
  dir: string;
  /** Renames the staged folder into place (replacing the old folder when forced). */
  commit(): Promise<void>;
  /** Removes the staged folder; the target is untouched. */
  discard(): Promise<void>;
};

export async function stagePack(
  target: string,
  files: Record<string, string>,
  options: { force: boolean },
): Promise<{ ok: true; value: StagedPack } | { ok: false; error: WriteError }> {
  const dir = path.resolve(target);
  const existing = await folderState(dir);
  if (existing === 'file')
    return {
      ok: false,
      error: { code: 'not_a_folder', message: `${target} is a file, not a folder: choose another --out.` },
    };
  if (existing === 'full' && !options.force)
    return {
      ok: false,
      error: {
        code: 'exists',
        message: `${target} already holds a pack: nothing was written; pass --force to replace it, or choose another --out or --id.`,
      },
    };
  const parent = path.dirname(dir);
  const staged = path.join(parent, `.${path.basename(dir)}.new-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(staged, { recursive: true });
    for (const [name, contents] of Object.entries(files)) await writeDurably(path.join(staged, name), contents);
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    return {
      ok: false,
      error: { code: 'write_failed', message: `could not write ${target}: ${(error as Error).message}` },
    };
  }
  return {
    ok: true,
    value: {
      dir: staged,
      commit: () => swapIn(staged, dir, options.force),
      discard: () => rm(staged, { recursive: true, force: true }),
    },
  };
}

/** Writes all files of a pack into `target` at once; see stagePack. */
export async function writePack(
  target: string,
  files: Record<string, string>,
  options: { force: boolean },
): Promise<{ ok: true } | { ok: false; error: WriteError }> {
  const staged = await stagePack(target, files, options);
  if (!staged.ok) return staged;
  try {
    await staged.value.commit();
    return { ok: true };
  } catch (error) {
    await staged.value.discard();
    return {
      ok: false,
      error: { code: 'write_failed', message: `could not write ${target}: ${(error as Error).message}` },
    };
  }
}

async function swapIn(staged: string, dir: string, force: boolean): Promise<void> {
  const state = await folderState(dir);
  if (state === 'missing') {
    await rename(staged, dir);
    return;
  }
  if (state === 'full' && !force) throw new Error(`${dir} was filled while the pack was being written`);
  // An empty folder, or a full one we may replace: set it aside, rename the new one in, then drop the old one.
  const old = path.join(path.dirname(dir), `.${path.basename(dir)}.old-${randomBytes(4).toString('hex')}`);
  await rename(dir, old);
  try {
    await rename(staged, dir);
  } catch (error) {
    await rename(old, dir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

async function folderState(dir: string): Promise<'missing' | 'empty' | 'full' | 'file'> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return 'file';
    return (await readdir(dir)).length === 0 ? 'empty' : 'full';
  } catch {
    return 'missing';
  }
}
