import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

// Graceful shutdown needs to know what is still running: Bolt acks over HTTP before the listener finishes, so
// closing the server alone would cut answers off mid-way. Every request passes through here; once stopping, a
// request to answer (`keep` says which) goes on marked `stopping`, to be kept for later (keep-pending.ts), and any
// other is acknowledged (so Slack does not retry it at us) and dropped.

export type InFlightTracker = {
  middleware: Middleware<AnyMiddlewareArgs>;
  stopAccepting(): void;
  /** Resolves when nothing is in flight, or after timeoutMs (false then). */
  drain(timeoutMs: number): Promise<boolean>;
  readonly active: number;
  readonly accepting: boolean;
};

export function createInFlightTracker(keep: (body: unknown) => boolean = () => false): InFlightTracker {
  let active = 0;
  let accepting = true;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (active > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  return {
    middleware: async (args) => {
      if (!accepting && !keep(args.body)) {
        if ('ack' in args && typeof args.ack === 'function') await args.ack();
        return;
      }
      if (!accepting) args.context.stopping = true;
      active += 1;
      try {
        await args.next();
      } finally {
        active -= 1;
        settle();
      }
    },
    stopAccepting: () => {
      accepting = false;
    },
    drain: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (active === 0) {
          resolve(true);
          return;
        }
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    get active() {
      return active;
    },
    get accepting() {
      return accepting;
    },
  };
}
