import type { CustomRoute } from '@slack/bolt';
import type { Catalogue } from '../briefings/catalogue.js';
import { summariseBriefing } from '../briefings/summarise.js';
import { formatProblem } from '../knowledge/problems.js';

/**
 * GET /healthz: 200 with the briefings served (id, entries, figures, drafts, folder) and the pack folders that failed
 * validation (each problem, and whether a last good version still serves); 503 once shutting down.
 */
export function healthRoute(catalogue: () => Catalogue, isAccepting: () => boolean): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const accepting = isAccepting();
      const { briefings, failed } = catalogue();
      res.writeHead(accepting ? 200 : 503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          status: accepting ? 'ok' : 'stopping',
          briefings: briefings.map((briefing) => {
            const { id, entries, figures, drafts, origin } = summariseBriefing(briefing);
            return { id, entries, figures, drafts, folder: origin };
          }),
          failed: failed.map((f) => ({
            folder: f.origin,
            serving: f.serving,
            problems: f.problems.map(formatProblem),
          })),
        }),
      );
    },
  };
}
