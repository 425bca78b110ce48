import type { AddressInfo } from 'node:net';
import { openPackReadCache } from '../briefings/pack-read-cache.js';
import type { Logger } from '../log.js';
import { renderChartPng } from '../render/chart-png.js';
import { createStudioAuth } from './auth.js';
import { openCatalogueBriefings } from './catalogue-briefings.js';
import { openCuratorLog } from './open-curator-log.js';
import { createStudioServer } from './server.js';
import type { StudioConfig } from './studio-config.js';
import type { StudioDeps } from './studio-http.js';

// Wires config -> packs and their engines -> the bot's store -> the studio's server, and starts it. cli/studio.ts adds
// the process concerns; the tests call this directly, so they drive exactly what `npm run studio` serves.

export type RunningStudio = {
  /** The address to open, e.g. http://127.0.0.1:4100/ */
  url: string;
  port: number;
  stop(): Promise<void>;
};

export type StartStudioResult =
  | { ok: true; value: RunningStudio }
  | { ok: false; error: { code: 'redis_unreachable' | 'listen_failed'; message: string } };

export async function startStudio(
  config: StudioConfig,
  logger: Logger,
  options: { nowMs?: () => number; renderChart?: StudioDeps['renderChart'] } = {},
): Promise<StartStudioResult> {
  const opened = await openCuratorLog({
    redisUrl: config.REDIS_URL,
    dataDir: config.DATA_DIR,
    logger: logger.child({ component: 'store' }),
  });
  if (!opened.ok) return opened;
  const store = opened.value;
  const briefings = await openCatalogueBriefings(
    { knowledgeDir: config.KNOWLEDGE_DIR, packDir: config.PACK_DIR },
    {
      threshold: config.ANSWER_THRESHOLD,
      logger: logger.child({ component: 'briefings' }),
      cache: openPackReadCache(config.PACK_CACHE_DIR),
    },
  );
  const { briefings: loaded, failed } = await briefings.list();
  for (const folder of failed) logger.warn('a pack folder does not load', { folder: folder.folder });
  const deps: StudioDeps = {
    briefings,
    store,
    logger,
    nowMs: options.nowMs ?? Date.now,
    renderChart: options.renderChart ?? renderChartPng,
  };
  const server = createStudioServer(deps, createStudioAuth(config.STUDIO_TOKEN));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.STUDIO_PORT, config.STUDIO_HOST, () => resolve());
    });
  } catch (error) {
    await briefings.close();
    await store.close();
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : (error as Error).message;
    return {
      ok: false,
      error: {
        code: 'listen_failed',
        message: `The studio cannot listen on ${config.STUDIO_HOST}:${config.STUDIO_PORT}: ${reason}. Set STUDIO_PORT to another port.`,
      },
    };
  }
  const port = (server.address() as AddressInfo).port;
  const host = config.STUDIO_HOST.includes(':') ? `[${config.STUDIO_HOST}]` : config.STUDIO_HOST;
  const url = `http://${host}:${port}/`;
  logger.info('the studio is running', { url, briefings: loaded.length, signIn: config.STUDIO_TOKEN !== undefined });
  return {
    ok: true,
    value: {
      url,
      port,
      stop: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await briefings.close();
        await store.close();
      },
    },
  };
}
