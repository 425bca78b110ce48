// The one interface every storage backend implements (file store by default, Redis when REDIS_URL is set).
// Everything several app instances must agree on goes through it, so each method is a single atomic step.

export type Vote = 'up' | 'down';

export type FeedbackRecord = {
  /** The answer voted on: the message's channel and ts, so a vote is tied to one posted answer. */
  answerKey: string;
  userId: string;
  vote: Vote;
  entryId: string | null;
  at: string; // ISO timestamp
  /** The question the voted answer replied to, as its button carried it (absent in records written before it was kept). */
  question?: string;
  /** The briefing that answered, when the record says (absent with one briefing, and in older records). */
  pack?: string;
};

export type UnansweredRecord = {
  question: string;
  at: string; // ISO timestamp
  /**
   * Where it was asked: 'mention', 'dm', 'thread' (a follow-up without a mention), 'command'. No user id: the
   * curator log is anonymous.
   */
  via: string;
  /** The briefing that declined, when the record says (absent with one briefing, and in older records). */
  pack?: string;
};

/**
 * A question from the curator log (unanswered or 👎) that a curator dealt with in the studio, so it leaves the list.
 * Keyed by the question as the studio groups it (see studio/inbox.ts), so every asking of it is handled at once.
 */
export type HandledRecord = {
  key: string;
  /** What the curator did: added it as an alternate, recorded a not-stated detail, or dismissed it. */
  action: 'alternate' | 'not_stated' | 'dismissed';
  /** The briefing and entry (or not-stated detail) the fix went into; null for a dismissal. */
  pack: string | null;
  target: string | null;
  at: string; // ISO timestamp
};

export type ActivityRecord = {
  at: string; // ISO timestamp
  answered: boolean;
  entryId: string | null;
  tags: string[];
};

/** One question the bot answered in a conversation (a channel thread, a DM), for reading the next one as a follow-up. */
export type ConversationTurn = {
  question: string;
  /** The question as it reads on its own, pronouns spelled out (see conversation/resolve-follow-up.ts). */
  standalone: string;
  entryId: string | null;
  answered: boolean;
  /** The briefing that answered: a follow-up is read with that briefing's names and tried there first. */
  pack?: string | null;
  /** Who asked: in a thread, only they follow up without mentioning the bot. */
  userId: string;
  at: string; // ISO timestamp
};

/**
 * A request from Slack that was acknowledged and not yet answered (a mention, a DM, a /brief). Kept until the
 * answer is out, so a crash (kill -9, a lost dyno) does not lose it: whoever takes it next answers it.
 */
export type PendingWork = {
  /** The claim key: event:<event_id> or command:<trigger_id>. */
  id: string;
  /** The request body as Bolt read it, as JSON. */
  body: string;
  receivedAt: number; // ms since the epoch
  /** How many times it has been taken to be answered, the first time included. */
  attempts: number;
};

export type Store = {
  /** True the first time an id is seen within ttlSeconds, false for every repeat (Slack retries). */
  claimOnce(key: string, ttlSeconds: number): Promise<boolean>;
  /** Gives a claim up before its time (the work it guarded failed), so the next attempt is not taken for a repeat. */
  releaseClaim(key: string): Promise<void>;
  /**
   * claimOnce for a request to answer, in the same step keeping it as PendingWork leased to `owner` until
   * nowMs + leaseMs (nobody else takes it while its owner works on it). False for a repeat, and nothing is kept.
   */
  claimPending(work: ClaimPendingInput): Promise<boolean>;
  /** Extends the lease of work `owner` still has in hand; work taken by someone else meanwhile is left alone. */
  renewPending(ids: string[], owner: string, nowMs: number, leaseMs: number): Promise<void>;
  /** The work is done (answered, or given up): it is no longer pending. */
  settlePending(id: string): Promise<void>;
  /**
   * Up to `limit` pending works whose lease has run out (their owner died, or it is a fresh start), oldest first,
   * each now leased to `owner` with its attempts counted up. Each is handed to exactly one caller.
   */
  takeExpiredPending(owner: string, nowMs: number, leaseMs: number, limit: number): Promise<PendingWork[]>;
  /**
   * Sliding window: true, and the hit counted, while fewer than `limit` hits of key fall in the windowMs before
   * nowMs; false, and nothing counted, otherwise. (A fixed clock-minute window let 2 x limit through around a
   * minute boundary.)
   */
  takeRateToken(key: string, limit: number, windowMs: number, nowMs: number): Promise<boolean>;
  /** 'recorded' for a user's first vote on an answer, 'duplicate' for any later one. */
  recordFeedback(record: FeedbackRecord): Promise<'recorded' | 'duplicate'>;
  recordUnanswered(record: UnansweredRecord): Promise<void>;
  recordActivity(record: ActivityRecord): Promise<void>;
  listFeedback(): Promise<FeedbackRecord[]>;
  listUnanswered(): Promise<UnansweredRecord[]>;
  listActivity(): Promise<ActivityRecord[]>;
  /** Marks a curator-log question as dealt with (the studio); several records with one key are all kept. */
  recordHandled(record: HandledRecord): Promise<void>;
  listHandled(): Promise<HandledRecord[]>;
  /** Atomically takes a once-only slot (digest per channel per day); false when someone already holds it. */
  claimSlot(key: string): Promise<boolean>;
  releaseSlot(key: string): Promise<void>;
  /** Atomically returns the counter's current value and increments it (starts at 0). */
  nextCounter(name: string): Promise<number>;
  /** The value nextCounter would return next, without moving it (the digest preview and dry run). */
  peekCounter(name: string): Promise<number>;
  /**
   * Adds a turn to a conversation (key: channel and thread), keeping its last `keep` turns; the conversation is
   * forgotten ttlSeconds after its latest turn.
   */
  recordTurn(key: string, turn: ConversationTurn, limits: { keep: number; ttlSeconds: number }): Promise<void>;
  /** A conversation's turns, oldest first; none once it has expired. */
  listTurns(key: string): Promise<ConversationTurn[]>;
  /** A small shared setting (a channel's default briefing); undefined when unset. */
  readSetting(key: string): Promise<string | undefined>;
  /** Sets a setting, or clears it with null. */
  writeSetting(key: string, value: string | null): Promise<void>;
  close(): Promise<void>;
};

export type ClaimPendingInput = {
  id: string;
  body: string;
  owner: string;
  nowMs: number;
  leaseMs: number;
  /** How long the id stays claimed (Slack retries of it are repeats), as for claimOnce. */
  claimTtlSeconds: number;
};
