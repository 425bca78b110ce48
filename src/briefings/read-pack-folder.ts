import type { CheckPackOptions } from '../knowledge/check-pack.js';
import { loadPack, loadPackFiles, type PackLoadResult } from '../knowledge/load.js';
import type { PackProblem } from '../knowledge/problems.js';
import type { Pack } from '../knowledge/schema.js';
import { profileBriefing } from './briefing-profile.js';
import type { PackReadCache } from './pack-read-cache.js';

// EDGE: one pack folder read, validated and profiled for routing, as plain data, so that a read that passed can be
// kept on disk and read back at the next start (pack-read-cache.ts).

export type PackFolderRead =
  /** `phrasings`: false when read without the `not_stated` phrasing checks (check-pack.ts), which are still to run. */
  | { ok: true; pack: Pack; words: Set<string>; warnings: string[]; phrasings: boolean }
  | { ok: false; problems: PackProblem[]; report: string; warnings: string[] };

export async function readPackFolder(
  dir: string,
  cache?: PackReadCache,
  options: CheckPackOptions = {},
): Promise<PackFolderRead> {
  const phrasings = options.phrasings ?? true;
  if (!cache) return toPackRead(await loadPack(dir, { phrasings }), phrasings);
  // A read without the phrasing checks is kept apart from a full one: it never stands in for one.
  return cache.read(
    dir,
    async (files) => toPackRead(await loadPack(dir, { replace: files, phrasings }), phrasings),
    phrasings ? '' : 'without-phrasings',
  );
}

/** A pack kept in memory rather than in a folder (a briefing stored in Redis), read the same way. */
export async function readPackFiles(files: Readonly<Record<string, string>>, label: string): Promise<PackFolderRead> {
  return toPackRead(await loadPackFiles(files, label), true);
}

function toPackRead(loaded: PackLoadResult, phrasings: boolean): PackFolderRead {
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
    phrasings,
  };
}
