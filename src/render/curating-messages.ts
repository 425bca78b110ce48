import { escapeMrkdwn } from './escape.js';

// Everything the bot says to people adding or removing briefings from Slack, in one place (as messages.ts holds the
// answers' wording). Reasons from the reader (ingest/read-errors.ts) and the briefing stores come in already worded;
// notAdded escapes whatever reason it is given, so the reasons it takes are written plain.

export const PENDING_ADD_MINUTES = 5;

export const CURATING_MESSAGES = {
  notCurator: (anyCurators: boolean) =>
    anyCurators
      ? "Thanks! Only curators can add briefings, so I haven't opened or kept that file: ask one of them to share it with me. I'm happy to answer questions about the briefings I have."
      : "Thanks! Adding briefings from Slack is switched off here (no curators are set up), so I haven't opened or kept that file. I'm happy to answer questions about the briefings I have.",
  notCuratorCommand: (anyCurators: boolean) =>
    anyCurators
      ? 'Only curators can add or remove briefings. Ask one of them, or ask me anything about the briefings I have.'
      : 'Adding and removing briefings from Slack is switched off here: no curators are set up (`CURATORS`, see docs/deploying.md).',
  addPrompt: (maxMegabytes: number) =>
    `Share the article here within ${PENDING_ADD_MINUTES} minutes (drag the file into this conversation) and I'll make a briefing of it: a web page saved from the browser (.html, .mhtml or Safari's .webarchive), .pdf, .docx, .txt or .md, up to ${maxMegabytes} MB. I only see files in channels I'm in (\`/invite @Briefing Bot\`); you can also send the file to me in a direct message, any time.`,
  notAdded: (reason: string) => `Nothing was added: ${escapeMrkdwn(reason)}`,
  missingScope:
    "I can't open files yet: the app lacks the `files:read` permission. An admin adds it and reinstalls the app (docs/deploying.md); then share the file again.",
  fileNotFound: (fileId: string) =>
    `Slack could not find that file (${escapeMrkdwn(fileId)}) for me; it may have been deleted. Please share it again.`,
  downloadFailed: (name: string, detail: string) => `I couldn't download ${name} from Slack (${detail}).`,
  signInPage: (name: string) =>
    `Slack sent me a sign-in page instead of ${name}, which usually means the app lacks the \`files:read\` permission: an admin adds it and reinstalls the app (docs/deploying.md).`,
  renamed: (taken: string, id: string) =>
    `A briefing with the id \`${escapeMrkdwn(taken)}\` was already there, so this one is \`${escapeMrkdwn(id)}\`; nothing was replaced.`,
  removeUsage:
    'Tell me which briefing to take down: `/brief remove <briefing>` (its id or title; `/brief sources` lists them).',
  removed: (userId: string, title: string, id: string) =>
    `<@${escapeMrkdwn(userId)}> took down the briefing *${escapeMrkdwn(title)}* (\`${escapeMrkdwn(id)}\`): I no longer answer from it.`,
  removedFiles: (filesNow: string) =>
    filesNow.startsWith('deleted')
      ? `Its files were ${escapeMrkdwn(filesNow)}.`
      : `Its folder was moved to \`${escapeMrkdwn(filesNow)}\`; move it back to serve it again.`,
  cannotRemove: (title: string, reason: string) =>
    `I couldn't take down *${escapeMrkdwn(title)}*: ${escapeMrkdwn(reason)}.`,
} as const;
