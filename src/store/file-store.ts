import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod/v3';
import type { Logger } from '../log.js';
import {
  ActivityRecordSchema,
  ConversationTurnSchema,
  FeedbackRecordSchema,
  HandledRecordSchema,
  PendingWorkSchema,
  UnansweredRecordSchema,
} from './record-schemas.js';
import type { FeedbackRecord, PendingWork, Store } from './store.js';

// The default Store: plain files in DATA_DIR, for one app instance. Logs are JSON Lines, keyed state is one JSON
// object per file. Every write replaces the whole file through a temp file and a rename, so a crash leaves either
// the old file or the new one, never half a line. Rewriting the whole log on each record is O(size); fine for a
// briefing bot's volume, and the Redis store takes over when it is not.
// Pending work (see store.ts) is one small file per request in DATA_DIR/pending, written when the request is claimed
// and removed when it is answered: O(1) per request, and what a crash leaves there is what is still to answer. Its
// leases live in memory: the file store has one instance, so after a restart everything pending is up for taking.
// A crash can also leave a temp file behind (killed between creating and renaming it); opening removes those.

const FILES = {
  feedback: 'feedback.jsonl',
  unanswered: 'unanswered.jsonl',
  activity: 'activity.jsonl',
  handled: 'handled.jsonl',
  claims: 'claims.json',
  slots: 'slots.json',
  counters: 'counters.json',
  conversations: 'conversations.json',
  settings: 'settings.json',
  pendingDir: 'pending',
} as const;

const TEMP_FILE = /\.(\d+)\.\d+\.tmp$/;

const NumberMapSchema = z.record(z.string(), z.number());
const TrueMapSchema = z.record(z.string(), z.literal(true));
const ConversationsSchema = z.record(
  z.string(),
  z.object({ expiresAt: z.number(), turns: z.array(ConversationTurnSchema) }),
);
const StringMapSchema = z.record(z.string(), z.string());

export type FileStoreOptions = {
  dir: string;
  logger: Logger;
  /** Clock for claim expiry; injected so tests need no timers. */
  nowMs?: () => number;
};

type JsonLinesLog<T> = {
  file: string;
  /** Raw lines, corrupt ones included, so rewriting the file never drops a line a curator might repair. */
  lines: string[];
  records: T[];
};

