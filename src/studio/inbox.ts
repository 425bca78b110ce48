import type { FeedbackRecord, HandledRecord, UnansweredRecord } from '../store/store.js';

// The curator's list: questions the bot declined (the unanswered log) and questions whose answer got a 👎, grouped by
// question (asked three times = one item), newest first, without those a curator already handled. Pure.

export type InboxItem = {
  /** What a HandledRecord names to take it off the list. */
  key: string;
  /** As last asked; null for a 👎 recorded before votes kept their question. */
  question: string | null;
  unanswered: number;
  thumbsDown: number;
  lastAt: string;
  /** The briefing the records name, when they do. */
  pack: string | null;
  /** For 👎: the entries that were answered with. */
  votedEntries: string[];
};

/** Questions that differ only in case, spacing or closing punctuation are one item. */
export function questionKey(question: string): string {
  return `q:${question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?？!！.。]+$/u, '')}`;
}

export function buildInbox(
  unanswered: readonly UnansweredRecord[],
  feedback: readonly FeedbackRecord[],
  handled: readonly HandledRecord[],
): InboxItem[] {
  const done = new Set(handled.map((h) => h.key));
  const items = new Map<string, InboxItem>();
  const add = (key: string, question: string | null, at: string, pack: string | undefined) => {
    let item = items.get(key);
    if (!item) {
      item = { key, question, unanswered: 0, thumbsDown: 0, lastAt: at, pack: pack ?? null, votedEntries: [] };
      items.set(key, item);
    }
    if (at >= item.lastAt) {
      item.lastAt = at;
      if (question !== null) item.question = question;
    }
    if (pack && !item.pack) item.pack = pack;
    return item;
  };
  for (const record of unanswered) {
    if (record.question.trim() === '') continue;
    add(questionKey(record.question), record.question, record.at, record.pack).unanswered += 1;
  }
  for (const record of feedback) {
    if (record.vote !== 'down') continue;
    const question = record.question?.trim() ? record.question : null;
    const item = add(question ? questionKey(question) : `vote:${record.answerKey}`, question, record.at, record.pack);
    item.thumbsDown += 1;
    if (record.entryId && !item.votedEntries.includes(record.entryId)) item.votedEntries.push(record.entryId);
  }
  return [...items.values()].filter((item) => !done.has(item.key)).sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}
