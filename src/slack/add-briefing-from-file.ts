import type { webApi } from '@slack/bolt';
import { freeBriefingId } from '../briefings/briefing-store.js';
import { dayInZone } from '../digest/dates.js';
import { draftOffThread } from '../ingest/draft-off-thread.js';
import { fileTypeByName, isPlainPage } from '../ingest/file-type.js';
import { MAX_FILE_BYTES, readErrors } from '../ingest/read-errors.js';
import { renderNoticeBlocks, type SlackMessage } from '../render/blocks.js';
import { renderBriefingAdded } from '../render/briefing-added.js';
import { CURATING_MESSAGES } from '../render/curating-messages.js';
import { MESSAGES } from '../render/messages.js';
import { closeAddWindow, isAddWindowOpen } from './add-window.js';
import { hasCurators, isCurator } from './curators.js';
import type { BotDeps, Curating } from './deps.js';
import { downloadSlackFile } from './download-file.js';
import { postAnswer } from './post-answer.js';

// A file shared with the bot becomes a briefing: in a DM with the bot, or in a channel right after the curator ran
// `/brief add` there. Slack announces one share twice (a message with subtype file_share, and a file_shared event,
// each with its own event id), so the file is claimed once in the store and whichever arrives first does the work.
//
// Only curators get this far: anyone else's file is never looked up or downloaded. Then: files.info (name, size and
// the private URL), the size and type checked before downloading, the download with the bot token, drafting with
// the same draftBriefing as kb:new (so a bad file gets kb:new's one-line reason), on a thread of its own so that
// everyone else's questions are answered meanwhile, and the briefing store, which
// checks the draft with the pack loader, keeps it and serves it before the curator hears back.

export type SharedFile = {
  fileId: string;
  userId: string;
  channel: string;
  /** The message carrying the file, when the event says (a message event does; file_shared does not). */
  messageTs?: string;
  /** The thread it was shared in, if any. */
  threadTs?: string;
};

/**
 * The second announcement of a share arrives within moments of the first (Slack's retries of either are already
 * caught by event id), so a minute covers it while letting a curator share the same file again soon after.
 */
const FILE_CLAIM_TTL_SECONDS = 60;

type SlackFile = NonNullable<webApi.FilesInfoResponse['file']>;

export async function addBriefingFromFile(
  client: webApi.WebClient,
  deps: BotDeps,
  token: string | undefined,
  shared: SharedFile,
): Promise<void> {
  const inDm = shared.channel.startsWith('D');
  const claim = () => deps.store.claimOnce(`briefing-file:${shared.fileId}:${shared.channel}`, FILE_CLAIM_TTL_SECONDS);
  // In a DM the reply goes where the file was (its thread, if any); in a channel, into the thread of the file's message.
  let thread = inDm ? shared.threadTs : (shared.threadTs ?? shared.messageTs);
  const say = (message: SlackMessage) =>
    postAnswer(client, deps, { channel: shared.channel, threadTs: thread }, message);
  const notice = (text: string) => say(renderNoticeBlocks(text));

  if (!isCurator(deps, shared.userId) || !deps.curating) {
    // In a channel a file is just conversation; in the bot's DM the person is told, once, that nothing was kept.
    if (inDm && (await claim())) await notice(CURATING_MESSAGES.notCurator(hasCurators(deps)));
    return;
  }
  if (!inDm && !(await isAddWindowOpen(deps.store, shared.channel, shared.userId, deps.nowMs()))) return;
  if (!(await claim())) return;
  if (!inDm)
    await closeAddWindow(deps.store, shared.channel, shared.userId).catch((error: unknown) =>
      deps.logger.warn('could not close the /brief add window', { channel: shared.channel, error }),
    );

  try {
    const started = performance.now();
    const info = await lookUpFile(client, shared.fileId);
    if (!info.ok) {
      await notice(info.message);
      return;
    }
    if (!inDm) thread ??= shareTs(info.file, shared.channel);
    const added = await draftAndKeep(deps, deps.curating, token, info.file, shared.userId);
    if (!added.ok) {
      deps.logger.info('a shared file did not become a briefing', { file: shared.fileId, reason: added.reason });
      await notice(added.reason);
      return;
    }
    deps.logger.info('briefing added from a shared file', {
      pack: added.id,
      file: shared.fileId,
      ms: Math.round(performance.now() - started),
    });
    await say(added.message);
  } catch (error) {
    deps.logger.error('could not make a briefing of a shared file', { error, file: shared.fileId });
    await notice(MESSAGES.apology).catch((inner: unknown) =>
      deps.logger.error('could not post the apology', { error: inner }),
    );
  }
}

