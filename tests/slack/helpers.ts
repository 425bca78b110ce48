import { vi } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Briefing } from '../../src/briefings/briefing.js';
import { buildCatalogue } from '../../src/briefings/catalogue.js';
import { createLiveCatalogue, type LiveCatalogue } from '../../src/briefings/live-catalogue.js';
import type { Pack } from '../../src/knowledge/schema.js';
import { createLogger } from '../../src/log.js';
import type { BotDeps } from '../../src/slack/deps.js';
import { createQueuedAnswerer } from '../../src/slack/queued-answerer.js';
import type { Store } from '../../src/store/store.js';
import { ANSWERED, SOURCES } from '../fixtures/replies.js';

// Shared fakes for listener tests, as in the Bolt starter's tests/helpers.ts.

export const TINY_PACK: Pack = {
  meta: {
    id: 'tiny',
    title: 'Tiny pack',
    description: 'A pack for tests.',
    sources: [{ ...SOURCES[0], file: 'a.txt', outlet: null, url: null, published: null, author: null, language: 'en' }],
  },
  sources: [],
  notStated: [],
  entries: [],
  figures: [],
  aliases: { entities: [], synonyms: [] },
};

export function fakeEngine(overrides: Partial<Engine> = {}): Engine {
  return {
    pack: TINY_PACK,
    answer: (question) => ({ ...ANSWERED, question }),
    answerEntry: (entryId, question) => ({ ...ANSWERED, entryId, question: question ?? '' }),
    topics: () => [],
    examples: () => [],
    explain: () => {
      throw new Error('the Slack side never asks the engine to explain');
    },
    readNames: () => ({ names: [], topics: [], hasOwnWords: true }),
    ...overrides,
  };
}

/** The briefings of a bot serving one pack whose engine is `engine`. */
export function fakeBriefings(engine: Engine = fakeEngine()): LiveCatalogue {
  const briefing: Briefing = {
    id: engine.pack.meta.id,
    pack: engine.pack,
    origin: 'tests/tiny',
    profile: { words: new Set() },
    engine: () => engine,
    warm: true,
    failed: false,
  };
  return createLiveCatalogue(buildCatalogue([briefing]));
}

export function fakeStore(): Store {
  return {
    claimOnce: vi.fn(async () => true),
    releaseClaim: vi.fn(async () => undefined),
    claimPending: vi.fn(async () => true),
    renewPending: vi.fn(async () => undefined),
    settlePending: vi.fn(async () => undefined),
    takeExpiredPending: vi.fn(async () => []),
    takeRateToken: vi.fn(async () => true),
    recordFeedback: vi.fn(async () => 'recorded' as const),
    recordUnanswered: vi.fn(async () => undefined),
    recordActivity: vi.fn(async () => undefined),
    listFeedback: vi.fn(async () => []),
    listUnanswered: vi.fn(async () => []),
    listActivity: vi.fn(async () => []),
    recordHandled: vi.fn(async () => undefined),
    listHandled: vi.fn(async () => []),
    claimSlot: vi.fn(async () => true),
    releaseSlot: vi.fn(async () => undefined),
    nextCounter: vi.fn(async () => 0),
    peekCounter: vi.fn(async () => 0),
    recordTurn: vi.fn(async () => undefined),
    listTurns: vi.fn(async () => []),
    readSetting: vi.fn(async () => undefined),
    writeSetting: vi.fn(async () => undefined),
    close: vi.fn(async () => undefined),
  };
}

export function fakeDeps(overrides: Partial<BotDeps> = {}): BotDeps & { logLines: string[] } {
  const logLines: string[] = [];
  const briefings = overrides.briefings ?? fakeBriefings();
  return {
    briefings,
    answerQuestion: createQueuedAnswerer(briefings.current),
    store: fakeStore(),
    logger: createLogger({ level: 'debug', write: (line) => logLines.push(line) }),
    rateLimitPerMinute: 10,
    nowMs: () => 0,
    afterPost: [],
    digestTimeZone: 'UTC',
    slackRetry: { retries: 0 },
    logLines,
    ...overrides,
  };
}

export function fakeClient() {
  return {
    chat: {
      postMessage: vi.fn(async (_args: Record<string, unknown>) => ({ ok: true, ts: '2.0' })),
      update: vi.fn(async (_args: Record<string, unknown>) => ({ ok: true })),
    },
    views: { publish: vi.fn(async (_args: Record<string, unknown>) => ({ ok: true })) },
  };
}
