import { loadPack } from '../knowledge/load.js';
import type { PackProblem } from '../knowledge/problems.js';
import { type Briefing, createBriefing } from './briefing.js';

// EDGE: one pack folder -> a Briefing, or the problems that keep it out (every one, as kb:check reports them).

export type BriefingLoadResult =
  | { ok: true; value: Briefing; warnings: string[] }
  | { ok: false; problems: PackProblem[]; report: string; warnings: string[] };

export async function loadBriefing(dir: string, options: { threshold: number }): Promise<BriefingLoadResult> {
  const loaded = await loadPack(dir);
  if (!loaded.ok)
    return {
      ok: false,
      problems: loaded.problems.filter((p) => p.severity === 'error'),
      report: loaded.report,
      warnings: loaded.warnings,
    };
  return {
    ok: true,
    value: createBriefing(loaded.value, { threshold: options.threshold, origin: dir }),
    warnings: loaded.warnings,
  };
}
