import { stat } from 'node:fs/promises';
import type { Logger } from '../log.js';
import type { LiveCatalogue } from './live-catalogue.js';
import { loadBriefing } from './load-briefing.js';
import type { PackReadCache } from './pack-read-cache.js';
import { logPackFailure } from './report-failure.js';

// EDGE: reloads one pack folder after it changed, and swaps the result into the live catalogue. A folder that is
// gone stops being served; one that fails validation keeps its last good version and is logged once per distinct
// failure (not on every save while a curator is still typing); a good one replaces what the folder served before.

export type PackReloader = {
  /** Reloads the folder; calls for one folder run one at a time, and calls made meanwhile collapse into one. */
  reload(folder: string): Promise<void>;
};

export type ReloaderOptions = {
  live: LiveCatalogue;
  threshold: number;
  logger: Logger;
  cache?: PackReadCache | undefined;
};

export function createPackReloader({ live, threshold, logger, cache }: ReloaderOptions): PackReloader {
  const lastFailure = new Map<string, string>();
  const running = new Map<string, Promise<void>>();
  const pending = new Set<string>();

  const reloadNow = async (folder: string): Promise<void> => {
    const started = performance.now();
    if (!(await isDirectory(folder))) {
      const was = live.current().briefings.find((b) => b.origin === folder)?.id;
      lastFailure.delete(folder);
      live.withdraw(folder);
      if (was) logger.info('briefing removed: its folder is gone', { folder, pack: was });
      return;
    }
    const loaded = await loadBriefing(folder, { threshold, cache });
    if (loaded.ok) {
      // Built before the swap, so the first question after a reload never waits for an index.
      loaded.value.engine();
      const served = live.serve(loaded.value);
      if (served.ok) {
        lastFailure.delete(folder);
        logger.info('briefing loaded', {
          folder,
          pack: loaded.value.id,
          entries: loaded.value.pack.entries.length,
          ms: Math.round(performance.now() - started),
        });
        return;
      }
      failed(folder, [served.problem]);
      return;
    }
    failed(folder, loaded.problems);
  };

  const failed = (folder: string, problems: Parameters<LiveCatalogue['fail']>[1]) => {
    live.fail(folder, problems);
    const key = JSON.stringify(problems);
    if (lastFailure.get(folder) === key) return;
    lastFailure.set(folder, key);
    const serving = live.current().failed.find((f) => f.origin === folder)?.serving ?? null;
    logPackFailure(logger, folder, problems, serving);
  };

  const reload = (folder: string): Promise<void> => {
    const current = running.get(folder);
    if (current) {
      pending.add(folder);
      return current;
    }
    const run = (async () => {
      try {
        do {
          pending.delete(folder);
          await reloadNow(folder).catch((error: unknown) =>
            logger.error('could not reload a briefing', { folder, error }),
          );
        } while (pending.has(folder));
      } finally {
        running.delete(folder);
      }
    })();
    running.set(folder, run);
    return run;
  };
  return { reload };
}

async function isDirectory(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
