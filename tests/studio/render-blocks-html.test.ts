import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadPack } from '../../src/knowledge/load.js';
import { renderReplyBlocks } from '../../src/render/blocks.js';
import { renderBlocksHtml } from '../../src/studio/render-blocks-html.js';
import { ACME_PACK } from '../helpers/pack-copy.js';

// The preview is made from the bot's own blocks: whatever render/blocks.ts posts for a reply is what the page shows.

let engine: Engine;
beforeAll(async () => {
  const loaded = await loadPack(ACME_PACK);
  if (!loaded.ok) throw new Error(loaded.report);
  engine = createEngine(loaded.value, { threshold: 0.4 });
});

const preview = (question: string) => {
  const reply = engine.answer(question);
  const message = renderReplyBlocks(reply, { sources: engine.pack.meta.sources, topics: engine.topics(5) });
  return { reply, html: renderBlocksHtml(message.blocks).toString() };
};

describe('A reply rendered as Slack shows it', () => {
  it('shows the answer, the figure with its attribution, the quote and the vote buttons', () => {
    const { reply, html } = preview('What is Acme buying?');
    expect(reply.answered).toBe(true);
    expect(html).toContain('agreed to buy its British rival Widget Co for $2 billion in cash');
    expect(html).toMatch(/<div class="slack-field"><strong>[^<]+<\/strong><br>\$2 billion<br><em>/);
    expect(html).toContain('<blockquote>“Acme, the American toolmaker, said on Monday');
    expect(html).toContain('<ul class="slack-actions" aria-label="Buttons"><li class="slack-button">👍</li>');
  });

  it('offers topics as buttons when the briefing does not say, and no vote buttons', () => {
    const { reply, html } = preview('What is the weather in Lisbon?');
    expect(reply.answered).toBe(false);
    expect(html).toContain('Here are some things I can answer:');
    // A drafted entry is offered by the opening of its sentence, as every suggestion of a drafted entry is.
    expect(html).toContain(
      '<li class="slack-button">Acme, the American toolmaker, agreed to buy its British rival Widget Co…</li>',
    );
    expect(html).not.toContain('👍');
  });

  it('escapes a question that looks like markup', () => {
    const reply = { ...engine.answer('What is Acme buying?'), question: '<script>alert(1)</script>' };
    const message = renderReplyBlocks(reply, { sources: engine.pack.meta.sources, showQuestion: true });
    const html = renderBlocksHtml(message.blocks).toString();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
