import type { Reply } from '../../answer/reply.js';
import { briefingDate } from '../../briefings/briefing.js';
import { renderReplyBlocks } from '../../render/blocks.js';
import { renderExplanationHtml } from '../explanation-html.js';
import type { AskResult, ChartPreview } from '../pages/ask-page.js';
import { renderBlocksHtml } from '../render-blocks-html.js';
import type { StudioBriefing } from '../studio-briefings.js';
import type { StudioDeps } from '../studio-http.js';

// A question -> what the bot would post for it, rendered from the bot's own blocks, its chart, and why. The same
// options as a mention or DM reply (slack/render-outcome.ts): topics offered when nothing is answered.

const TOPICS_OFFERED = 5;

export async function previewReply(deps: StudioDeps, briefing: StudioBriefing, question: string): Promise<AskResult> {
  const { reply, explanation } = briefing.engine.explain(question);
  const message = renderReplyBlocks(reply, {
    sources: briefing.pack.meta.sources,
    // Citation lines name the briefing, as the bot's do.
    briefing: { title: briefing.pack.meta.title, date: briefingDate(briefing.pack) },
    topics: reply.answered ? [] : briefing.engine.topics(TOPICS_OFFERED),
  });
  const entryIds = new Set(briefing.pack.entries.map((e) => e.id));
  return {
    message: renderBlocksHtml(message.blocks),
    chart: await chartFor(deps, reply),
    explanation: renderExplanationHtml(explanation, (id) =>
      entryIds.has(id) ? `/briefings/${briefing.id}/entries/${id}` : undefined,
    ),
  };
}

/** The chart the bot would upload into the answer's thread (slack/chart-after-post.ts), as an inline image. */
async function chartFor(deps: StudioDeps, reply: Reply): Promise<ChartPreview | null> {
  if (!reply.answered || reply.figures.length === 0) return null;
  try {
    const chart = await deps.renderChart(reply.figures);
    if (!chart) return null;
    return { src: `data:image/png;base64,${chart.png.toString('base64')}`, alt: chart.altText, title: chart.title };
  } catch (error) {
    deps.logger.warn('could not render the chart for a preview', { entryId: reply.entryId, error });
    return null;
  }
}
