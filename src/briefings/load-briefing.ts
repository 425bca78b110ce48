import type { PackProblem } from '../knowledge/problems.js';
import { type Briefing, createBriefing } from './briefing.js';
import type { PackReadCache } from './pack-read-cache.js';
import { type PackFolderRead, readPackFolder } from './read-pack-folder.js';

// EDGE: one pack folder -> a Briefing, or the problems that keep it out (every one, as kb:check reports them).

export type BriefingLoadResult =
  | { ok: true; value: Briefing; warnings: string[] }
  | { ok: false; problems: PackProblem[]; report: string; warnings: string[] };

export async function loadBriefing(
  dir: string,
  options: { threshold: number; cache?: PackReadCache | undefined },
): Promise<BriefingLoadResult> {
  return toBriefing(dir, await readPackFolder(dir, options.cache), options);
}

/** A folder's read result as a Briefing (its vocabulary already read), or its problems. */
export function toBriefing(dir: string, read: PackFolderRead, options: { threshold: number }): BriefingLoadResult {
  if (!read.ok) return read;
  const briefing = createBriefing(read.pack, {
    threshold: options.threshold,
    origin: dir,
    profile: { words: read.words },
    phrasingsChecked: read.phrasings,
  });
  return { ok: true, value: briefing, warnings: read.warnings };
}
