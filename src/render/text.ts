import type { Reply } from '../answer/reply.js';
import type { Source } from '../knowledge/schema.js';
import type { BriefingLabel, RenderableReply } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';
import { citedFrom, formatAttribution, formatFigureValue } from './figure.js';

// Reply -> plain text, for the terminal (cli/ask.ts) and, escaped, as Slack's notification fallback.

export function renderText(
  reply: RenderableReply,
  sources: Pick<Source, 'id' | 'title'>[] = [],
  briefing?: BriefingLabel,
): string {
  const lines = [reply.answer];
  if (reply.reason === 'hedged') lines.push('', '(Not fully sure this is what you meant.)');
  if (reply.figures.length > 0) {
    lines.push('', 'Figures:');
    for (const figure of reply.figures) {
      lines.push(`- ${figure.label}: ${formatFigureValue(figure)} (${formatAttribution(figure)})`);
    }
  }
  if (reply.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const citation of reply.citations) {
      lines.push(`- "${citation.quote}" (${citedFrom(citation, sources, briefing)})`);
    }
  }
  if (reply.answered && reply.alsoIn && reply.alsoIn.length > 0) {
    lines.push('', 'Also answered in:');
    for (const offer of reply.alsoIn) lines.push(`- ${offer.title} (${offer.pack}): ${offer.question}`);
  }
  if (reply.reason === 'which_briefing') {
    lines.push('', 'Briefings (ask again with --pack <id>):');
    for (const suggestion of reply.suggestions) lines.push(`- ${suggestion.question} (${suggestion.pack ?? ''})`);
  } else if (reply.suggestions.length > 0) {
    lines.push('', reply.answered ? 'Did you mean:' : 'Topics I can answer:');
    for (const suggestion of reply.suggestions) lines.push(`- ${suggestion.question}`);
  }
  return lines.join('\n');
}

/** The `text` Slack shows in notifications and where blocks cannot render: the answer alone, escaped. */
export function renderFallbackText(reply: Pick<Reply, 'answer'>): string {
  return escapeMrkdwn(truncate(reply.answer, 3000));
}
