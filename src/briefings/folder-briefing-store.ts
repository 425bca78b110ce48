import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { stagePack } from '../ingest/write-pack.js';
import { loadPack } from '../knowledge/load.js';
import type { Logger } from '../log.js';
import type { BriefingStore } from './briefing-store.js';
import type { Catalogue } from './catalogue.js';
import type { LiveCatalogue } from './live-catalogue.js';
import type { PackReloader } from './reload-pack.js';
import { BRIEFING_STORE_MESSAGES } from './store-messages.js';

// EDGE: with the file store, a briefing added from Slack is a pack folder in KNOWLEDGE_DIR like any other, written
// the way kb:new writes one (staged in a hidden folder, checked by the loader, renamed into place), and the folder
// watcher picks it up as it would a folder copied in. The curator hears back once it serves; should the watcher not
// have reloaded it within a few seconds (it failed to start), the folder is reloaded here. Removing one moves its
// folder aside into KNOWLEDGE_DIR/.removed/ (hidden, so neither loaded nor watched), the same way: nothing a curator
// wrote is ever deleted.

export const REMOVED_FOLDER = '.removed';

export type FolderBriefingStoreOptions = {
  knowledgeDir: string;
  live: LiveCatalogue;
  reloader: PackReloader;
  logger: Logger;
  /** How long the watcher gets to pick a change up before the store reloads the folder itself. */
  watcherWaitMs?: number;
};

export function createFolderBriefingStore({
  knowledgeDir,
  live,
  reloader,
  logger,
  watcherWaitMs = WATCHER_WAIT_MS,
}: FolderBriefingStoreOptions): BriefingStore {
  const root = path.resolve(knowledgeDir);
  return {
    isTaken: async (id) => live.current().get(id) !== undefined || (await exists(path.join(knowledgeDir, id))),

    add: async (drafted, by) => {
      const folder = path.join(knowledgeDir, drafted.id);
      const staged = await stagePack(folder, drafted.files, { force: false });
      if (!staged.ok) {
        const code = staged.error.code === 'write_failed' ? 'write_failed' : 'id_taken';
        const message =
          code === 'id_taken'
            ? BRIEFING_STORE_MESSAGES.idTaken(drafted.id)
            : BRIEFING_STORE_MESSAGES.writeFailed(folder, staged.error.message);
        return { ok: false, error: { code, message } };
      }
      const checked = await loadPack(staged.value.dir);
      if (!checked.ok) {
        await staged.value.discard();
        return {
          ok: false,
          error: { code: 'invalid_draft', message: BRIEFING_STORE_MESSAGES.invalidDraft(by.fileName, checked.report) },
        };
      }
      try {
        await staged.value.commit();
      } catch (error) {
        await staged.value.discard();
        const message = BRIEFING_STORE_MESSAGES.writeFailed(folder, (error as Error).message);
        return { ok: false, error: { code: 'write_failed', message } };
      }
      await picksUp(live, reloader, folder, watcherWaitMs, (catalogue) =>
        [...catalogue.briefings, ...catalogue.failed].some((b) => b.origin === folder),
      );
      const served = live.current();
      const briefing = served.briefings.find((b) => b.origin === folder);
      if (!briefing) {
        const problems = served.failed.find((f) => f.origin === folder)?.problems ?? [];
        return {
          ok: false,
          error: { code: 'write_failed', message: BRIEFING_STORE_MESSAGES.notServed(folder, problems) },
        };
      }
      logger.info('briefing added from Slack', { pack: drafted.id, folder, by: by.userId, file: by.fileName });
      return { ok: true, briefing, keptIn: folder };
    },

    remove: async (briefing) => {
      const folder = briefing.origin;
      if (path.dirname(path.resolve(folder)) !== root) {
        const message = BRIEFING_STORE_MESSAGES.outsideKnowledge(folder, knowledgeDir);
        return { ok: false, error: { code: 'not_removable', message } };
      }
      const aside = path.join(knowledgeDir, REMOVED_FOLDER, `${path.basename(folder)}-${timestamp(new Date())}`);
      try {
        await mkdir(path.dirname(aside), { recursive: true });
        await rename(folder, aside);
      } catch (error) {
        const message = BRIEFING_STORE_MESSAGES.removeFailed(folder, (error as Error).message);
        return { ok: false, error: { code: 'write_failed', message } };
      }
      await picksUp(
        live,
        reloader,
        folder,
        watcherWaitMs,
        (catalogue) => !catalogue.briefings.some((b) => b.origin === folder),
      );
      logger.info('briefing removed from Slack', { pack: briefing.id, folder, movedTo: aside });
      return { ok: true, filesNow: aside };
    },

    close: async () => undefined,
  };
}

/** How long the watcher gets to notice a folder written or moved here (it settles 0.3 s, then loads the folder). */
const WATCHER_WAIT_MS = 3000;

/** Resolves once the catalogue shows the change; reloads the folder itself if the watcher has not by then. */
async function picksUp(
  live: LiveCatalogue,
  reloader: PackReloader,
  folder: string,
  waitMs: number,
  done: (catalogue: Catalogue) => boolean,
): Promise<void> {
  if (done(live.current())) return;
  const noticed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => finish(false), waitMs);
    const stop = live.onChange((catalogue) => {
      if (done(catalogue)) finish(true);
    });
    function finish(seen: boolean) {
      clearTimeout(timer);
      stop();
      resolve(seen);
    }
  });
  if (!noticed) await reloader.reload(folder);
}

/** "20250210-143005": sorts by time, and two removals of one id never collide (unless within one second). */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
