import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { webApi } from '@slack/bolt';
import { createLiveCatalogue } from './briefings/live-catalogue.js';
import {
  checksPhrasingsAtStart,
  describeNothingServed,
  loadKnowledge,
  packFoldersOf,
} from './briefings/load-knowledge.js';
import { openBriefingStore } from './briefings/open-briefing-store.js';
import { openPackReadCache } from './briefings/pack-read-cache.js';
import { createPackReloader } from './briefings/reload-pack.js';
import { logPackFailure } from './briefings/report-failure.js';
import { takeDownFailed } from './briefings/take-down-failed.js';
import { warmUp } from './briefings/warm-up.js';
import { watchKnowledge } from './briefings/watch-knowledge.js';
import type { Config } from './config.js';
import { startDigest } from './digest/start-digest.js';
import type { Logger } from './log.js';
import { renderChartPng } from './render/chart-png.js';
import { ANSWER_USEFUL_LIFE_MS, SLACK_RETRY_POLICY } from './slack/answer-life.js';
import { createSlackApp } from './slack/app.js';
import { createChartAfterPost } from './slack/chart-after-post.js';
import type { BotDeps, RenderChart } from './slack/deps.js';
import { createPendingKeeper, pendingKey } from './slack/middleware/keep-pending.js';
import { createInFlightTracker } from './slack/middleware/track-in-flight.js';
import { createQueuedAnswerer } from './slack/queued-answerer.js';
import { createPendingRecovery } from './slack/recover-pending.js';
import { createStore } from './store/create-store.js';

// Wires config -> briefings -> store -> Slack app and starts it. main.ts adds the process concerns (env,
// signals, exit codes); the end-to-end tests call this directly, so they boot exactly what production boots.

export type RunningBot = {
  mode: 'http' | 'socket';
  /** The HTTP port actually bound (useful with PORT=0); undefined in Socket Mode. */
  port: number | undefined;
  /** Stops accepting work, lets in-flight answers finish (up to drainMs), then closes the store. */
  stop(drainMs?: number): Promise<{ drained: boolean }>;
};

export type StartOptions = {
  /** Interface to bind in HTTP mode; all interfaces by default, 127.0.0.1 in tests. */
  host?: string;
  retryConfig?: webApi.RetryOptions;
  /** Per Slack request (SLACK_API_TIMEOUT_MS by default); tests shorten it. */
  slackTimeoutMs?: number;
  nowMs?: () => number;
  /** Figures -> chart PNG for answers and `/brief chart`; renderChartPng by default (tests inject failures). */
  renderChart?: RenderChart;
  /** Lease on a request being answered, and how often to look for unanswered ones (tests shorten both). */
  pending?: { leaseMs: number; sweepMs: number };
  /** Prefix of the Redis keys and channel briefings added from Slack are kept under; tests use one of their own. */
  redisKeyPrefix?: string;
};

export type StartResult =
  | { ok: true; value: RunningBot }
  | { ok: false; error: { code: 'pack_invalid' | 'redis_unreachable'; message: string } };

const DEFAULT_DRAIN_MS = 10_000;
/** A request being answered is leased to this instance for this long, renewed every third of it. */
const PENDING_LEASE_MS = 60_000;
/** How often each instance looks for requests a crashed one left unanswered. */
const PENDING_SWEEP_MS = 15_000;

