import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CheckPackOptions } from '../knowledge/check-pack.js';
import { formatProblems } from '../knowledge/problems.js';
import type { Briefing } from './briefing.js';
import { buildCatalogue, type Catalogue, type FailedBriefing } from './catalogue.js';
import { duplicateId } from './live-catalogue.js';
import { toBriefing } from './load-briefing.js';
import type { PackReadCache } from './pack-read-cache.js';
import { readPackFolders } from './read-pack-folders.js';

// EDGE: the start-up load. KNOWLEDGE_DIR serves every pack folder in it; PACK_DIR pins one folder. A folder that
// fails validation is reported and skipped, so one curator's typo never takes the other briefings down.

export type KnowledgeLocation = { knowledgeDir: string; packDir?: string | undefined };

export type LoadedKnowledge = {
  catalogue: Catalogue;
  /** Every folder looked at, in order, with the warnings kb:check would print. */
  warnings: { origin: string; warning: string }[];
};

/** Pack folders are a directory's subfolders (hidden ones and files aside), in name order. */
export async function listPackFolders(knowledgeDir: string): Promise<string[]> {
  const entries = await readdir(knowledgeDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(knowledgeDir, entry.name))
    .sort();
}

/** The folders a location serves: PACK_DIR alone when set, else every pack folder of KNOWLEDGE_DIR. */
export async function packFoldersOf(location: KnowledgeLocation): Promise<string[]> {
  return location.packDir ? [location.packDir] : listPackFolders(location.knowledgeDir);
}

/**
 * Whether a start checks every pack in full before serving. From a dozen folders on, the not_stated phrasing checks (a
 * third of a start's work) wait for each briefing's first use instead (briefing.ts; warm-up.ts runs them all within
 * seconds of the start and takes down any that fails): a hundred briefings start in 2.4 s, not 3.4 s. A few folders
 * are checked in full at once, so a bot serving one pack still refuses to start with a broken one.
 */
export function checksPhrasingsAtStart(folders: number): boolean {
  return folders < 12;
}

export async function loadKnowledge(
  folders: string[],
  options: { threshold: number; cache?: PackReadCache | undefined } & CheckPackOptions,
): Promise<LoadedKnowledge> {
  const reads = await readPackFolders(folders, options.cache, { phrasings: options.phrasings });
  const results = reads.map((read, i) => toBriefing(folders[i], read, options));
  const served: Briefing[] = [];
  const failed: FailedBriefing[] = [];
  const warnings: LoadedKnowledge['warnings'] = [];
  for (const [i, result] of results.entries()) {
    const origin = folders[i];
    for (const warning of result.warnings) warnings.push({ origin, warning });
    if (!result.ok) {
      failed.push({ origin, serving: null, problems: result.problems });
      continue;
    }
    const taken = served.find((b) => b.id === result.value.id);
    if (taken) failed.push({ origin, serving: null, problems: [duplicateId(result.value, taken.origin)] });
    else served.push(result.value);
  }
  return { catalogue: buildCatalogue(served, failed), warnings };
}

/** The start-up message when nothing can be served, naming every folder and what is wrong with it. */
export function describeNothingServed(location: KnowledgeLocation, failed: readonly FailedBriefing[]): string {
  if (location.packDir)
    return `The knowledge pack in ${location.packDir} is invalid:\n${formatProblems(failed[0]?.problems ?? [])}`;
  if (failed.length === 0)
    return `No briefing to serve: no pack folders in ${location.knowledgeDir} (is KNOWLEDGE_DIR right?). Add one (see docs/curating.md) or set PACK_DIR.`;
  const reports = failed.map((f) => `${f.origin}: ${formatProblems(f.problems)}`);
  return `No valid briefing in ${location.knowledgeDir}: every pack folder failed validation.\n${reports.join('\n')}`;
}
