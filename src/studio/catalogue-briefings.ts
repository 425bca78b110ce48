import path from 'node:path';
import { createLiveCatalogue } from '../briefings/live-catalogue.js';
import { type KnowledgeLocation, loadKnowledge, packFoldersOf } from '../briefings/load-knowledge.js';
import type { PackReadCache } from '../briefings/pack-read-cache.js';
import { createPackReloader } from '../briefings/reload-pack.js';
import { type KnowledgeWatcher, watchKnowledge } from '../briefings/watch-knowledge.js';
import { formatProblems } from '../knowledge/problems.js';
import type { Logger } from '../log.js';
import type { BriefingsView, StudioBriefing, StudioBriefings } from './studio-briefings.js';

// EDGE: the studio sees the briefings exactly as the bot does: the same catalogue (src/briefings/), loaded from the
// same folders, kept current by the same watcher, so an edit made in an editor shows on the next page, and a write
// by the studio reloads its folder at once. Only folder briefings are editable here: they are the ones with files.

export type CatalogueBriefings = StudioBriefings & { close(): Promise<void> };

export async function openCatalogueBriefings(
  location: KnowledgeLocation,
  options: { threshold: number; logger: Logger; watch?: boolean; cache?: PackReadCache | undefined },
): Promise<CatalogueBriefings> {
  const folders = await packFoldersOf(location).catch(() => []);
  const { threshold, logger, cache } = options;
  const { catalogue } = await loadKnowledge(folders, { threshold, cache });
  const live = createLiveCatalogue(catalogue);
  const reloader = createPackReloader({ live, threshold, logger, cache });
  const watcher: KnowledgeWatcher | undefined =
    options.watch === false ? undefined : await watchKnowledge(location, reloader, options.logger);

  const view = (): BriefingsView => {
    const current = live.current();
    const briefings: StudioBriefing[] = current.briefings.map((b) => ({
      id: b.id,
      folder: path.resolve(b.origin),
      pack: b.pack,
      engine: b.engine(),
    }));
    const failed = current.failed.map((f) => ({ folder: path.resolve(f.origin), report: formatProblems(f.problems) }));
    return { briefings, failed };
  };
  return {
    list: async () => view(),
    get: async (id) => view().briefings.find((b) => b.id === id),
    reload: async (id) => {
      const briefing = live.current().get(id);
      if (briefing) await reloader.reload(briefing.origin);
    },
    close: async () => {
      await watcher?.close();
    },
  };
}
