import type { App } from '@slack/bolt';
import type { Logger } from '../log.js';
import type { PendingWork, Store } from '../store/store.js';
import type { BotContext } from './deps.js';

// Answers the requests a crash left pending (see middleware/keep-pending.ts): each taken from the Store with a
// fresh lease, and replayed through the app exactly as Slack delivered it, so it meets the same listeners and gets
// the same answer. A request older than the answer's useful life, or that has been tried too often (it may be what
// brings the bot down), is given up with a warning instead.

export type PendingRecoveryOptions = {
  app: App<BotContext>;
  store: Store;
  logger: Logger;
  owner: string;
  leaseMs: number;
  usefulLifeMs: number;
  nowMs: () => number;
  /** Taken at once per sweep; a sweep takes batches until nothing is left. */
  batch?: number;
  maxAttempts?: number;
};

export type PendingRecovery = {
  /** Takes and answers everything pending whose lease has run out; resolves with how many were answered. */
  sweep(): Promise<number>;
  /** Sweeps now and then every intervalMs, never two sweeps at once. */
  start(intervalMs: number): void;
  stop(): void;
};

const DEFAULT_BATCH = 8;
const DEFAULT_MAX_ATTEMPTS = 3;

export function createPendingRecovery(options: PendingRecoveryOptions): PendingRecovery {
  const { app, store, logger, owner, leaseMs, usefulLifeMs, nowMs } = options;
  const batch = options.batch ?? DEFAULT_BATCH;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const giveUp = async (work: PendingWork, message: string, fields: Record<string, unknown>) => {
    logger.warn(message, { key: work.id, attempts: work.attempts, ...fields });
    await store.settlePending(work.id).catch(() => undefined);
  };
  const answer = async (work: PendingWork): Promise<boolean> => {
    const ageMs = nowMs() - work.receivedAt;
    if (ageMs > usefulLifeMs) {
      await giveUp(work, 'gave up on a request left unanswered past its useful life', { ageMs });
      return false;
    }
    if (work.attempts > maxAttempts) {
      await giveUp(work, 'gave up on a request that was tried too often', { maxAttempts });
      return false;
    }
    let body: unknown;
    try {
      body = JSON.parse(work.body);
    } catch {
      await giveUp(work, 'gave up on a pending request that cannot be read', {});
      return false;
    }
    logger.info('answering a request left unanswered', { key: work.id, ageMs, attempts: work.attempts });
    try {
      await app.processEvent({
        body: body as Record<string, unknown>,
        ack: async () => undefined,
        customProperties: { recoveredPending: work.id },
      });
      return true;
    } catch (error) {
      // Still pending, and leased: tried again once the lease runs out.
      logger.error('could not answer a request left unanswered', { key: work.id, error });
      return false;
    }
  };
  const sweepOnce = async (): Promise<number> => {
    let answered = 0;
    while (!stopped) {
      const taken = await store.takeExpiredPending(owner, nowMs(), leaseMs, batch);
      const results = await Promise.all(taken.map(answer));
      answered += results.filter(Boolean).length;
      if (taken.length < batch) break;
    }
    return answered;
  };
  const sweep = () => {
    running ??= sweepOnce()
      .catch((error: unknown) => {
        logger.error('could not look for requests left unanswered', { error });
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  return {
    sweep,
    start: (intervalMs) => {
      void sweep();
      timer = setInterval(() => void sweep(), intervalMs);
      timer.unref();
    },
    stop: () => {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}
