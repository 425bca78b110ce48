import type { Figure, Pack, QaEntry } from '../knowledge/schema.js';
import type { Block, SlackMessage } from '../render/blocks.js';
import { escapeMrkdwn, truncate } from '../render/escape.js';
import { formatAttribution, formatFigureValue, sourceTitle } from '../render/figure.js';
import type { DayActivity } from './activity.js';
import { formatDay } from './dates.js';
import { DIGEST_MESSAGES } from './messages.js';

// The day's digest as Block Kit plus a plain fallback. Pure: the caller picks the figure and question and counts
// the activity; this only lays them out. Every number shown is either the pack's own (verbatim) or a count of
// recorded activity, and Block Kit's limits are respected whatever the pack or the users typed.

export type DigestInput = {
  pack: Pick<Pack, 'meta'>;
  /** The day the digest is for, YYYY-MM-DD in DIGEST_TZ; activity is the day before. */
  day: string;
  figure: Figure | undefined;
  question: QaEntry | undefined;
  activity: DayActivity;
};

export const DIGEST_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 3000,
  fallbackText: 3000,
  answer: 1200,
  quote: 1000,
  unansweredQuestion: 200,
} as const;

export function composeDigest(input: DigestInput): SlackMessage {
  const { pack, day, figure, question, activity } = input;
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(DIGEST_MESSAGES.heading(formatDay(day)), DIGEST_LIMITS.headerText) },
    },
    context(DIGEST_MESSAGES.about(escapeMrkdwn(pack.meta.title))),
  ];
  if (figure) blocks.push(...figureBlocks(figure, pack));
  if (question) blocks.push({ type: 'divider' }, ...questionBlocks(question));
  blocks.push({ type: 'divider' }, section(activityText(activity)));
  blocks.push(context(DIGEST_MESSAGES.helpPointer));
  return { blocks: blocks.slice(0, DIGEST_LIMITS.blocks), text: fallbackText(input) };
}

function figureBlocks(figure: Figure, pack: Pick<Pack, 'meta'>): Block[] {
  const where = `paragraph ${figure.citation.paragraph}, ${sourceTitle(pack.meta.sources, figure.citation.source)}`;
  return [
    section(
      [
        `*${DIGEST_MESSAGES.figureHeading}:* ${escapeMrkdwn(figure.label)}`,
        `*${escapeMrkdwn(formatFigureValue(figure))}*`,
        `${DIGEST_MESSAGES.measures} ${escapeMrkdwn(figure.subject)}`,
        `_${escapeMrkdwn(formatAttribution(figure))}_`,
      ].join('\n'),
    ),
    context(`> “${escapeMrkdwn(truncate(figure.citation.quote, DIGEST_LIMITS.quote))}”\n— ${escapeMrkdwn(where)}`),
  ];
}

function questionBlocks(entry: QaEntry): Block[] {
  return [
    section(
      `*${DIGEST_MESSAGES.questionHeading}:* ${escapeMrkdwn(entry.question)}\n${escapeMrkdwn(truncate(entry.answer, DIGEST_LIMITS.answer))}`,
    ),
  ];
}

function activityText(activity: DayActivity): string {
  if (activity.questions === 0 && activity.thumbsUp + activity.thumbsDown === 0) return DIGEST_MESSAGES.quietDay;
  const lines = [`*${DIGEST_MESSAGES.activityHeading}*`];
  lines.push(DIGEST_MESSAGES.asked(activity.questions, activity.answered));
  lines.push(DIGEST_MESSAGES.votes(activity.thumbsUp, activity.thumbsDown));
  if (activity.topTopics.length > 0) {
    const topics = activity.topTopics.map((t) => `${escapeMrkdwn(t.tag.replace(/-/g, ' '))} (${t.count})`);
    lines.push(`${DIGEST_MESSAGES.topTopics} ${topics.join(', ')}`);
  }
  if (activity.unanswered.length > 0) {
    lines.push(DIGEST_MESSAGES.waiting(activity.unansweredCount));
    for (const question of activity.unanswered) {
      lines.push(`• ${escapeMrkdwn(truncate(question, DIGEST_LIMITS.unansweredQuestion))}`);
    }
  }
  return lines.join('\n');
}

/** The notification and screen-reader text: the same content, in plain sentences. */
function fallbackText({ pack, day, figure, question, activity }: DigestInput): string {
  const parts = [DIGEST_MESSAGES.heading(formatDay(day)), DIGEST_MESSAGES.about(pack.meta.title)];
  if (figure) {
    parts.push(
      `${DIGEST_MESSAGES.figureHeading}: ${figure.label}: ${formatFigureValue(figure)} (${formatAttribution(figure)}).`,
    );
  }
  if (question) parts.push(`${DIGEST_MESSAGES.questionHeading}: ${question.question}`);
  parts.push(
    activity.questions === 0 && activity.thumbsUp + activity.thumbsDown === 0
      ? DIGEST_MESSAGES.quietDay
      : DIGEST_MESSAGES.asked(activity.questions, activity.answered),
  );
  return truncate(escapeMrkdwn(parts.join('\n')), DIGEST_LIMITS.fallbackText);
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, DIGEST_LIMITS.sectionText) } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, DIGEST_LIMITS.contextText) }] };
}
