// All wording of the digest, in one place (as render/messages.ts holds the answers' wording).

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

export const DIGEST_MESSAGES = {
  heading: (day: string) => `Daily briefing · ${day}`,
  about: (packTitle: string) => `From the briefing: ${packTitle}`,
  aboutMany: (count: number) => `From the ${count} briefings I answer from (\`/brief sources\` lists them)`,
  fromBriefing: (title: string) => `From the briefing: ${title}`,
  arrivedHeading: (count: number) =>
    count === 1 ? 'New briefing since the last digest' : `${count} new briefings since the last digest`,
  leadFigure: 'Lead figure:',
  moreArrived: (count: number) => `…and ${plural(count, 'more', 'more')}: \`/brief sources\` lists every briefing.`,
  figureHeading: 'Figure of the day',
  measures: 'What it measures:',
  questionHeading: 'Question of the day',
  activityHeading: 'Yesterday',
  quietDay: '*Yesterday* was quiet: nobody asked me anything.',
  asked: (questions: number, answered: number) =>
    `${plural(questions, 'question', 'questions')} asked, ${answered.toLocaleString('en-US')} answered (${Math.round((answered / Math.max(questions, 1)) * 100)}%).`,
  votes: (up: number, down: number) =>
    `Feedback: 👍 ${up.toLocaleString('en-US')} · 👎 ${down.toLocaleString('en-US')}`,
  topTopics: 'Most asked about:',
  waiting: (count: number) =>
    `${plural(count, 'question', 'questions')} the briefing did not cover, waiting for a curator:`,
  helpPointer: 'Ask me anything about the briefing: mention me, send me a DM, or try `/brief help`.',
  chartComment: (title: string) => `Chart for the figure of the day: ${title}`,
  disabled: 'digest disabled: DIGEST_CHANNEL is not set',
} as const;
