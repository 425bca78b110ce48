import type { webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import type { Reply } from '../answer/reply.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';

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

export type BotDeps = {
  engine: Engine;
  store: Store;
  logger: Logger;
  rateLimitPerMinute: number;
  nowMs: () => number;
  afterPost: AfterPostHook[];
};

export type BotContext = { deps: BotDeps };
