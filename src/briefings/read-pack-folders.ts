import type { PackReadCache } from './pack-read-cache.js';
import { type PackFolderRead, readPackFolder } from './read-pack-folder.js';

// EDGE: reads many pack folders, a few at a time so one folder's file reads overlap another's parsing. (Worker threads
// were tried: on two cores their start-up and the copying of packs back made a hundred folders load twice as slowly.)

const AT_ONCE = 4;

export async function readPackFolders(folders: readonly string[], cache?: PackReadCache): Promise<PackFolderRead[]> {
  const results = new Array<PackFolderRead>(folders.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < folders.length; i = next++) results[i] = await readPackFolder(folders[i], cache);
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, folders.length) }, reader));
  return results;
}
