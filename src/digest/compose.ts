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

/** A briefing served since the last digest: what it is called, what it covers, and its lead figure. */
export type ArrivedBriefing = { title: string; description: string; leadFigure: Figure | undefined };

export type DigestInput = {
  /** The day the digest is for, YYYY-MM-DD in DIGEST_TZ; activity is the day before. */
  day: string;
  /** The briefings served: one is named at the top; with several, each item names the briefing it comes from. */
  briefings: readonly Pick<Pack, 'meta'>[];
  figure: { figure: Figure; pack: Pick<Pack, 'meta'> } | undefined;
  question: { entry: QaEntry; pack: Pick<Pack, 'meta'> } | undefined;
  /** Briefings that arrived since the last digest, newest first. */
  arrived: readonly ArrivedBriefing[];
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
  description: 300,
} as const;

/** New briefings listed by name; the rest are counted, so a busy week still fits in one message. */
export const MAX_ARRIVED_LISTED = 5;

export function composeDigest(input: DigestInput): SlackMessage {
  const { day, figure, question, arrived, activity } = input;
  const several = input.briefings.length > 1;
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(DIGEST_MESSAGES.heading(formatDay(day)), DIGEST_LIMITS.headerText) },
    },
    context(aboutLine(input)),
  ];
  if (arrived.length > 0) blocks.push(...arrivedBlocks(arrived), { type: 'divider' });
  if (figure) blocks.push(...figureBlocks(figure.figure, figure.pack, several));
  if (question) blocks.push({ type: 'divider' }, ...questionBlocks(question.entry, question.pack, several));
  blocks.push({ type: 'divider' }, section(activityText(activity)));
  blocks.push(context(DIGEST_MESSAGES.helpPointer));
  return { blocks: blocks.slice(0, DIGEST_LIMITS.blocks), text: fallbackText(input) };
}

function aboutLine({ briefings }: DigestInput): string {
  if (briefings.length === 1) return DIGEST_MESSAGES.about(escapeMrkdwn(briefings[0].meta.title));
  return DIGEST_MESSAGES.aboutMany(briefings.length);
}

function arrivedBlocks(arrived: readonly ArrivedBriefing[]): Block[] {
  const listed = arrived.slice(0, MAX_ARRIVED_LISTED);
  const blocks: Block[] = [section(`*${DIGEST_MESSAGES.arrivedHeading(arrived.length)}*`)];
  for (const briefing of listed) {
    const lines = [
      `*${escapeMrkdwn(briefing.title)}*`,
      escapeMrkdwn(truncate(briefing.description, DIGEST_LIMITS.description)),
    ];
    if (briefing.leadFigure) {
      const lead = briefing.leadFigure;
      lines.push(
        `${DIGEST_MESSAGES.leadFigure} *${escapeMrkdwn(formatFigureValue(lead))}* (${escapeMrkdwn(lead.label)}) · _${escapeMrkdwn(formatAttribution(lead))}_`,
      );
    }
    blocks.push(section(lines.join('\n')));
  }
  if (arrived.length > listed.length) blocks.push(context(DIGEST_MESSAGES.moreArrived(arrived.length - listed.length)));
  return blocks;
}

function figureBlocks(figure: Figure, pack: Pick<Pack, 'meta'>, several: boolean): Block[] {
  const where = `paragraph ${figure.citation.paragraph}, ${sourceTitle(pack.meta.sources, figure.citation.source)}`;
  const from = several ? `\n${DIGEST_MESSAGES.fromBriefing(pack.meta.title)}` : '';
  return [
    section(
      [
        `*${DIGEST_MESSAGES.figureHeading}:* ${escapeMrkdwn(figure.label)}`,
        `*${escapeMrkdwn(formatFigureValue(figure))}*`,
        `${DIGEST_MESSAGES.measures} ${escapeMrkdwn(figure.subject)}`,
        `_${escapeMrkdwn(formatAttribution(figure))}_`,
      ].join('\n'),
    ),
    context(
      `> “${escapeMrkdwn(truncate(figure.citation.quote, DIGEST_LIMITS.quote))}”\n— ${escapeMrkdwn(where)}${escapeMrkdwn(from)}`,
    ),
  ];
}

function questionBlocks(entry: QaEntry, pack: Pick<Pack, 'meta'>, several: boolean): Block[] {
  const blocks = [
    section(
      `*${DIGEST_MESSAGES.questionHeading}:* ${escapeMrkdwn(entry.question)}\n${escapeMrkdwn(truncate(entry.answer, DIGEST_LIMITS.answer))}`,
    ),
  ];
  if (several) blocks.push(context(escapeMrkdwn(DIGEST_MESSAGES.fromBriefing(pack.meta.title))));
  return blocks;
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
function fallbackText(input: DigestInput): string {
  const { day, figure, question, arrived, activity } = input;
  const parts = [DIGEST_MESSAGES.heading(formatDay(day)), aboutLine(input)];
  if (arrived.length > 0)
    parts.push(`${DIGEST_MESSAGES.arrivedHeading(arrived.length)}: ${arrived.map((b) => b.title).join('; ')}.`);
  if (figure) {
    const { figure: f } = figure;
    parts.push(`${DIGEST_MESSAGES.figureHeading}: ${f.label}: ${formatFigureValue(f)} (${formatAttribution(f)}).`);
  }
  if (question) parts.push(`${DIGEST_MESSAGES.questionHeading}: ${question.entry.question}`);
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
