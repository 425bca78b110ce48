import { loadPack, loadPackFiles, type PackLoadResult } from '../knowledge/load.js';
import type { PackProblem } from '../knowledge/problems.js';
import type { Pack } from '../knowledge/schema.js';
import { profileBriefing } from './briefing-profile.js';

// EDGE: one pack folder read, validated and profiled for routing, as plain data, so it can be done in a worker thread
// and handed back (see load-in-parallel.ts) as well as in-process.

export type PackFolderRead =
  | { ok: true; pack: Pack; words: Set<string>; warnings: string[] }
  | { ok: false; problems: PackProblem[]; report: string; warnings: string[] };

export async function readPackFolder(dir: string): Promise<PackFolderRead> {
  return toPackRead(await loadPack(dir));
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
