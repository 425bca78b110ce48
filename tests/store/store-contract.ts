import { afterEach, describe, expect, it } from 'vitest';
import type {
  ActivityRecord,
  ConversationTurn,
  FeedbackRecord,
  HandledRecord,
  Store,
  UnansweredRecord,
} from '../../src/store/store.js';

// One behaviour, every backend: each backend's test file calls describeStoreContract with a fixture that opens a
// store over one shared place (a directory, a Redis key prefix), fresh for every test.

export type StoreFixture = {
  /** Opens another store over the same data: a restart, or (for a shared backend) a second instance. */
  open(): Promise<Store>;
};

export type ContractOptions = {
  /** True when two open stores see each other's writes at once (Redis); the file store serves one instance. */
  shared: boolean;
  /** A fresh place (directory, key prefix) for one test. */
  makeFixture(): Promise<StoreFixture>;
};

const vote = (userId: string, answerKey = 'C1:1.0', up = true): FeedbackRecord => ({
  answerKey,
  userId,
  vote: up ? 'up' : 'down',
  entryId: 'e1',
  at: '2024-07-08T10:00:00.000Z',
});
const activity = (at: string, answered = true): ActivityRecord => ({ at, answered, entryId: 'e1', tags: ['gmv'] });
const unanswered = (question: string): UnansweredRecord => ({ question, at: '2024-07-08T10:00:00.000Z', via: 'dm' });
const turn = (question: string, userId = 'U1'): ConversationTurn => ({
  question,
  standalone: question,
  entryId: 'e1',
  answered: true,
  userId,
  at: '2024-07-08T10:00:00.000Z',
});
const WEEK = { keep: 5, ttlSeconds: 7 * 24 * 60 * 60 };

const T = 1_700_000_000_000;
const LEASE = 60_000;
const work = (id: string, owner = 'A', nowMs = T) => ({
  id,
  body: JSON.stringify({ type: 'event_callback', event_id: id, event: { text: `question ${id}` } }),
  owner,
  nowMs,
  leaseMs: LEASE,
  claimTtlSeconds: 3600,
});

