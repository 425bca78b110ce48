import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { PackFolderRead } from './read-pack-folder.js';

// EDGE: a restart serves the same folders it served before, and validating them is most of a start (a hundred
// briefings of the first pack's size: seconds of YAML, schemas, quote checks and not_stated checks). A folder whose
// files are byte for byte those of a read that passed, under the same code, passes again with the same result, so
// that result is kept on disk and read back. The key is a hash of the code, the folder's place and every file in it;
// the load is made from exactly the bytes hashed, so a curator saving mid-read can never pair one version's key with
// another's result. Only reads that passed are kept: a failing folder is checked, and reported, every time.

/** Past this many entries the least recently used are deleted: old versions of edited packs pile up otherwise. */
const MAX_ENTRIES = 500;
const KEEP_AFTER_PRUNE = 400;

/** The default place, where build tools keep theirs (`node_modules/.cache/<tool>`): gone with `npm ci`, never committed. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_PACK_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'briefing-bot', 'packs');

export type PackReadCache = {
  /** Where the entries are kept: a worker thread reading some of the folders opens the same cache there. */
  dir: string;
  /**
   * The folder's read: from the cache when its files and the code are those of a read that passed, else `load` run on
   * the folder's files (name -> text) and kept when it passes.
   */
  read(
    folder: string,
    load: (files: Record<string, string>) => Promise<PackFolderRead>,
    /** Which kind of read (a read with fewer checks is kept apart): part of the key. */
    variant?: string,
  ): Promise<PackFolderRead>;
};

/** PACK_CACHE_DIR: unset means the default place, `off` means no cache. */
export function openPackReadCache(setting: string | undefined): PackReadCache | undefined {
  const value = setting?.trim();
  if (value === 'off') return undefined;
  return createPackReadCache(value ? path.resolve(value) : DEFAULT_PACK_CACHE_DIR);
}

export function createPackReadCache(dir: string): PackReadCache {
  let writes = 0;
  return {
    dir,
    async read(folder, load, variant = '') {
      const files = await readFolderFiles(folder);
      if (!files) return load({});
      const key = await keyOf(folder, files, variant);
      const entry = path.join(dir, `${key}.v8`);
      const kept = await readEntry(entry);
      if (kept) return kept;
      const texts = Object.fromEntries([...files].map(([name, bytes]) => [name, bytes.toString('utf8')]));
      const read = await load(texts);
      // A source file in a subfolder was read from disk, outside the hashed bytes: such a read is not kept.
      if (read.ok && read.pack.meta.sources.every((s) => files.has(s.file))) {
        await writeEntry(dir, entry, read);
        if (++writes % 50 === 1) await prune(dir);
      }
      return read;
    },
  };
}

/** The folder's own files (not hidden, not in subfolders), by name; undefined when it cannot be listed. */
async function readFolderFiles(folder: string): Promise<Map<string, Buffer> | undefined> {
  try {
    const names = (await readdir(folder, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
    return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(folder, n))] as const)));
  } catch {
    return undefined;
  }
}

async function keyOf(folder: string, files: Map<string, Buffer>, variant: string): Promise<string> {
  const hash = createHash('sha256');
  // Problems and warnings name files as seen from where the process runs, so the place is part of what was read.
  hash.update(`${await codeVersion()}\0${path.resolve(folder)}\0${process.cwd()}\0${variant}\0`);
  for (const [name, bytes] of files) hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

let codeHash: Promise<string> | undefined;
/** A hash of everything under src/ and of the locked dependencies: any change to either reads every pack again. */
function codeVersion(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    const files = (await readdir(path.join(PROJECT_ROOT, 'src'), { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
    for (const file of [...files, path.join(PROJECT_ROOT, 'package-lock.json')]) {
      const bytes = await readFile(file).catch(() => Buffer.alloc(0));
      hash.update(`${path.relative(PROJECT_ROOT, file)}\0${bytes.length}\0`).update(bytes);
    }
    return hash.digest('hex');
  })();
  return codeHash;
}

async function readEntry(entry: string): Promise<PackFolderRead | undefined> {
  try {
    const read = deserialize(await readFile(entry)) as PackFolderRead;
    if (read?.ok !== true || !(read.words instanceof Set) || !Array.isArray(read.pack?.entries)) return undefined;
    const now = new Date();
    // Marks it as used, so pruning keeps it.
    await utimes(entry, now, now).catch(() => undefined);
    return read;
  } catch {
    // Absent, unreadable or torn: read the folder instead.
    return undefined;
  }
}

async function writeEntry(dir: string, entry: string, read: PackFolderRead): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const temporary = `${entry}.${randomUUID()}.tmp`;
    await writeFile(temporary, serialize(read));
    await rename(temporary, entry);
  } catch {
    // A read-only disk serves as well, only without the cache.
  }
}

async function prune(dir: string): Promise<void> {
  try {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.v8'));
    if (names.length <= MAX_ENTRIES) return;
    const dated = await Promise.all(
      names.map(async (n) => ({ file: path.join(dir, n), used: (await stat(path.join(dir, n))).mtimeMs })),
    );
    dated.sort((a, b) => b.used - a.used);
    await Promise.all(dated.slice(KEEP_AFTER_PRUNE).map(({ file }) => rm(file, { force: true })));
  } catch {
    // Another instance pruning at the same moment: whatever is left is still valid.
  }
}
