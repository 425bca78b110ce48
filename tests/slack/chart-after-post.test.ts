import { describe, expect, it, vi } from 'vitest';
import type { RenderedChart } from '../../src/render/chart-png.js';
import { createChartAfterPost } from '../../src/slack/chart-after-post.js';
import type { PostedMessage } from '../../src/slack/deps.js';
import { ANSWERED } from '../fixtures/replies.js';
import { fakeDeps } from './helpers.js';

// The hook runs after the text answer is out, so every failure must end in a log line, never an exception.

const CHART = { png: Buffer.from('png'), title: 'TikTok Shop GMV', altText: 'Bar chart', key: 'k' } as RenderedChart;

function buildPosted(overrides: Partial<PostedMessage> = {}) {
  const uploadV2 = vi.fn(async (_args: Record<string, unknown>) => ({ ok: true }));
  const posted = {
    client: { files: { uploadV2 } },
    channel: 'C1',
    ts: '2.0',
    threadTs: '1.0',
    reply: ANSWERED,
    ...overrides,
  } as unknown as PostedMessage;
  return { posted, uploadV2 };
}

describe('The chart after-post hook', () => {
  it('uploads the chart of an answer with figures into the answer thread', async () => {
    const deps = fakeDeps();
    const { posted, uploadV2 } = buildPosted();
    await createChartAfterPost({ renderChart: async () => CHART, logger: deps.logger })(posted);
    expect(uploadV2).toHaveBeenCalledWith(
      expect.objectContaining({ channel_id: 'C1', thread_ts: '1.0', filename: 'chart.png', alt_text: 'Bar chart' }),
    );
  });

  it('renders nothing for a notice (no reply) or a reply without figures', async () => {
    const deps = fakeDeps();
    const renderChart = vi.fn(async () => CHART);
    const hook = createChartAfterPost({ renderChart, logger: deps.logger });
    await hook(buildPosted({ reply: undefined }).posted);
    await hook(buildPosted({ reply: { ...ANSWERED, figures: [] } }).posted);
    expect(renderChart).not.toHaveBeenCalled();
  });

  it('logs a warning, and does not throw, when the upload fails', async () => {
    const deps = fakeDeps();
    const { posted, uploadV2 } = buildPosted();
    uploadV2.mockRejectedValue(new Error('not_in_channel'));
    await expect(
      createChartAfterPost({ renderChart: async () => CHART, logger: deps.logger })(posted),
    ).resolves.toBeUndefined();
    const line = deps.logLines.find((l) => l.includes('could not upload the chart'));
    expect(line).toContain('not_in_channel');
    expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 'warn', channel: 'C1', threadTs: '1.0' });
  });
});