export async function openFileStore(options: FileStoreOptions): Promise<Store> {
  const { dir, logger } = options;
  const nowMs = options.nowMs ?? Date.now;
  await mkdir(path.join(dir, FILES.pendingDir), { recursive: true });
  await removeStaleTempFiles(dir, logger);
  await removeStaleTempFiles(path.join(dir, FILES.pendingDir), logger);

  const feedback = await loadJsonLines(dir, FILES.feedback, FeedbackRecordSchema, logger);
  const unanswered = await loadJsonLines(dir, FILES.unanswered, UnansweredRecordSchema, logger);
  const activity = await loadJsonLines(dir, FILES.activity, ActivityRecordSchema, logger);
  const handled = await loadJsonLines(dir, FILES.handled, HandledRecordSchema, logger);
  const claims = await loadJsonObject(dir, FILES.claims, NumberMapSchema, logger);
  const slots = await loadJsonObject(dir, FILES.slots, TrueMapSchema, logger);
  const counters = await loadJsonObject(dir, FILES.counters, NumberMapSchema, logger);
  const conversations = await loadJsonObject(dir, FILES.conversations, ConversationsSchema, logger);
  const settings = await loadJsonObject(dir, FILES.settings, StringMapSchema, logger);
  const pending = await loadPending(path.join(dir, FILES.pendingDir), logger);
  const leases = new Map<string, { owner: string; until: number }>();
  const votes = new Set(feedback.records.map(voteKey));
  // Rate windows stay in memory: they last a minute, so persisting them would cost a write per question for nothing.
  const rateHits = new Map<string, number[]>();

  // One queue for every write: read-modify-write steps never interleave within this process.
  let queue: Promise<unknown> = Promise.resolve();
  let tempCounter = 0;
  const serialise = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };
  const writeAtomically = async (name: string, content: string) => {
    const target = path.join(dir, name);
    tempCounter += 1;
    const temp = `${target}.${process.pid}.${tempCounter}.tmp`;
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
  };
  const append = async <T>(log: JsonLinesLog<T>, record: T) => {
    const nextLines = [...log.lines, JSON.stringify(record)];
    await writeAtomically(log.file, `${nextLines.join('\n')}\n`);
    log.lines = nextLines;
    log.records.push(record);
  };
  const saveObject = (name: string, value: object) => writeAtomically(name, `${JSON.stringify(value, null, 2)}\n`);
  const savePending = (work: PendingWork) =>
    writeAtomically(path.join(FILES.pendingDir, pendingFileName(work.id)), `${JSON.stringify(work)}\n`);
  const claim = async (key: string, ttlSeconds: number) => {
    const now = nowMs();
    for (const [claimed, expiresAt] of Object.entries(claims)) if ((expiresAt ?? 0) <= now) delete claims[claimed];
    if (claims[key] !== undefined) return false;
    claims[key] = now + ttlSeconds * 1000;
    await saveObject(FILES.claims, claims);
    return true;
  };

  return {
    claimOnce: (key, ttlSeconds) => serialise(() => claim(key, ttlSeconds)),
    claimPending: (input) =>
      serialise(async () => {
        if (claims[input.id] !== undefined && (claims[input.id] ?? 0) > nowMs()) return false;
        // The pending file first: a crash between the two writes leaves work to answer, never a claim with nothing.
        const work: PendingWork = { id: input.id, body: input.body, receivedAt: input.nowMs, attempts: 1 };
        await savePending(work);
        pending.set(work.id, work);
        leases.set(work.id, { owner: input.owner, until: input.nowMs + input.leaseMs });
        await claim(input.id, input.claimTtlSeconds);
        return true;
      }),
    renewPending: async (ids, owner, now, leaseMs) => {
      for (const id of ids) {
        const lease = leases.get(id);
        if (lease?.owner === owner && pending.has(id)) lease.until = now + leaseMs;
      }
    },
    settlePending: (id) =>
      serialise(async () => {
        if (!pending.delete(id)) return;
        leases.delete(id);
        await unlink(path.join(dir, FILES.pendingDir, pendingFileName(id))).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
      }),
    takeExpiredPending: (owner, now, leaseMs, limit) =>
      serialise(async () => {
        const expired = [...pending.values()]
          .filter((work) => (leases.get(work.id)?.until ?? Number.NEGATIVE_INFINITY) <= now)
          .sort(oldestFirst)
          .slice(0, limit);
        const taken: PendingWork[] = [];
        for (const work of expired) {
          const next = { ...work, attempts: work.attempts + 1 };
          await savePending(next);
          pending.set(next.id, next);
          leases.set(next.id, { owner, until: now + leaseMs });
          taken.push({ ...next });
        }
        return taken;
      }),
    releaseClaim: (key) =>
      serialise(async () => {
        if (claims[key] === undefined) return;
        delete claims[key];
        await saveObject(FILES.claims, claims);
      }),
    takeRateToken: async (key, limit, windowMs, now) => {
      const hits = (rateHits.get(key) ?? []).filter((at) => at > now - windowMs);
      const allowed = hits.length < limit;
      if (allowed) hits.push(now);
      if (hits.length > 0) rateHits.set(key, hits);
      else rateHits.delete(key);
      return allowed;
    },
    recordFeedback: (record) =>
      serialise(async () => {
        if (votes.has(voteKey(record))) return 'duplicate' as const;
        await append(feedback, record);
        votes.add(voteKey(record));
        return 'recorded' as const;
      }),
    recordUnanswered: (record) => serialise(() => append(unanswered, record)),
    recordActivity: (record) => serialise(() => append(activity, record)),
    listFeedback: async () => [...feedback.records],
    listUnanswered: async () => [...unanswered.records],
    listActivity: async () => [...activity.records],
    recordHandled: (record) => serialise(() => append(handled, record)),
    listHandled: async () => [...handled.records],
    claimSlot: (key) =>
      serialise(async () => {
        if (slots[key]) return false;
        slots[key] = true;
        await saveObject(FILES.slots, slots);
        return true;
      }),
    releaseSlot: (key) =>
      serialise(async () => {
        delete slots[key];
        await saveObject(FILES.slots, slots);
      }),
    nextCounter: (name) =>
      serialise(async () => {
        const value = counters[name] ?? 0;
        counters[name] = value + 1;
        await saveObject(FILES.counters, counters);
        return value;
      }),
    peekCounter: async (name) => counters[name] ?? 0,
    recordTurn: (key, turn, { keep, ttlSeconds }) =>
      serialise(async () => {
        const now = nowMs();
        // Expired conversations go with the next write, so the file holds only the live ones.
        for (const [held, conversation] of Object.entries(conversations))
          if ((conversation?.expiresAt ?? 0) <= now) delete conversations[held];
        const turns = [...(conversations[key]?.turns ?? []), turn].slice(-keep);
        conversations[key] = { expiresAt: now + ttlSeconds * 1000, turns };
        await saveObject(FILES.conversations, conversations);
      }),
    listTurns: async (key) => {
      const held = conversations[key];
      return held && held.expiresAt > nowMs() ? [...held.turns] : [];
    },
    readSetting: async (key) => (Object.hasOwn(settings, key) ? settings[key] : undefined),
    writeSetting: (key, value) =>
      serialise(async () => {
        if (value === null) delete settings[key];
        else settings[key] = value;
        await saveObject(FILES.settings, settings);
      }),
    close: () => serialise(async () => undefined),
  };
}

