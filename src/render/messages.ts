import { escapeMrkdwn, truncate } from './escape.js';

// All user-facing wording outside the pack itself, in one place (as Fuse keeps errorMessages.ts).

export const MAX_QUESTION_LENGTH = 2000;

/** How much of a topic the user typed is said back to them: enough to recognise it, never a message of its own. */
export const ECHO_LIMIT = 200;

/** User text said back in a message: on one line, cut with an ellipsis past ECHO_LIMIT, and inert (escaped). */
export function echo(text: string): string {
  return escapeMrkdwn(truncate(text.replace(/\s+/g, ' ').trim(), ECHO_LIMIT));
}

export const MESSAGES = {
  tooLong: `That question is a bit long for me: please keep it under ${MAX_QUESTION_LENGTH.toLocaleString('en-US')} characters and ask about one thing at a time.`,
  rateLimited: (perMinute: number) =>
    `You're asking faster than I can keep up (${perMinute} answers a minute). Please try again in a minute.`,
  apology: "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a moment.",
  alreadyVoted: 'You have already voted on this answer. Thanks!',
  welcome: "You're welcome! Ask me anything else about the briefings, or `/brief help` to see what I can do.",
  thanks: (userId: string) => `Thanks for the feedback, <@${escapeMrkdwn(userId)}>!`,
  entryGone: 'Sorry, I can no longer find that topic in the briefing. Try asking the question again.',
  noFacts: (topic: string) => `I have no key figures about "${echo(topic)}". Try \`/brief facts\` for all of them.`,
  notCoveredTopics: 'Here are some things I can answer:',
  hedged: "I'm not fully sure this is what you meant. If not, one of these may help:",
  alsoIn: (title: string) => `Also in: ${title}`,
  useUsage: (ids: string[]) =>
    `Tell me which briefing this channel should use first, e.g. \`/brief use ${escapeMrkdwn(ids[0] ?? 'briefing-id')}\`, or \`/brief use all\` to ask them all. \`/brief sources\` lists them.`,
  unknownBriefing: (name: string, ids: string[]) =>
    `I have no briefing called "${escapeMrkdwn(name)}". These are the ones I have: ${ids.map((id) => `\`${escapeMrkdwn(id)}\``).join(', ')}.`,
  usingBriefing: (userId: string, title: string) =>
    `<@${escapeMrkdwn(userId)}> set this channel's default briefing to *${escapeMrkdwn(title)}*: questions here try it first. \`/brief use all\` undoes it.`,
  usingAll: (userId: string) =>
    `<@${escapeMrkdwn(userId)}> cleared this channel's default briefing: questions here go to every briefing again.`,
  feedbackPrompt: 'Was this helpful?',
  shareButton: 'Share in channel',
  cannotShare:
    "Sorry, I couldn't post in this channel. If it is private, invite me first (`/invite @Briefing Bot`), then try again.",
  chartUsage: 'Tell me what to chart, e.g. `/brief chart tiktok shop gmv` or a figure id from `/brief facts`.',
  nothingToChart: (topic: string) =>
    `I have nothing to chart for "${echo(topic)}": the briefing states no figures about it that can be compared. Try \`/brief facts\` to see the figures.`,
  chartComment: (userId: string, topic: string) => `<@${escapeMrkdwn(userId)}> asked for a chart of "${echo(topic)}"`,
  chartPosted: (altText: string) => `I posted the chart in this channel. ${altText}`,
  cannotUploadChart:
    "Sorry, I couldn't upload the chart to this channel. If it is private, invite me first (`/invite @Briefing Bot`), then try again.",
} as const;