async function lookUpFile(
  client: webApi.WebClient,
  fileId: string,
): Promise<{ ok: true; file: SlackFile } | { ok: false; message: string }> {
  try {
    const result = await client.files.info({ file: fileId });
    if (result.file) return { ok: true, file: result.file };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === 'missing_scope' || code === 'not_allowed_token_type')
      return { ok: false, message: CURATING_MESSAGES.missingScope };
    if (code !== 'file_not_found') throw error;
  }
  return { ok: false, message: CURATING_MESSAGES.fileNotFound(fileId) };
}

type Kept = { ok: true; id: string; message: SlackMessage } | { ok: false; reason: string };

async function draftAndKeep(
  deps: BotDeps,
  curating: Curating,
  token: string | undefined,
  file: SlackFile,
  userId: string,
): Promise<Kept> {
  const name = file.name || file.title || `${file.id ?? 'file'}.${file.filetype ?? ''}`;
  const notAdded = (reason: string): Kept => ({ ok: false, reason: CURATING_MESSAGES.notAdded(reason) });
  // Refused before a byte is downloaded, in kb:new's words.
  if (!fileTypeByName(name)) {
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
    return notAdded(readErrors.unsupported(name, extension).message);
  }
  if ((file.size ?? 0) > MAX_FILE_BYTES) return notAdded(readErrors.tooLarge(name, file.size ?? 0).message);
  const url = file.url_private_download ?? file.url_private;
  if (!url || !token) return notAdded(CURATING_MESSAGES.downloadFailed(name, 'Slack gave no address for it'));

  const downloaded = await downloadSlackFile(url, token, MAX_FILE_BYTES);
  if (!downloaded.ok)
    return notAdded(
      CURATING_MESSAGES.downloadFailed(
        name,
        downloaded.reason === 'too_large'
          ? `it is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`
          : downloaded.detail,
      ),
    );
  // Without files:read Slack answers url_private with its sign-in page rather than an error.
  // A page saved as one file (.mhtml, .webarchive) is no text/html either.
  if (downloaded.contentType?.startsWith('text/html') && !isPlainPage(name))
    return notAdded(CURATING_MESSAGES.signInPage(name));

  const today = dayInZone(new Date(deps.nowMs()), deps.digestTimeZone);
  let drafted = await draftOffThread(downloaded.bytes, name, { today });
  if (!drafted.ok) return notAdded(drafted.error.message);
  // A briefing already there is never replaced: a taken id gets a number (drafting again writes it everywhere).
  const wanted = drafted.value.id;
  const id = await freeBriefingId(curating.store, wanted);
  if (id !== wanted) {
    drafted = await draftOffThread(downloaded.bytes, name, { today, id });
    if (!drafted.ok) return notAdded(drafted.error.message);
  }
  const at = new Date(deps.nowMs()).toISOString();
  const kept = await curating.store.add(drafted.value, { userId, fileName: name, at });
  if (!kept.ok) return notAdded(kept.error.message);
  const { summary, page } = drafted.value;
  return {
    ok: true,
    id,
    message: renderBriefingAdded({
      summary,
      page,
      fileName: name,
      keptIn: kept.keptIn,
      renamed: id !== wanted ? CURATING_MESSAGES.renamed(wanted, id) : undefined,
    }),
  };
}

/** The ts of the message that shared the file in this channel, from files.info (file_shared events do not say). */
function shareTs(file: SlackFile, channel: string): string | undefined {
  const share = file.shares?.public?.[channel]?.[0] ?? file.shares?.private?.[channel]?.[0];
  return share?.thread_ts ?? share?.ts;
}
