import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../answer/engine.js';
import { loadPack } from '../knowledge/load.js';
import type { BriefingsView, FailedFolder, StudioBriefing, StudioBriefings } from './studio-briefings.js';

// EDGE: StudioBriefings over pack folders: PACK_DIR alone when set, else every folder of KNOWLEDGE_DIR (hidden ones
// aside), as the bot reads them. Each read compares the files' sizes and times with the last load, so an edit made
// in an editor shows in the studio on the next page without a restart; a write by the studio reloads at once.

export type FolderBriefingsOptions = { knowledgeDir: string; packDir?: string; threshold: number };

type Loaded = { signature: string; briefing?: StudioBriefing; failed?: FailedFolder };

export function openFolderBriefings(options: FolderBriefingsOptions): StudioBriefings {
  const loaded = new Map<string, Loaded>();
  let refreshing: Promise<BriefingsView> | undefined;

  const folders = async (): Promise<string[]> => {
    if (options.packDir) return [path.resolve(options.packDir)];
    const entries = await readdir(options.knowledgeDir, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => path.resolve(options.knowledgeDir, entry.name))
      .sort();
  };

  const load = async (folder: string, signature: string): Promise<Loaded> => {
    const result = await loadPack(folder);
    if (!result.ok) return { signature, failed: { folder, report: result.report } };
    const pack = result.value;
    return { signature, briefing: { id: pack.meta.id, folder, pack, engine: createEngine(pack, options) } };
  };

  const refreshNow = async (): Promise<BriefingsView> => {
    const current = await folders();
    for (const gone of [...loaded.keys()].filter((folder) => !current.includes(folder))) loaded.delete(gone);
    for (const folder of current) {
      const signature = await signatureOf(folder);
      if (loaded.get(folder)?.signature !== signature) loaded.set(folder, await load(folder, signature));
    }
    const briefings: StudioBriefing[] = [];
    const failed: FailedFolder[] = [];
    for (const folder of current) {
      const entry = loaded.get(folder);
      if (entry?.failed) failed.push(entry.failed);
      else if (entry?.briefing) {
        // Two folders with one id: the first (in name order) is served, as the bot does.
        if (briefings.some((b) => b.id === entry.briefing?.id))
          failed.push({ folder, report: `pack id "${entry.briefing.id}" is already used by another folder` });
        else briefings.push(entry.briefing);
      }
    }
    return { briefings, failed };
  };

  // Pages arriving together share one refresh rather than each statting every folder.
  const list = (): Promise<BriefingsView> => {
    refreshing ??= refreshNow().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  return {
    list,
    get: async (id) => (await list()).briefings.find((b) => b.id === id),
    reload: async (id) => {
      await refreshing;
      const folder = [...loaded.entries()].find(([, entry]) => entry.briefing?.id === id)?.[0];
      if (folder) loaded.set(folder, await load(folder, await signatureOf(folder)));
    },
  };
}

/** The folder's files with their sizes and modification times: any save changes it. */
async function signatureOf(folder: string): Promise<string> {
  const names = (await readdir(folder).catch(() => [])).filter((name) => !name.startsWith('.')).sort();
  const parts = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(folder, name)).catch(() => undefined);
      return info ? `${name}:${info.size}:${info.mtimeMs}` : name;
    }),
  );
  return parts.join('|');
}
