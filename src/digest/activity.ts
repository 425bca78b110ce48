import type { ActivityRecord, FeedbackRecord, UnansweredRecord } from '../store/store.js';
import { dayInZone } from './dates.js';

// Store records -> one day's numbers, counted by the day each record happened in DIGEST_TZ. Only counts of what
// was recorded: a day with nothing recorded has zero questions, and the digest says it was quiet.

export type TopicCount = { tag: string; count: number };

export type DayActivity = {
  day: string;
  questions: number;
  answered: number;
  thumbsUp: number;
  thumbsDown: number;
  /** Most asked topics (tags of the entries answered), most first, ties alphabetical. */
  topTopics: TopicCount[];
  /** How many questions the briefing did not cover that day. */
  unansweredCount: number;
  /** The latest few of them, de-duplicated, with user mentions removed. */
  unanswered: string[];
};

export type ActivityInput = {
  activity: readonly ActivityRecord[];
  feedback: readonly FeedbackRecord[];
  unanswered: readonly UnansweredRecord[];
};

export const MAX_TOPICS = 3;
export const MAX_UNANSWERED = 3;

/** One day's activity in the zone. */
export function summariseDay(records: ActivityInput, day: string, timeZone: string): DayActivity {
  const onDay = (at: string) => {
    const instant = new Date(at);
    return !Number.isNaN(instant.getTime()) && dayInZone(instant, timeZone) === day;
  };
  const asked = records.activity.filter((record) => onDay(record.at));
  const votes = records.feedback.filter((record) => onDay(record.at));
  const missed = records.unanswered.filter((record) => onDay(record.at));

  const tagCounts = new Map<string, number>();
  for (const record of asked) for (const tag of new Set(record.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  const topTopics = [...tagCounts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, MAX_TOPICS);

  const latestFirst = [...missed].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const unanswered: string[] = [];
  for (const record of latestFirst) {
    const question = anonymise(record.question);
    if (question === '' || unanswered.some((seen) => seen.toLowerCase() === question.toLowerCase())) continue;
    unanswered.push(question);
    if (unanswered.length === MAX_UNANSWERED) break;
  }

  return {
    day,
    questions: asked.length,
    answered: asked.filter((record) => record.answered).length,
    thumbsUp: votes.filter((record) => record.vote === 'up').length,
    thumbsDown: votes.filter((record) => record.vote === 'down').length,
    topTopics,
    unansweredCount: missed.length,
    unanswered,
  };
}

/**
 * The unanswered log holds no user ids, but a question's text can still mention people (<@U123>, <@U123|ana>) or
 * groups (<!subteam^S1>). The digest goes to a whole channel, so those become a neutral word.
 */
export function anonymise(question: string): string {
  return question
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, 'someone')
    .replace(/<!(?:subteam\^)?[^>]*>/gi, 'a group')
    .replace(/\s+/g, ' ')
    .trim();
}
