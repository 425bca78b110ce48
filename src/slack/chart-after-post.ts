import type { Logger } from '../log.js';
import type { AfterPostHook, RenderChart } from './deps.js';
import { uploadChart } from './upload-chart.js';

// After an answer is posted, its figures (when they form a chart) go into the answer's thread as a PNG.
// The text answer is already out by then, so a failed render or upload is logged and never retried or surfaced:
// a missing chart is a lesser harm than a second apology under a good answer.

export type ChartAfterPostOptions = {
  renderChart: RenderChart;
  logger: Logger;
};

export function createChartAfterPost({ renderChart, logger }: ChartAfterPostOptions): AfterPostHook {
  return async ({ client, channel, threadTs, ts, reply }) => {
    if (!reply?.answered || reply.figures.length === 0) return;
    const thread = threadTs ?? ts;
    const context = { channel, threadTs: thread, entryId: reply.entryId };
    let chart: Awaited<ReturnType<RenderChart>>;
    try {
      chart = await renderChart(reply.figures);
    } catch (error) {
      logger.warn('could not render the chart for an answer; the answer went out without it', { ...context, error });
      return;
    }
    if (!chart) return;
    try {
      await uploadChart(client, { channel, threadTs: thread }, chart);
      logger.info('uploaded the chart for an answer', { ...context, chart: chart.key, bytes: chart.png.length });
    } catch (error) {
      logger.warn('could not upload the chart for an answer; the answer went out without it', { ...context, error });
    }
  };
}
