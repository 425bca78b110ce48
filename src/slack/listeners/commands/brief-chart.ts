import type { Figure } from '../../../knowledge/schema.js';
import { chartGroupForFigure } from '../../../render/chart-groups.js';
import { renderChartPng } from '../../../render/chart-png.js';
import { MESSAGES } from '../../../render/messages.js';
import { readChannelBriefing } from '../../channel-briefing.js';
import type { BotDeps } from '../../deps.js';
import { uploadChart } from '../../upload-chart.js';
import type { SubcommandInput } from './subcommand.js';

/** `/brief chart <topic or figure id>`: uploads the chart to the channel, and tells the asker (privately) what it shows. */
export async function briefChartCallback({ rest, command, respond, client, deps }: SubcommandInput): Promise<void> {
  const topic = rest.trim();
  if (topic === '') {
    await respond({ response_type: 'ephemeral', text: MESSAGES.chartUsage });
    return;
  }
  const figures = await figuresForTopic(deps, topic, command.channel_id);
  const chart = figures.length > 0 ? await (deps.renderChart ?? renderChartPng)(figures) : null;
  if (!chart) {
    await respond({ response_type: 'ephemeral', text: MESSAGES.nothingToChart(topic) });
    return;
  }
  try {
    await uploadChart(
      client,
      { channel: command.channel_id, initialComment: MESSAGES.chartComment(command.user_id, topic) },
      chart,
    );
  } catch (error) {
    // Usually the bot is not in the channel (private channel, DM with someone else): say so, not "try again".
    deps.logger.warn('could not upload a /brief chart', { channel: command.channel_id, topic, error });
    await respond({ response_type: 'ephemeral', text: MESSAGES.cannotUploadChart });
    return;
  }
  await respond({ response_type: 'ephemeral', text: MESSAGES.chartPosted(chart.altText) });
}

/**
 * A figure id charts its group (as the digest does), in the channel's default briefing first; anything else charts the
 * figures of the answer to the topic, routed like a question.
 */
async function figuresForTopic(deps: BotDeps, topic: string, channel: string): Promise<readonly Figure[]> {
  const catalogue = deps.briefings.current();
  const prefer = await readChannelBriefing(deps.store, channel);
  const preferred = prefer ? catalogue.get(prefer) : undefined;
  for (const { pack } of preferred ? [preferred, ...catalogue.briefings] : catalogue.briefings) {
    const figure = pack.figures.find((f) => f.id.toLowerCase() === topic.toLowerCase());
    if (figure) return chartGroupForFigure(pack, figure.id)?.figures ?? [figure];
  }
  const { reply } = await deps.answerQuestion({ text: topic, prefer });
  return reply.answered ? reply.figures : [];
}
