import path from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from '../log.js';
import type { KnowledgeLocation } from './load-knowledge.js';
import type { PackReloader } from './reload-pack.js';

// EDGE: watches the pack folders and reloads the one that changed, so a briefing added, edited or removed goes live
// without a restart. chokidar turns the platform's raw file events into add/change/unlink per path; a burst of them
// (a folder copied in, an editor's save) settles for DEBOUNCE_MS before the folder is read, once.

export type KnowledgeWatcher = { close(): Promise<void> };

const DEBOUNCE_MS = 300;

export async function watchKnowledge(
  location: KnowledgeLocation,
  reloader: PackReloader,
  logger: Logger,
  debounceMs = DEBOUNCE_MS,
): Promise<KnowledgeWatcher> {
  const root = path.resolve(location.packDir ?? location.knowledgeDir);
  // PACK_DIR: the folder's own files. KNOWLEDGE_DIR: its folders and the files in them.
  const watcher = watch(root, { ignoreInitial: true, depth: location.packDir ? 0 : 1 });
  const timers = new Map<string, NodeJS.Timeout>();
  const folderOf = (changed: string, isDirectory: boolean): string | undefined => {
    if (location.packDir) return location.packDir;
    const parts = path.relative(root, path.resolve(changed)).split(path.sep);
    const [first] = parts;
    // The knowledge folder itself, a hidden folder, or a loose file in it: not a pack.
    if (!first || first === '..' || first.startsWith('.') || (parts.length === 1 && !isDirectory)) return undefined;
    return path.join(location.knowledgeDir, first);
  };
  const schedule = (event: string, changed: string) => {
    const folder = folderOf(changed, event === 'addDir' || event === 'unlinkDir');
    if (!folder) return;
    clearTimeout(timers.get(folder));
    timers.set(
      folder,
      setTimeout(() => {
        timers.delete(folder);
        void reloader.reload(folder);
      }, debounceMs),
    );
  };
  watcher.on('all', schedule);
  watcher.on('error', (error) => logger.warn('the knowledge folder watcher reported an error', { error }));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  logger.info('watching for briefing changes', { folder: root });
  return {
    close: async () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await watcher.close();
    },
  };
}
