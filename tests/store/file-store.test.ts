import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { openFileStore } from '../../src/store/file-store.js';

let dir: string;
let warnings: Array<Record<string, unknown>>;
const logger = () =>
  createLogger({
    level: 'warn',
    write: (line) => warnings.push(JSON.parse(line)),
  });
const vote = (userId: string, answerKey = 'C1:1.0') => ({
  answerKey,
  userId,
  vote: 'up' as const,
  entryId: 'e1',
  at: 'now',
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'file-store-'));
  warnings = [];
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('The file store', () => {
  it('records one vote per user per answer, and remembers it after a restart', async () => {
    const store = await openFileStore({ dir, logger: logger() });
    expect(await store.recordFeedback(vote('U1'))).toBe('recorded');
    expect(await store.recordFeedback(vote('U1'))).toBe('duplicate');
    expect(await store.recordFeedback(vote('U2'))).toBe('recorded');
    await store.close();
    const reopened = await openFileStore({ dir, logger: logger() });
    expect(await reopened.recordFeedback(vote('U1'))).toBe('duplicate');
    expect((await reopened.listFeedback()).map((r) => r.userId)).toEqual(['U1', 'U2']);
  });

  it('writes logs as JSON Lines and leaves no temp files behind', async () => {
    const store = await openFileStore({ dir, logger: logger() });
    await Promise.all([
      store.recordUnanswered({ question: 'a?', at: 't1', via: 'dm' }),
      store.recordUnanswered({ question: 'b?', at: 't2', via: 'mention' }),
      store.recordActivity({ at: 't1', answered: true, entryId: 'e1', tags: ['x'] }),
    ]);
    await store.close();
    const lines = (await readFile(path.join(dir, 'unanswered.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).question)).toEqual(['a?', 'b?']);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes the temp files a crash left behind, empty ones included, but not those of a writer still running', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const dead = 2 ** 22 + 12345; // above Linux's default pid_max: no process has it
      await mkdir(path.join(dir, 'pending'), { recursive: true });
      await writeFile(path.join(dir, `claims.json.${dead}.7.tmp`), '');
      await writeFile(path.join(dir, `activity.jsonl.${process.pid}.2.tmp`), '{"at"');
      await writeFile(path.join(dir, 'pending', `event%3AEv1.json.${dead}.1.tmp`), '');
      await writeFile(path.join(dir, `slots.json.${sleeper.pid}.1.tmp`), '{}');
      const store = await openFileStore({ dir, logger: logger() });
      await store.close();
      const left = [...(await readdir(dir)), ...(await readdir(path.join(dir, 'pending')))];
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([`slots.json.${sleeper.pid}.1.tmp`]);
    } finally {
      sleeper.kill();
    }
  });

  it('keeps each pending request in a file of its own until it is settled', async () => {
    const store = await openFileStore({ dir, logger: logger() });
    const claim = { body: '{"event_id":"Ev1"}', owner: 'A', nowMs: 1000, leaseMs: 60_000, claimTtlSeconds: 3600 };
    await store.claimPending({ id: 'event:Ev1', ...claim });
    await store.claimPending({ id: 'command:1.2.abc', ...claim });
    expect((await readdir(path.join(dir, 'pending'))).sort()).toEqual(['command%3A1.2.abc.json', 'event%3AEv1.json']);
    await store.settlePending('event:Ev1');
    expect(await readdir(path.join(dir, 'pending'))).toEqual(['command%3A1.2.abc.json']);
  });

  it('skips a corrupt line with a warning naming the file and line, and loads the rest', async () => {
    const good = JSON.stringify({ question: 'ok?', at: 't', via: 'dm' });
    await writeFile(path.join(dir, 'unanswered.jsonl'), `${good}\n{"question": broken\n${good}\n`);
    const store = await openFileStore({ dir, logger: logger() });
    expect(await store.listUnanswered()).toHaveLength(2);
    expect(warnings).toEqual([
      expect.objectContaining({ level: 'warn', file: path.join(dir, 'unanswered.jsonl'), line: 2 }),
    ]);
  });

  it('keeps a corrupt line in the file when it appends, so a curator can still repair it', async () => {
    await writeFile(path.join(dir, 'unanswered.jsonl'), 'not json\n');
    const store = await openFileStore({ dir, logger: logger() });
    await store.recordUnanswered({ question: 'new?', at: 't', via: 'dm' });
    expect(await readFile(path.join(dir, 'unanswered.jsonl'), 'utf8')).toMatch(/^not json\n.*new\?/);
  });

  it('claims an event id once, and again only after its time to live', async () => {
    let now = 1_000_000;
    const store = await openFileStore({ dir, logger: logger(), nowMs: () => now });
    expect(await store.claimOnce('event:Ev1', 60)).toBe(true);
    expect(await store.claimOnce('event:Ev1', 60)).toBe(false);
    const reopened = await openFileStore({ dir, logger: logger(), nowMs: () => now });
    expect(await reopened.claimOnce('event:Ev1', 60)).toBe(false);
    now += 61_000;
    expect(await reopened.claimOnce('event:Ev1', 60)).toBe(true);
  });

  it('allows a user `limit` answers per window and resets in the next window', async () => {
    const store = await openFileStore({ dir, logger: logger() });
    const take = (nowMs: number) => store.takeRateToken('rate:U1', 2, 60_000, nowMs);
    expect([await take(0), await take(1), await take(2)]).toEqual([true, true, false]);
    expect(await store.takeRateToken('rate:U2', 2, 60_000, 3)).toBe(true);
    expect(await take(60_000)).toBe(true);
  });

  it('hands out slots once and counters in order, across restarts', async () => {
    const store = await openFileStore({ dir, logger: logger() });
    expect(await store.claimSlot('digest:C1:2025-01-01')).toBe(true);
    expect(await store.claimSlot('digest:C1:2025-01-01')).toBe(false);
    expect([await store.nextCounter('n'), await store.nextCounter('n')]).toEqual([0, 1]);
    const reopened = await openFileStore({ dir, logger: logger() });
    expect(await reopened.claimSlot('digest:C1:2025-01-01')).toBe(false);
    await reopened.releaseSlot('digest:C1:2025-01-01');
    expect(await reopened.claimSlot('digest:C1:2025-01-01')).toBe(true);
    expect(await reopened.nextCounter('n')).toBe(2);
  });
});
