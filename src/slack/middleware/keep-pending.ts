import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { BotContext, BotDeps } from '../deps.js';

// An acknowledged request is Slack's last word: it does not retry it, and retries of it must not be answered twice.
// So a mention, a DM or a /brief is claimed in the Store and kept there as pending work (Store.claimPending: one
// step, atomic in Redis) before Slack gets its ack: in HTTP mode the receiver does it (claimBeforeAck, see
// request-guard.ts), since Bolt acks events before any middleware runs; otherwise (Socket Mode, or the store failed
// there) this middleware does, just after. It is settled as soon as its answer is out. If the process
// dies in between (kill -9, a lost dyno), the work is still there: at start, and on a sweep every few seconds, any
// instance takes work whose lease has run out and answers it (recover-pending.ts). A lease is renewed while its
// owner works on it, so exactly one instance answers each request.
// While the bot is stopping, a request that arrives is kept (and acknowledged) but not answered: the next start, or
// another instance, answers it.

/** How long Slack may retry an event (three retries within about 5 minutes), with room to spare. */
const CLAIM_TTL_SECONDS = 60 * 60;

export type PendingKeeperOptions = {
  deps: Pick<BotDeps, 'store' | 'logger' | 'nowMs'>;
  /** This instance, as lease owner. */
  owner: string;
  leaseMs: number;
};

export type PendingKeeper = {
  middleware: Middleware<AnyMiddlewareArgs, BotContext>;
  /** Claims a request to answer and keeps it pending, before Bolt acknowledges it; undefined for other requests. */
  claimBeforeAck(body: Record<string, unknown>): Promise<'first' | 'repeat' | undefined>;
  /** Stops renewing leases and hands back the ones still held, so another instance can take them at once. */
  stop(): Promise<void>;
};

/** The claim key of a request to answer: event:<event_id> or command:<trigger_id>; undefined for anything else. */
export function pendingKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { event_id: eventId, command, trigger_id: triggerId } = body as Record<string, unknown>;
  if (typeof eventId === 'string')
    return isChannelChatter(body as Record<string, unknown>) ? undefined : `event:${eventId}`;
  if (typeof command === 'string' && typeof triggerId === 'string') return `command:${triggerId}`;
  return undefined;
}

/**
 * With message.channels subscribed, every message in every channel the bot is in arrives. Only replies in threads
 * can be follow-ups (a mention arrives as app_mention too), so the rest is not worth a store write per message.
 */
function isChannelChatter(body: Record<string, unknown>): boolean {
  const event = body.event as Record<string, unknown> | undefined;
  return (
    event?.type === 'message' &&
    (event.channel_type === 'channel' || event.channel_type === 'group') &&
    event.thread_ts === undefined
  );
}

export function createPendingKeeper({ deps, owner, leaseMs }: PendingKeeperOptions): PendingKeeper {
  const { store, logger, nowMs } = deps;
  const held = new Set<string>();
  const renew = () => {
    if (held.size === 0) return;
    store
      .renewPending([...held], owner, nowMs(), leaseMs)
      .catch((error: unknown) => logger.warn('could not renew the leases of requests being answered', { error }));
  };
  const heartbeat = setInterval(renew, Math.max(1, Math.floor(leaseMs / 3)));
  heartbeat.unref();
  const claim = (key: string, body: unknown, lease: number) =>
    store.claimPending({
      id: key,
      body: JSON.stringify(body),
      owner,
      nowMs: nowMs(),
      leaseMs: lease,
      claimTtlSeconds: CLAIM_TTL_SECONDS,
    });

  const middleware: Middleware<AnyMiddlewareArgs, BotContext> = async (args) => {
    const { body, context, next } = args;
    const key = pendingKey(body);
    if (key === undefined) {
      await next();
      return;
    }
    const acknowledge = async () => {
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
    };
    if (context.recoveredPending !== key) {
      const claimedBeforeAck = await context.pendingClaim;
      let first = claimedBeforeAck !== 'repeat';
      if (claimedBeforeAck === undefined) {
        try {
          // Stopping: leased to nobody, for whoever comes next.
          first = await claim(key, body, context.stopping ? 0 : leaseMs);
        } catch (error) {
          // Answering twice is better than never answering: a broken store must not silence the bot.
          logger.error('could not claim a request; answering it anyway', { error, key });
        }
      }
      if (!first) {
        logger.info('skipped a request already handled (Slack retry)', { key, retryNum: context.retryNum });
        await acknowledge();
        return;
      }
      if (context.stopping) {
        // Claimed before the ack with this instance's lease: handed back for whoever comes next.
        if (claimedBeforeAck === 'first') await store.renewPending([key], owner, nowMs(), 0).catch(() => undefined);
        logger.info('kept a request to answer after the restart', { key });
        await acknowledge();
        return;
      }
    }
    held.add(key);
    let settled = false;
    const settle = async () => {
      if (settled) return;
      settled = true;
      held.delete(key);
      await store
        .settlePending(key)
        .catch((error: unknown) => logger.warn('could not mark a request answered', { error, key }));
    };
    context.pending = { settle };
    try {
      await next();
    } finally {
      await settle();
    }
  };

  return {
    middleware,
    claimBeforeAck: async (body) => {
      const key = pendingKey(body);
      if (key === undefined) return undefined;
      return (await claim(key, body, leaseMs)) ? 'first' : 'repeat';
    },
    stop: async () => {
      clearInterval(heartbeat);
      if (held.size === 0) return;
      await store
        .renewPending([...held], owner, nowMs(), 0)
        .catch((error: unknown) => logger.warn('could not hand back the leases of unanswered requests', { error }));
    },
  };
}
