import type { Logger } from '../log.js';
import type { Store } from './store.js';

// What the Slack path does when the store is down (Redis lost mid-run): keep answering. Each call on that path gets
// a safe stand-in value and the outage is logged once, not once per question. Only the calls where a stand-in is
// harmless are covered. The digest's reads, slots and counters still throw, so it never reports a quiet day it did
// not see, never posts twice, and retries later instead.

type Guarded =
  | 'claimOnce'
  | 'releaseClaim'
  | 'claimPending'
  | 'renewPending'
  | 'settlePending'
  | 'takeExpiredPending'
  | 'takeRateToken'
  | 'recordFeedback'
  | 'recordUnanswered'
  | 'recordActivity'
  | 'recordTurn'
  | 'listTurns'
  | 'readSetting';
type Result<K extends Guarded> = Awaited<ReturnType<Store[K]>>;

const FALLBACKS: { [K in Guarded]: Result<K> } = {
  // Handle the event: answering twice beats never answering.
  claimOnce: true,
  // Nothing was claimed while the store is down (claimOnce said true without it), so nothing is held.
  releaseClaim: undefined,
  // Answer it, though a crash now would lose it: the outage warning says so.
  claimPending: true,
  renewPending: undefined,
  // Stays pending in the store (if it holds it), and is answered again after its lease: twice beats never.
  settlePending: undefined,
  // Nothing to recover until the store is back; the next sweep tries again.
  takeExpiredPending: [],
  // Let the question through: a rate limit is a courtesy, not a safety rule.
  takeRateToken: true,
  // Thank the user; the vote is lost, which the outage warning says.
  recordFeedback: 'recorded',
  recordUnanswered: undefined,
  recordActivity: undefined,
  // Answer the message on its own: a follow-up loses its thread's context, never its answer.
  recordTurn: undefined,
  listTurns: [],
  // Answer from every briefing, as if the channel had no default briefing.
  readSetting: undefined,
};

export function resilientStore(store: Store, logger: Logger): Store {
  let failing = false;
  const guard =
    <K extends Guarded, A extends unknown[]>(name: K, call: (...args: A) => Promise<Result<K>>) =>
    async (...args: A): Promise<Result<K>> => {
      try {
        const result = await call(...args);
        if (failing) logger.info('the store is answering again; recording resumed', { operation: name });
        failing = false;
        return result;
      } catch (error) {
        if (!failing) logger.warn('the store is unavailable; answering without recording', { operation: name, error });
        failing = true;
        return FALLBACKS[name];
      }
    };
  return {
    ...store,
    claimOnce: guard('claimOnce', store.claimOnce),
    releaseClaim: guard('releaseClaim', store.releaseClaim),
    claimPending: guard('claimPending', store.claimPending),
    renewPending: guard('renewPending', store.renewPending),
    settlePending: guard('settlePending', store.settlePending),
    takeExpiredPending: guard('takeExpiredPending', store.takeExpiredPending),
    takeRateToken: guard('takeRateToken', store.takeRateToken),
    recordFeedback: guard('recordFeedback', store.recordFeedback),
    recordUnanswered: guard('recordUnanswered', store.recordUnanswered),
    recordActivity: guard('recordActivity', store.recordActivity),
    recordTurn: guard('recordTurn', store.recordTurn),
    listTurns: guard('listTurns', store.listTurns),
    readSetting: guard('readSetting', store.readSetting),
  };
}