function oldestFirst(a: PendingWork, b: PendingWork): number {
  return a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One file per pending work; ids hold ":" and whatever Slack puts in an id, so the name is encoded. */
function pendingFileName(id: string): string {
  return `${encodeURIComponent(id)}.json`;
}

async function loadPending(pendingDir: string, logger: Logger): Promise<Map<string, PendingWork>> {
  const pending = new Map<string, PendingWork>();
  for (const name of await readdir(pendingDir)) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(pendingDir, name);
    const parsed = PendingWorkSchema.safeParse(parseJson((await readIfPresent(file)) ?? ''));
    if (parsed.success) pending.set(parsed.data.id, parsed.data);
    else logger.warn('ignored a corrupt pending request in the data store', { file });
  }
  return pending;
}

/**
 * Temp files of writes a crash interrupted (`<file>.<pid>.<n>.tmp`). One whose writer is still running (another
 * process sharing DATA_DIR for a moment during a deploy) is left alone; this process has written none yet.
 */
async function removeStaleTempFiles(dir: string, logger: Logger): Promise<void> {
  for (const name of await readdir(dir)) {
    const match = TEMP_FILE.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isRunning(pid)) continue;
    await unlink(path.join(dir, name)).catch(() => undefined);
    logger.info('removed a temp file left by an interrupted write', { file: path.join(dir, name) });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function voteKey(record: FeedbackRecord): string {
  return `${record.answerKey}\u0000${record.userId}`;
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function loadJsonLines<T>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  logger: Logger,
): Promise<JsonLinesLog<T>> {
  const text = await readIfPresent(path.join(dir, file));
  const lines = (text ?? '').split('\n').filter((line) => line.trim() !== '');
  const records: T[] = [];
  // Line numbers count blank lines too, so they match what an editor shows.
  for (const [index, line] of (text ?? '').split('\n').entries()) {
    if (line.trim() === '') continue;
    const parsed = schema.safeParse(parseJson(line));
    if (parsed.success) records.push(parsed.data);
    else logger.warn('skipped a corrupt line in the data store', { file: path.join(dir, file), line: index + 1 });
  }
  return { file, lines, records };
}

async function loadJsonObject<T extends object>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  logger: Logger,
): Promise<Partial<T>> {
  const text = await readIfPresent(path.join(dir, file));
  if (text === undefined) return {};
  const parsed = schema.safeParse(parseJson(text));
  if (parsed.success) return parsed.data;
  logger.warn('ignored a corrupt state file in the data store; starting it empty', { file: path.join(dir, file) });
  return {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
