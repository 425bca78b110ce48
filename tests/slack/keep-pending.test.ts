import { describe, expect, it, vi } from 'vitest';
import type { BotContext } from '../../src/slack/deps.js';
import { createPendingKeeper, pendingKey } from '../../src/slack/middleware/keep-pending.js';
import { fakeDeps } from './helpers.js';

type Args = Parameters<ReturnType<typeof createPendingKeeper>['middleware']>[0];

function buildArguments(body: Record<string, unknown>, context: Partial<BotContext> = {}) {
  const next = vi.fn(async () => undefined);
  const ack = vi.fn(async () => undefined);
  const deps = fakeDeps();
  const args = { body, next, ack, context: { deps, ...context } } as unknown as Args;
  return { args, next, ack, deps };
}

const command = { command: '/brief', trigger_id: '1.2.abc', text: 'what is RedNote?' };

describe('Keeping requests to answer as pending work', () => {
  it('names events by event id and commands by trigger id, and nothing else', () => {
    expect(pendingKey({ event_id: 'Ev1', type: 'event_callback' })).toBe('event:Ev1');
    expect(pendingKey(command)).toBe('command:1.2.abc');
    expect(pendingKey({ type: 'block_actions' })).toBeUndefined();
  });

  it('answers a request claimed before the ack without claiming it again, and settles it after', async () => {
    const { args, next, deps } = buildArguments(command, { pendingClaim: Promise.resolve('first') });
    const keeper = createPendingKeeper({ deps, owner: 'me', leaseMs: 60_000 });
    await keeper.middleware(args);
    expect(deps.store.claimPending).not.toHaveBeenCalled();
    expect(next).toHaveBeenCalled();
    expect(deps.store.settlePending).toHaveBeenCalledWith('command:1.2.abc');
    await keeper.stop();
  });

  it('acknowledges a repeat and does not answer it', async () => {
    const { args, next, ack, deps } = buildArguments(command, { pendingClaim: Promise.resolve('repeat') });
    const keeper = createPendingKeeper({ deps, owner: 'me', leaseMs: 60_000 });
    await keeper.middleware(args);
    expect(next).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalled();
    await keeper.stop();
  });

  it('while stopping, keeps a request for later, acknowledged, with no lease, and does not answer it', async () => {
    const { args, next, ack, deps } = buildArguments(command, { stopping: true });
    const keeper = createPendingKeeper({ deps, owner: 'me', leaseMs: 60_000 });
    await keeper.middleware(args);
    expect(deps.store.claimPending).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'command:1.2.abc', leaseMs: 0 }),
    );
    expect(next).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalled();
    expect(deps.store.settlePending).not.toHaveBeenCalled();
    await keeper.stop();
  });

  it('renews the lease of what it is answering, and hands it back when the bot stops', async () => {
    const { args, deps } = buildArguments(command);
    let finish: () => void = () => undefined;
    (args.next as ReturnType<typeof vi.fn>).mockImplementation(() => new Promise<void>((r) => (finish = r)));
    const keeper = createPendingKeeper({ deps, owner: 'me', leaseMs: 30 });
    const answering = keeper.middleware(args);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deps.store.renewPending).toHaveBeenCalledWith(['command:1.2.abc'], 'me', expect.any(Number), 30);
    await keeper.stop();
    expect(deps.store.renewPending).toHaveBeenLastCalledWith(['command:1.2.abc'], 'me', expect.any(Number), 0);
    finish();
    await answering;
  });
});