export function describeStoreContract(backend: string, { shared, makeFixture }: ContractOptions): void {
  describe(`The ${backend} store`, () => {
    const opened: Store[] = [];
    let fixture: StoreFixture | undefined;
    const open = async () => {
      fixture ??= await makeFixture();
      const store = await fixture.open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
      fixture = undefined;
    });

    it('claims an event id once and refuses every repeat', async () => {
      const store = await open();
      expect(await store.claimOnce('event:Ev1', 60)).toBe(true);
      expect(await store.claimOnce('event:Ev1', 60)).toBe(false);
      expect(await store.claimOnce('event:Ev2', 60)).toBe(true);
    });

    it('lets an event id be claimed again once its time to live has passed', async () => {
      const store = await open();
      expect(await store.claimOnce('event:short', 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await store.claimOnce('event:short', 1)).toBe(true);
    });

    it('lets a released claim be claimed again, and leaves other claims alone', async () => {
      const store = await open();
      expect(await store.claimOnce('click:a', 60)).toBe(true);
      expect(await store.claimOnce('click:b', 60)).toBe(true);
      await store.releaseClaim('click:a');
      await store.releaseClaim('click:never-claimed');
      expect(await store.claimOnce('click:a', 60)).toBe(true);
      expect(await store.claimOnce('click:b', 60)).toBe(false);
    });

    it('still refuses a claimed event id after a restart', async () => {
      const first = await open();
      expect(await first.claimOnce('event:restart', 60)).toBe(true);
      await first.close();
      const second = await open();
      expect(await second.claimOnce('event:restart', 60)).toBe(false);
    });

    it('allows up to the limit of hits per window and starts again in the next window', async () => {
      const store = await open();
      const t = 1_700_000_040_000;
      expect(await store.takeRateToken('rate:U1', 2, 60_000, t)).toBe(true);
      expect(await store.takeRateToken('rate:U1', 2, 60_000, t + 1)).toBe(true);
      expect(await store.takeRateToken('rate:U1', 2, 60_000, t + 2)).toBe(false);
      expect(await store.takeRateToken('rate:U2', 2, 60_000, t + 2)).toBe(true);
      expect(await store.takeRateToken('rate:U1', 2, 60_000, t + 60_000)).toBe(true);
    });

    it('counts the last window, not the clock minute: no second allowance just after a minute boundary', async () => {
      const store = await open();
      const minute = 1_700_000_040_000; // a whole minute
      // Ten questions in the last second of one minute, then ten more in the first two seconds of the next.
      const before = [];
      for (let i = 0; i < 10; i++)
        before.push(await store.takeRateToken('rate:U3', 10, 60_000, minute - 1000 + i * 90));
      const after = [];
      for (let i = 0; i < 10; i++) after.push(await store.takeRateToken('rate:U3', 10, 60_000, minute + 100 + i * 190));
      expect(before.every(Boolean)).toBe(true);
      expect(after.some(Boolean)).toBe(false);
      // A refused question is not counted: once the first accepted one is a full window old, one more is allowed.
      expect(await store.takeRateToken('rate:U3', 10, 60_000, minute - 1000 + 60_000)).toBe(true);
      expect(await store.takeRateToken('rate:U3', 10, 60_000, minute - 1000 + 60_001)).toBe(false);
      expect(await store.takeRateToken('rate:U3', 10, 60_000, minute - 1000 + 90 + 60_000)).toBe(true);
    });

    it('records one vote per user per answer', async () => {
      const store = await open();
      expect(await store.recordFeedback(vote('U1'))).toBe('recorded');
      expect(await store.recordFeedback(vote('U1', 'C1:1.0', false))).toBe('duplicate');
      expect(await store.recordFeedback(vote('U2'))).toBe('recorded');
      expect(await store.recordFeedback(vote('U1', 'C1:2.0'))).toBe('recorded');
      expect((await store.listFeedback()).map((r) => `${r.answerKey}/${r.userId}/${r.vote}`)).toEqual([
        'C1:1.0/U1/up',
        'C1:1.0/U2/up',
        'C1:2.0/U1/up',
      ]);
    });

    it('reads back, after a restart, every vote, unanswered question and activity record written before it', async () => {
      const first = await open();
      await first.recordFeedback(vote('U1'));
      await first.recordFeedback(vote('U2', 'C1:1.0', false));
      await first.recordUnanswered(unanswered('who owns Lazada?'));
      await first.recordActivity(activity('2024-07-08T09:00:00.000Z'));
      await first.recordActivity(activity('2024-07-08T09:05:00.000Z', false));
      await first.close();

      const second = await open();
      expect(await second.listFeedback()).toEqual([vote('U1'), vote('U2', 'C1:1.0', false)]);
      expect(await second.listUnanswered()).toEqual([unanswered('who owns Lazada?')]);
      expect(await second.listActivity()).toEqual([
        activity('2024-07-08T09:00:00.000Z'),
        activity('2024-07-08T09:05:00.000Z', false),
      ]);
      expect(await second.recordFeedback(vote('U1'))).toBe('duplicate');
    });

    it('keeps the question and briefing of a vote and of an unanswered question when they are given', async () => {
      const first = await open();
      const voted: FeedbackRecord = { ...vote('U3', 'C1:3.0', false), question: 'who owns Lazada?', pack: 'sea' };
      await first.recordFeedback(voted);
      await first.recordUnanswered({ ...unanswered('who runs Shopee?'), pack: 'sea' });
      await first.close();
      const second = await open();
      expect(await second.listFeedback()).toEqual([voted]);
      expect(await second.listUnanswered()).toEqual([{ ...unanswered('who runs Shopee?'), pack: 'sea' }]);
    });

    it('reads back, in order and after a restart, the questions curators handled', async () => {
      const handled = (key: string, action: HandledRecord['action']): HandledRecord => ({
        key,
        action,
        pack: action === 'dismissed' ? null : 'sea',
        target: action === 'dismissed' ? null : 'tiktok-gmv',
        at: '2024-07-09T10:00:00.000Z',
      });
      const first = await open();
      expect(await first.listHandled()).toEqual([]);
      await first.recordHandled(handled('q:how big is tiktok shop', 'alternate'));
      await first.recordHandled(handled('q:hello', 'dismissed'));
      await first.close();
      const second = await open();
      expect(await second.listHandled()).toEqual([
        handled('q:how big is tiktok shop', 'alternate'),
        handled('q:hello', 'dismissed'),
      ]);
    });

    it('gives a slot to the first claimant only, and to the next one after it is released', async () => {
      const store = await open();
      expect(await store.claimSlot('digest:C1:2024-07-08')).toBe(true);
      expect(await store.claimSlot('digest:C1:2024-07-08')).toBe(false);
      expect(await store.claimSlot('digest:C1:2024-07-09')).toBe(true);
      await store.releaseSlot('digest:C1:2024-07-08');
      expect(await store.claimSlot('digest:C1:2024-07-08')).toBe(true);
    });

    it('keeps a claimed slot through a restart', async () => {
      const first = await open();
      expect(await first.claimSlot('digest:C1:2024-07-08')).toBe(true);
      await first.close();
      const second = await open();
      expect(await second.claimSlot('digest:C1:2024-07-08')).toBe(false);
    });

    it('counts from 0, one step per call, peeking without moving, and keeps counting after a restart', async () => {
      const first = await open();
      expect(await first.peekCounter('figures')).toBe(0);
      expect(await first.nextCounter('figures')).toBe(0);
      expect(await first.nextCounter('figures')).toBe(1);
      expect(await first.peekCounter('figures')).toBe(2);
      expect(await first.nextCounter('other')).toBe(0);
      await first.close();
      const second = await open();
      expect(await second.nextCounter('figures')).toBe(2);
    });

    it('keeps a setting through a restart, and forgets it once cleared', async () => {
      const first = await open();
      expect(await first.readSetting('channel-briefing:C1')).toBeUndefined();
      await first.writeSetting('channel-briefing:C1', 'temu-eu');
      await first.writeSetting('channel-briefing:C2', 'johor');
      expect(await first.readSetting('channel-briefing:C1')).toBe('temu-eu');
      await first.close();
      const second = await open();
      expect(await second.readSetting('channel-briefing:C1')).toBe('temu-eu');
      await second.writeSetting('channel-briefing:C1', null);
      expect(await second.readSetting('channel-briefing:C1')).toBeUndefined();
      expect(await second.readSetting('channel-briefing:C2')).toBe('johor');
    });

    it('hands out distinct counter values to concurrent callers', async () => {
      const store = await open();
      const values = await Promise.all(Array.from({ length: 20 }, () => store.nextCounter('busy')));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    });

    it("lists a conversation's turns oldest first, apart from every other conversation", async () => {
      const store = await open();
      expect(await store.listTurns('C1:1.0')).toEqual([]);
      await store.recordTurn('C1:1.0', turn('who is Jian Xu?'), WEEK);
      await store.recordTurn('C1:2.0', turn('what is Temu?', 'U2'), WEEK);
      await store.recordTurn('C1:1.0', turn('where does he work?'), WEEK);
      expect(await store.listTurns('C1:1.0')).toEqual([turn('who is Jian Xu?'), turn('where does he work?')]);
      expect(await store.listTurns('C1:2.0')).toEqual([turn('what is Temu?', 'U2')]);
    });

    it('keeps only the last turns of a long conversation', async () => {
      const store = await open();
      for (const n of [1, 2, 3, 4]) await store.recordTurn('D1', turn(`question ${n}`), { keep: 3, ttlSeconds: 60 });
      expect((await store.listTurns('D1')).map((t) => t.question)).toEqual(['question 2', 'question 3', 'question 4']);
    });

    it('still has a conversation after a restart', async () => {
      const first = await open();
      await first.recordTurn('C1:1.0', turn('who is Jian Xu?'), WEEK);
      await first.close();
      const second = await open();
      expect(await second.listTurns('C1:1.0')).toEqual([turn('who is Jian Xu?')]);
    });

    it('forgets a conversation once its time to live has passed since its latest turn', async () => {
      const store = await open();
      await store.recordTurn('C1:short', turn('who is Jian Xu?'), { keep: 5, ttlSeconds: 1 });
      await store.recordTurn('C1:long', turn('what is Temu?'), { keep: 5, ttlSeconds: 60 });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await store.listTurns('C1:short')).toEqual([]);
      expect(await store.listTurns('C1:long')).toHaveLength(1);
      await store.recordTurn('C1:short', turn('where does he work?'), { keep: 5, ttlSeconds: 60 });
      expect((await store.listTurns('C1:short')).map((t) => t.question)).toEqual(['where does he work?']);
    });

    it('keeps claimed work pending, untouched while leased, until it is settled', async () => {
      const store = await open();
      expect(await store.claimPending(work('event:Ev10'))).toBe(true);
      expect(await store.claimPending(work('event:Ev10'))).toBe(false);
      expect(await store.claimOnce('event:Ev10', 60)).toBe(false);
      expect(await store.takeExpiredPending('B', T + LEASE - 1, LEASE, 10)).toEqual([]);
      const [taken] = await store.takeExpiredPending('B', T + LEASE + 1, LEASE, 10);
      expect(taken).toEqual({ id: 'event:Ev10', body: work('event:Ev10').body, receivedAt: T, attempts: 2 });
      // Now leased to B.
      expect(await store.takeExpiredPending('C', T + LEASE + 2, LEASE, 10)).toEqual([]);
      await store.settlePending('event:Ev10');
      expect(await store.takeExpiredPending('C', T + 10 * LEASE, LEASE, 10)).toEqual([]);
      await store.settlePending('event:never-pending');
    });

    it('keeps pending work through a restart', async () => {
      const first = await open();
      await first.claimPending(work('event:Ev11'));
      await first.claimPending(work('event:Ev12', 'A', T + 5));
      await first.settlePending('event:Ev11');
      await first.close();
      const second = await open();
      expect(await second.claimPending(work('event:Ev12'))).toBe(false);
      const taken = await second.takeExpiredPending('B', T + LEASE + 10, LEASE, 10);
      expect(taken.map((w) => [w.id, w.attempts])).toEqual([['event:Ev12', 2]]);
    });

    it('gives the oldest expired work first, at most `limit` at a time, counting each attempt', async () => {
      const store = await open();
      for (const [i, id] of ['event:c', 'event:a', 'event:b'].entries()) await store.claimPending(work(id, 'A', T + i));
      const late = T + 2 * LEASE;
      expect((await store.takeExpiredPending('B', late, LEASE, 2)).map((w) => w.id)).toEqual(['event:c', 'event:a']);
      expect((await store.takeExpiredPending('B', late, LEASE, 2)).map((w) => w.id)).toEqual(['event:b']);
      const again = await store.takeExpiredPending('C', late + LEASE + 1, LEASE, 5);
      expect(again.map((w) => `${w.id}:${w.attempts}`)).toEqual(['event:c:3', 'event:a:3', 'event:b:3']);
    });

    it('renews only the work an owner still holds', async () => {
      const store = await open();
      await store.claimPending(work('event:Ev13', 'A'));
      await store.renewPending(['event:Ev13'], 'A', T + LEASE - 10, LEASE);
      expect(await store.takeExpiredPending('B', T + LEASE + 1, LEASE, 10)).toEqual([]);
      const taken = await store.takeExpiredPending('B', T + 2 * LEASE, LEASE, 10);
      expect(taken.map((w) => w.id)).toEqual(['event:Ev13']);
      // A, late, cannot take it back by renewing; B keeps it by renewing.
      await store.renewPending(['event:Ev13'], 'A', T + 2 * LEASE + 1, 10 * LEASE);
      await store.renewPending(['event:Ev13'], 'B', T + 3 * LEASE - 1, LEASE);
      expect(await store.takeExpiredPending('C', T + 3 * LEASE + 1, LEASE, 10)).toEqual([]);
      expect((await store.takeExpiredPending('C', T + 4 * LEASE, LEASE, 10)).map((w) => w.id)).toEqual(['event:Ev13']);
    });

    describe.skipIf(!shared)('shared by two instances at once', () => {
      it('hands each expired pending work to exactly one of them', async () => {
        const [a, b] = [await open(), await open()];
        for (let i = 0; i < 20; i++) await a.claimPending(work(`event:r${i}`, 'dead', T + i));
        const late = T + 2 * LEASE;
        const batches = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).takeExpiredPending(`owner${i}`, late, LEASE, 3)),
        );
        const ids = batches.flat().map((w) => w.id);
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
      });

      it('claims an event once between them, however the requests race', async () => {
        const [a, b] = [await open(), await open()];
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).claimOnce('event:race', 60)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('gives the digest slot to exactly one of them', async () => {
        const [a, b] = [await open(), await open()];
        const results = await Promise.all([a.claimSlot('digest:C1:2024-07-08'), b.claimSlot('digest:C1:2024-07-08')]);
        expect(results.sort()).toEqual([false, true]);
      });

      it('records a racing duplicate vote once and shares the rate limit and counter', async () => {
        const [a, b] = [await open(), await open()];
        const votes = await Promise.all([a.recordFeedback(vote('U1')), b.recordFeedback(vote('U1'))]);
        expect(votes.sort()).toEqual(['duplicate', 'recorded']);
        const t = 1_700_000_040_000;
        expect(await a.takeRateToken('rate:U9', 1, 60_000, t)).toBe(true);
        expect(await b.takeRateToken('rate:U9', 1, 60_000, t)).toBe(false);
        expect([await a.nextCounter('n'), await b.nextCounter('n')]).toEqual([0, 1]);
      });

      it('read a conversation one of them recorded, whichever answers the follow-up', async () => {
        const [a, b] = [await open(), await open()];
        await a.recordTurn('C1:1.0', turn('who is Jian Xu?'), WEEK);
        expect(await b.listTurns('C1:1.0')).toEqual([turn('who is Jian Xu?')]);
        await Promise.all([
          a.recordTurn('C1:1.0', turn('where does he work?'), { ...WEEK, keep: 2 }),
          b.recordTurn('C1:1.0', turn('what did he say?'), { ...WEEK, keep: 2 }),
        ]);
        expect(await a.listTurns('C1:1.0')).toHaveLength(2);
      });
    });
  });
}
