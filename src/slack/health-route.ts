import type { CustomRoute } from '@slack/bolt';
import type { Pack } from '../knowledge/schema.js';

/** GET /healthz: 200 with the pack id and entry count while serving; 503 once shutting down. */
export function healthRoute(pack: Pack, isAccepting: () => boolean): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const accepting = isAccepting();
      res.writeHead(accepting ? 200 : 503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          status: accepting ? 'ok' : 'stopping',
          pack: pack.meta.id,
          entries: pack.entries.length,
          figures: pack.figures.length,
        }),
      );
    },
  };
}
