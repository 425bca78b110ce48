import { open } from 'node:fs/promises';

// EDGE: a pack file written to a new path and flushed to disk before anyone renames it into place, so a crash or a
// reader (the bot's live reload) never finds half of it.

/** Writes `contents` to `file`, which must not exist yet, and syncs it. */
export async function writeDurably(file: string, contents: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
