import { App, type webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { SLACK_API_TIMEOUT_MS, SLACK_RETRY_POLICY } from './answer-life.js';
import { toBoltLogger } from './bolt-logger.js';
import type { BotContext, BotDeps } from './deps.js';
import { createErrorHandler } from './error-handler.js';
import { healthRoute } from './health-route.js';
import { createHttpReceiver } from './http-receiver.js';
import { registerListeners } from './listeners/index.js';
import type { PendingKeeper } from './middleware/keep-pending.js';
import { provideDeps } from './middleware/provide-deps.js';
import type { InFlightTracker } from './middleware/track-in-flight.js';
import { createSlackFetch } from './slack-fetch.js';

export type SlackAppOptions = {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL' | 'PORT'>;
  deps: BotDeps;
  tracker: InFlightTracker;
  /** Claims each request to answer and keeps it pending until answered (middleware/keep-pending.ts). */
  pendingKeeper: Pick<PendingKeeper, 'middleware' | 'claimBeforeAck'>;
  /** Web API retries: SLACK_RETRY_POLICY in production; tests turn them off ({ retries: 0 }) or make them quick. */
  retryConfig?: webApi.RetryOptions;
  /** Per Slack request: SLACK_API_TIMEOUT_MS in production, shorter in tests. */
  slackTimeoutMs?: number;
};

/**
 * Builds the Bolt app: HTTP mode (events, commands and interactivity on POST /slack/events, plus GET /healthz),
 * or Socket Mode when an app-level token is configured. Bolt's HTTPReceiver verifies Slack's signature and the
 * request timestamp before anything below runs, answering 401 otherwise.
 */
export function createSlackApp({
  config,
  deps,
  tracker,
  pendingKeeper,
  retryConfig,
  slackTimeoutMs = SLACK_API_TIMEOUT_MS,
}: SlackAppOptions): App<BotContext> {
  const customRoutes = [healthRoute(deps.briefings.current, () => tracker.accepting)];
  const common = {
    token: config.SLACK_BOT_TOKEN,
    logger: toBoltLogger(deps.logger.child({ component: 'bolt' })),
    // Bolt's conversation store is unused, and in-memory state would not survive restarts anyway.
    convoStore: false as const,
    clientOptions: {
      slackApiUrl: config.SLACK_API_URL,
      timeout: slackTimeoutMs,
      retryConfig: retryConfig ?? SLACK_RETRY_POLICY,
      // Also what Bolt's respond() posts through (see slack-fetch.ts: timeouts, outage warnings, 200 "ratelimited").
      fetch: createSlackFetch({ timeoutMs: slackTimeoutMs, logger: deps.logger.child({ component: 'web-api' }) }),
      // slack-fetch.ts warns once per outage; the client's own line for every failed attempt is only detail.
      logger: toBoltLogger(deps.logger.child({ component: 'web-api' }), { detail: /^http request failed/ }),
    },
  };
  const app = config.SLACK_APP_TOKEN
    ? new App<BotContext>({
        ...common,
        appToken: config.SLACK_APP_TOKEN,
        socketMode: true,
        // Socket Mode has no public endpoint; this small server only serves /healthz for the platform.
        customRoutes,
        installerOptions: { port: config.PORT },
      })
    : new App<BotContext>({
        ...common,
        receiver: createHttpReceiver({
          signingSecret: config.SLACK_SIGNING_SECRET,
          port: config.PORT,
          customRoutes,
          logger: deps.logger.child({ component: 'receiver' }),
          claimBeforeAck: pendingKeeper.claimBeforeAck,
        }),
      });

  app.use(tracker.middleware);
  app.use(provideDeps(deps));
  app.use(pendingKeeper.middleware);
  registerListeners(app);
  app.error(createErrorHandler(deps.logger));
  return app;
}