export async function startBot(config: Config, logger: Logger, options: StartOptions = {}): Promise<StartResult> {
  const location = { knowledgeDir: config.KNOWLEDGE_DIR, packDir: config.PACK_DIR };
  const folders = await packFoldersOf(location).catch(() => []);
  const cache = openPackReadCache(config.PACK_CACHE_DIR);
  const loaded = await loadKnowledge(folders, {
    threshold: config.ANSWER_THRESHOLD,
    cache,
    phrasings: checksPhrasingsAtStart(folders.length),
  });
  for (const { origin, warning } of loaded.warnings) logger.warn('knowledge pack warning', { pack: origin, warning });
  for (const failed of loaded.catalogue.failed) logPackFailure(logger, failed.origin, failed.problems, null);
  const briefings = createLiveCatalogue(loaded.catalogue);
  const reloader = createPackReloader({ live: briefings, threshold: config.ANSWER_THRESHOLD, logger, cache });
  // With REDIS_URL this also serves the briefings added from Slack before, alongside the folders.
  const shelved = await openBriefingStore({
    location,
    redisUrl: config.REDIS_URL,
    live: briefings,
    reloader,
    threshold: config.ANSWER_THRESHOLD,
    logger: logger.child({ component: 'briefings' }),
    redisKeyPrefix: options.redisKeyPrefix,
  });
  if (!shelved.ok) return shelved;
  const briefingStore = shelved.value;
  if (briefings.current().briefings.length === 0) {
    await briefingStore.close();
    return {
      ok: false,
      error: { code: 'pack_invalid', message: describeNothingServed(location, loaded.catalogue.failed) },
    };
  }
  const nowMs = options.nowMs ?? Date.now;
  const renderChart = options.renderChart ?? renderChartPng;
  const opened = await createStore({
    redisUrl: config.REDIS_URL,
    dataDir: config.DATA_DIR,
    logger: logger.child({ component: 'store' }),
    nowMs,
  });
  if (!opened.ok) {
    await briefingStore.close();
    return opened;
  }
  const store = opened.value;
  const deps: BotDeps = {
    briefings,
    answerQuestion: createQueuedAnswerer(briefings.current),
    store,
    logger,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    nowMs,
    afterPost: [createChartAfterPost({ renderChart, logger: logger.child({ component: 'charts' }) })],
    digestTimeZone: config.DIGEST_TZ,
    renderChart,
    slackRetry: options.retryConfig ?? SLACK_RETRY_POLICY,
    curating: { curators: config.CURATORS, store: briefingStore },
  };
  // This process, as the owner of the leases on what it is answering.
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const { leaseMs, sweepMs } = options.pending ?? { leaseMs: PENDING_LEASE_MS, sweepMs: PENDING_SWEEP_MS };
  const keeper = createPendingKeeper({ deps, owner, leaseMs });
  const tracker = createInFlightTracker((body) => pendingKey(body) !== undefined);
  const app = createSlackApp({
    config,
    deps,
    tracker,
    pendingKeeper: keeper,
    retryConfig: options.retryConfig,
    slackTimeoutMs: options.slackTimeoutMs,
  });

  const mode = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  let port: number | undefined;
  try {
    if (mode === 'http') {
      const server = await app.start({ port: config.PORT, host: options.host });
      port = (server.address() as AddressInfo).port;
    } else {
      await app.start();
    }
  } catch (error) {
    await keeper.stop();
    await store.close();
    throw error;
  }
  const served = briefings.current().briefings;
  logger.info('Briefing Bot is running', {
    mode,
    port,
    briefings: served.map((b) => b.id),
    failed: briefings.current().failed.length,
  });
  const watcher = await watchKnowledge(location, reloader, logger.child({ component: 'briefings' })).catch(
    (error: unknown) => {
      logger.warn('not watching the pack folders: changes need a restart', { error });
      return undefined;
    },
  );
  let stopped = false;
  void warmUp(
    briefings.current,
    () => stopped,
    (failed) => takeDownFailed(failed, briefings, logger),
  ).then((built) => logger.debug('every briefing is ready to answer', { built }));
  // What a crash left unanswered: taken at once, and looked for again every few seconds (another instance may die).
  const recovery = createPendingRecovery({
    app,
    store,
    logger: logger.child({ component: 'pending' }),
    owner,
    leaseMs,
    usefulLifeMs: ANSWER_USEFUL_LIFE_MS,
    nowMs,
  });
  recovery.start(sweepMs);
  const digest = startDigest({
    settings: config,
    store,
    packs: () => briefings.current().briefings.map((briefing) => briefing.pack),
    client: app.client,
    logger: logger.child({ component: 'digest' }),
  });

  let stopping: Promise<{ drained: boolean }> | undefined;
  const stop = (drainMs = DEFAULT_DRAIN_MS) => {
    stopping ??= (async () => {
      tracker.stopAccepting();
      stopped = true;
      recovery.stop();
      digest?.stop();
      await watcher?.close();
      // Closing the receiver refuses new connections; answers already acked keep running until drained.
      await app.stop().catch((error: unknown) => logger.warn('error while stopping the Slack receiver', { error }));
      const drained = await tracker.drain(drainMs);
      if (!drained)
        logger.warn('stopped with answers still in flight; they are kept for the next start', {
          inFlight: tracker.active,
        });
      await keeper.stop();
      // After the drain: a briefing being added from Slack is still writing to it.
      await briefingStore.close();
      await store.close();
      logger.info('Briefing Bot stopped', { drained });
      return { drained };
    })();
    return stopping;
  };
  return { ok: true, value: { mode, port, stop } };
}
