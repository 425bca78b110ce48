import { loadPack } from '../knowledge/load.js';
import type { Logger } from '../log.js';
import type { Briefing } from './briefing.js';
import type { LiveCatalogue } from './live-catalogue.js';
import { logPackFailure } from './report-failure.js';

// EDGE: a briefing started without its not_stated phrasing checks failed them at its first use (briefing.ts). It is
// reported exactly as a failure at start is (its folder read again in full: every problem, with its line), listed as
// failed on /healthz and taken down. Until then it answered nothing.

export async function takeDownFailed(briefing: Briefing, live: LiveCatalogue, logger: Logger): Promise<void> {
  const full = await loadPack(briefing.origin);
  // Edited meanwhile and now valid: the folder watcher serves the new version.
  if (full.ok) return;
  // Replaced meanwhile (a reload): the new version is not this one.
  if (!live.current().briefings.includes(briefing)) return;
  const problems = full.problems.filter((p) => p.severity === 'error');
  live.withdraw(briefing.origin);
  live.fail(briefing.origin, problems);
  logPackFailure(logger, briefing.origin, problems, null);
}
