import type { webApi } from '@slack/bolt';
import type { RenderedChart } from '../render/chart-png.js';

// The one place a chart PNG goes to Slack. files.uploadV2 makes three calls (files.getUploadURLExternal, a POST of
// the bytes to the returned upload_url, files.completeUploadExternal); the client only shares the file into a
// thread when channel_id is set, and sends alt_text with the first call, so both are always passed here.

export type ChartUploadTarget = {
  channel: string;
  /** Thread to upload into; the channel itself when absent. */
  threadTs?: string;
  /** Message posted with the file (e.g. who asked for it). */
  initialComment?: string;
};

export async function uploadChart(
  client: webApi.WebClient,
  target: ChartUploadTarget,
  chart: RenderedChart,
): Promise<void> {
  const file = {
    file: chart.png,
    filename: 'chart.png',
    title: chart.title,
    alt_text: chart.altText,
    initial_comment: target.initialComment,
  };
  // The client's types require thread_ts to be a string when given, so a channel upload leaves it out entirely.
  await client.files.uploadV2(
    target.threadTs === undefined
      ? { ...file, channel_id: target.channel }
      : { ...file, channel_id: target.channel, thread_ts: target.threadTs },
  );
}
