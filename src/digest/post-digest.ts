import type { webApi } from '@slack/bolt';
import type { Figure, Pack } from '../knowledge/schema.js';
import type { Logger } from '../log.js';
import { chartGroupForFigure } from '../render/chart-groups.js';
import { type RenderedChart, renderChartPng } from '../render/chart-png.js';
import { postMessage } from '../slack/send-message.js';
import {
  ANNOUNCING_COUNTER,
  announcedCounter,
  type BuiltDigest,
  briefingFigureCounter,
  buildDigest,
  type DigestSource,
  FIGURE_COUNTER,
} from './build-digest.js';
import { DIGEST_MESSAGES } from './messages.js';

// Posts one day's digest to one channel, at most once, however many instances, restarts or re-runs try.
// claim the (channel, day) slot -> build -> post -> advance the rotation -> chart in the thread.
// If the post fails the slot is released, so the next attempt (a retry, tomorrow's scheduler) can post it.

export type ChartUpload = { channel: string; threadTs: string; chart: RenderedChart };

export type PostDigestOptions = DigestSource & {
  client: webApi.WebClient;
  channel: string;
  day: string;
  logger: Logger;
  /** Injected in tests; renders the figure's chart group by default. */
  renderChart?: (figures: readonly Figure[]) => Promise<RenderedChart | null>;
  /** Injected in tests; files.uploadV2 into the digest's thread by default. */
  uploadChart?: (upload: ChartUpload) => Promise<void>;
};

export type PostDigestResult = { status: 'posted'; ts: string } | { status: 'already_posted' };

export function digestSlotKey(channel: string, day: string): string {
  return `digest:${channel}:${day}`;
}

export async function postDigest(options: PostDigestOptions): Promise<PostDigestResult> {
  const { store, client, channel, day, logger } = options;
  const slot = digestSlotKey(channel, day);
  if (!(await store.claimSlot(slot))) {
    logger.info('the digest for this day was already posted; nothing to do', { channel, day });
    return { status: 'already_posted' };
  }

  let ts: string;
  let built: BuiltDigest;
  try {
    built = await buildDigest(options, day);
    const posted = await postMessage(client, { channel }, built.message);
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    ts = posted.ts;
  } catch (error) {
    await store
      .releaseSlot(slot)
      .catch((inner: unknown) =>
        logger.error('could not release the digest slot; it will not be retried today', { slot, error: inner }),
      );
    throw error;
  }
  const { figure, announced } = built;
  logger.info('posted the digest', { channel, day, ts, figure: figure?.figure.id, announced });

  // After the post, not before: a failed post must not use up a figure or an announcement. Only the holder of
  // today's slot gets here.
  const advance = [FIGURE_COUNTER, ANNOUNCING_COUNTER, ...(figure ? [briefingFigureCounter(figure.pack.meta.id)] : [])];
  for (const counter of [...advance, ...announced.map(announcedCounter)])
    await store
      .nextCounter(counter)
      .catch((error: unknown) =>
        logger.warn('could not advance a digest counter; the next digest repeats what it counts', { counter, error }),
      );
  if (figure) await attachChart(options, figure.pack, figure.figure, ts);
  return { status: 'posted', ts };
}

/** The chart goes into the digest's thread. Any failure is logged: the digest itself is already out. */
async function attachChart(options: PostDigestOptions, pack: Pack, figure: Figure, threadTs: string): Promise<void> {
  const { client, channel, logger } = options;
  const group = chartGroupForFigure(pack, figure.id);
  if (!group) return;
  try {
    const chart = await (options.renderChart ?? renderChartPng)(group.figures);
    if (!chart) return;
    const upload = options.uploadChart ?? ((input: ChartUpload) => uploadToThread(client, input));
    await upload({ channel, threadTs, chart });
  } catch (error) {
    logger.warn('could not attach the chart to the digest', { channel, figure: figure.id, error });
  }
}

async function uploadToThread(client: webApi.WebClient, { channel, threadTs, chart }: ChartUpload): Promise<void> {
  await client.files.uploadV2({
    channel_id: channel,
    thread_ts: threadTs,
    file: chart.png,
    filename: 'figure-of-the-day.png',
    title: chart.title,
    alt_text: chart.altText,
    initial_comment: DIGEST_MESSAGES.chartComment(chart.title),
  });
}
