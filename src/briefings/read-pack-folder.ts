import { loadPack, loadPackFiles, type PackLoadResult } from '../knowledge/load.js';
import type { PackProblem } from '../knowledge/problems.js';
import type { Pack } from '../knowledge/schema.js';
import { profileBriefing } from './briefing-profile.js';
import type { PackReadCache } from './pack-read-cache.js';

// EDGE: one pack folder read, validated and profiled for routing, as plain data, so that a read that passed can be
// kept on disk and read back at the next start (pack-read-cache.ts).

export type PackFolderRead =
  | { ok: true; pack: Pack; words: Set<string>; warnings: string[] }
  | { ok: false; problems: PackProblem[]; report: string; warnings: string[] };

export async function readPackFolder(dir: string, cache?: PackReadCache): Promise<PackFolderRead> {
  if (!cache) return toPackRead(await loadPack(dir));
  return cache.read(dir, async (files) => toPackRead(await loadPack(dir, { replace: files })));
}

/** A pack kept in memory rather than in a folder (a briefing stored in Redis), read the same way. */
export async function readPackFiles(files: Readonly<Record<string, string>>, label: string): Promise<PackFolderRead> {
  return toPackRead(await loadPackFiles(files, label));
}

function toPackRead(loaded: PackLoadResult): PackFolderRead {
  if (!loaded.ok)
    return {
      ok: false,
      problems: loaded.problems.filter((p) => p.severity === 'error'),
      report: loaded.report,
      warnings: loaded.warnings,
    };
  return {
    ok: true,
    pack: loaded.value,
    words: new Set(profileBriefing(loaded.value).words),
    warnings: loaded.warnings,
  };
}
