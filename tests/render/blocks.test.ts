import { describe, expect, it } from 'vitest';
import { renderReplyBlocks, withThanks } from '../../src/render/blocks.js';
import { decodeAnswerRef } from '../../src/render/button-value.js';
import { ANSWERED, HEDGED, NOT_COVERED, SOURCES } from '../fixtures/replies.js';

const json = (value: unknown) => JSON.stringify(value);
type Element = { action_id?: string; value?: string };
const buttons = (blocks: unknown[]) =>
  blocks.flatMap((b) =>
    (b as { type: string }).type === 'actions' ? ((b as { elements: Element[] }).elements ?? []) : [],
  );

describe('Rendering an answer as Block Kit', () => {
  it('shows the answer, each figure as a field with who estimated it and for when, and the quoted paragraph', () => {
    const { blocks, text } = renderReplyBlocks(ANSWERED, { sources: SOURCES });
    const out = json(blocks);
    expect(out).toContain('*TikTok Shop GMV*\\nUS$33 billion\\n_Estimate by Momentum Works · 2024_');
    expect(out).toContain('> “TikTok Shop sold US$33 billion”\\n— paragraph 9, Chinese platforms look south');
    expect(text).toBe('Momentum Works estimates TikTok Shop sold US$33 billion in 2024 &amp; more.');
  });

  it('shows a figure the article attributes to no one with that said once, and a rank with what it ranks', () => {
    const rank = {
      ...ANSWERED.figures[0],
      id: 'indonesia-economy-rank',
      label: "Indonesia's rank among Southeast Asian economies",
      value: 'largest',
      unit: 'rank' as const,
      number: 1,
      currency: undefined,
      period: 'Not stated in the article (present tense)',
      attribution: { by: 'Not stated in the article', kind: 'unattributed' as const },
      comparison: { statement: 'Southeast Asia’s largest economy', kind: 'rank' as const, against: 'the others' },
    };
    const out = json(renderReplyBlocks({ ...ANSWERED, figures: [rank] }, { sources: SOURCES }).blocks);
    expect(out).toContain(
      "*Indonesia's rank among Southeast Asian economies*\\nSoutheast Asia’s largest economy\\n_Source and period not stated in the article (present tense)_",
    );
    expect(out.match(/not stated/gi)).toHaveLength(1);
  });

  it('puts thumbs up and down on every answer, carrying the entry and question', () => {
    const { blocks } = renderReplyBlocks(ANSWERED, { sources: SOURCES });
    const ids = buttons(blocks).map((b) => b.action_id);
    expect(ids).toEqual(['feedback_up', 'feedback_down']);
    expect(decodeAnswerRef(buttons(blocks)[0].value)).toEqual({
      entryId: 'tiktok-shop-gmv',
      question: 'How big is TikTok Shop?',
    });
  });

  it('adds "Share in channel" only when asked to (the private /brief answer)', () => {
    const ids = buttons(renderReplyBlocks(ANSWERED, { sources: SOURCES, share: true }).blocks).map((b) => b.action_id);
    expect(ids).toContain('share_answer');
  });

  it('adds a confidence note and "did you mean" buttons when the match is middling', () => {
    const { blocks } = renderReplyBlocks(HEDGED, { sources: SOURCES });
    expect(json(blocks)).toContain("I'm not fully sure");
    const choices = buttons(blocks).filter((b) => b.action_id?.startsWith('did_you_mean'));
    expect(choices.map((b) => decodeAnswerRef(b.value)?.entryId)).toEqual(['temu-overview', 'shopee-overview']);
    expect(new Set(choices.map((b) => b.action_id)).size).toBe(2);
  });

  it('says it does not know and offers topics it can answer, without feedback buttons', () => {
    const topics = [{ id: 'article-summary', question: 'What is the article about?' }];
    const { blocks } = renderReplyBlocks(NOT_COVERED, { sources: SOURCES, topics });
    expect(json(blocks)).toContain("isn't covered");
    expect(buttons(blocks).map((b) => b.action_id)).toEqual(['did_you_mean:0']);
  });

  it('shows the asker\'s question escaped, so "<!channel>" is not a live mention', () => {
    const { blocks } = renderReplyBlocks(NOT_COVERED, { sources: SOURCES, showQuestion: true });
    expect(json(blocks)).toContain('*You asked:* &lt;!channel&gt; what is the weather?');
  });

  it('credits the asker once shared: "<@U1> asked"', () => {
    const { blocks } = renderReplyBlocks(ANSWERED, { sources: SOURCES, askedBy: 'U1' });
    expect(json(blocks[0])).toContain('*<@U1> asked:* How big is TikTok Shop?');
  });

  it('splits an answer longer than a section allows across several sections', () => {
    const long = { ...ANSWERED, answer: 'x'.repeat(7000), figures: [], citations: [] };
    const sections = renderReplyBlocks(long, { sources: SOURCES }).blocks.filter((b) => b.type === 'section');
    expect(sections).toHaveLength(3);
  });
});

describe('Thanking a voter on a posted answer', () => {
  it('puts one thank-you line under the feedback buttons, replacing an earlier one', () => {
    const { blocks } = renderReplyBlocks(ANSWERED, { sources: SOURCES });
    const once = withThanks(blocks, 'U1');
    const twice = withThanks(once, 'U2');
    expect(twice).toHaveLength(blocks.length + 1);
    expect(json(twice)).toContain('<@U2>');
    expect(json(twice)).not.toContain('<@U1>');
    const at = twice.findIndex((b) => b.block_id === 'feedback');
    expect(twice[at + 1].block_id).toBe('feedback_thanks');
  });
});
