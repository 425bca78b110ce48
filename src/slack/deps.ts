import type { webApi } from '@slack/bolt';
import type { Reply } from '../answer/reply.js';
import type { BriefingStore } from '../briefings/briefing-store.js';
import type { LiveCatalogue } from '../briefings/live-catalogue.js';
import type { Figure } from '../knowledge/schema.js';
import type { Logger } from '../log.js';
import type { RenderedChart } from '../render/chart-png.js';
import type { Store } from '../store/store.js';
import type { AnswerQuestion } from './queued-answerer.js';
import type { RetryPolicy } from './retry-call.js';

// What every listener needs, handed to them through Bolt's context (see middleware/provide-deps.ts) so handlers
// stay plain `...Callback` functions like the starter's, and tests can pass fakes.

export type PostedMessage = {
  client: webApi.WebClient;
  channel: string;
  /** ts of the message just posted; thread_ts for anything that belongs in its thread. */
  ts: string;
  threadTs: string | undefined;
  /** The answer that was posted, or undefined for a notice (too long, rate limited, apology). */
  reply: Reply | undefined;
};

/** Runs after an answer is posted publicly (e.g. upload a chart into its thread). Failures are logged, not fatal. */
export type AfterPostHook = (posted: PostedMessage) => Promise<void>;

/** Figures -> chart PNG, or null when nothing in them is comparable (renderChartPng in production). */
export type RenderChart = (figures: readonly Figure[]) => Promise<RenderedChart | null>;

/** Who may add and remove briefings from Slack (CURATORS), and where added ones are kept. */
export type Curating = { curators: readonly string[]; store: BriefingStore };

export type BotDeps = {
  /** The briefings served now; a reload swaps in a new catalogue, so read it per question (briefings.current()). */
  briefings: LiveCatalogue;
  /** Answers a free-text question (queued-answerer.ts): routed across the briefings, read with its conversation. */
  answerQuestion: AnswerQuestion;
  store: Store;
  logger: Logger;
  rateLimitPerMinute: number;
  nowMs: () => number;
  afterPost: AfterPostHook[];
  /** DIGEST_TZ, for the day `/brief digest` previews. */
  digestTimeZone: string;
  /** Renders charts for `/brief chart`; renderChartPng when absent (tests inject a failing one). */
  renderChart?: RenderChart;
  /** How Slack calls are retried (the WebClient's policy), for respond(), which Bolt does not retry. */
  slackRetry: RetryPolicy;
  /** Adding and removing briefings from Slack; absent, nobody can (tests that do not need it leave it out). */
  curating?: Curating;
};

export type BotContext = {
  deps: BotDeps;
  /** The request being answered is pending work (middleware/keep-pending.ts): settle it once its answer is out. */
  pending?: { settle(): Promise<void> };
  /** Set when a request left pending is replayed (recover-pending.ts): its claim key. */
  recoveredPending?: string;
  /** Set when the HTTP receiver claims the request before the ack (request-guard.ts); may still be under way. */
  pendingClaim?: Promise<'first' | 'repeat' | undefined>;
  /** Set while the bot stops: the request is kept for later, not answered. */
  stopping?: boolean;
};
