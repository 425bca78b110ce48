import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/blocks.js';
import { fitMessage, fitView, SLACK_LIMITS } from '../../src/render/fit-slack-limits.js';
import { blockKitProblems } from '../e2e/block-kit-limits.js';

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const button = (text: string, value = 'v'): Block => ({
  type: 'actions',
  elements: [{ type: 'button', action_id: 'b', text: { type: 'plain_text', text }, value }],
});
const long = (length: number, unit = 'word ') => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('Fitting a message to Slack’s limits', () => {
  it('leaves a message within every limit exactly as it is', () => {
    const message = { text: 'fallback', blocks: [section('*Answer* text'), button('👍')] };
    expect(fitMessage(message)).toEqual(message);
  });

  it('cuts a 3,567-character section to 3,000 with an ellipsis, and a 100,067-character text to 40,000', () => {
    const fitted = fitMessage({ text: long(100_067), blocks: [section(long(3567))] });
    expect(fitted.text).toHaveLength(SLACK_LIMITS.messageText);
    expect(fitted.text.endsWith('…')).toBe(true);
    const text = (fitted.blocks[0] as { text: { text: string } }).text.text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith('…')).toBe(true);
    expect(blockKitProblems(fitted)).toEqual([]);
  });

  it('keeps at most 50 blocks in a message and 100 in a view', () => {
    const blocks = Array.from({ length: 130 }, (_, i) => section(`part ${i}`));
    expect(fitMessage({ text: 't', blocks }).blocks).toHaveLength(50);
    expect(fitView({ type: 'home' as const, blocks }).blocks).toHaveLength(100);
  });

  it('fits headers, fields, context elements and buttons', () => {
    const fitted = fitMessage({
      text: 't',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: long(400) } },
        { type: 'section', fields: Array.from({ length: 14 }, () => ({ type: 'mrkdwn' as const, text: long(2500) })) },
        { type: 'context', elements: Array.from({ length: 12 }, () => ({ type: 'mrkdwn' as const, text: 'x' })) },
        button(long(200), long(5000)),
      ],
    });
    expect(blockKitProblems(fitted)).toEqual([]);
    const [header, fields, context, actions] = fitted.blocks as unknown as Array<Record<string, never>>;
    expect((header.text as { text: string }).text).toHaveLength(150);
    expect(fields.fields).toHaveLength(10);
    expect(context.elements).toHaveLength(10);
    const [first] = actions.elements as Array<{ text: { text: string }; value: string }>;
    expect(first.text.text.endsWith('…')).toBe(true);
    expect(first.value).toHaveLength(2000);
  });

  it('keeps the whole message under Slack’s total block text by shortening the longest parts, keeping every block', () => {
    const blocks = [...Array.from({ length: 8 }, () => section(long(2900))), section('short line'), button('👍')];
    const fitted = fitMessage({ text: 't', blocks });
    expect(fitted.blocks).toHaveLength(blocks.length);
    expect(blockKitProblems(fitted)).toEqual([]);
    const texts = fitted.blocks.map((b) => JSON.stringify(b));
    expect(texts.at(-2)).toContain('short line');
    expect(texts.at(-1)).toContain('👍');
  });

  it('never cuts an emoji in half and never leaves a text empty', () => {
    const fitted = fitMessage({ text: '', blocks: [section(`${'a'.repeat(2998)}😀😀`)] });
    const text = (fitted.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toBe(`${'a'.repeat(2998)}…`);
    expect(fitted.text).toBe(' ');
  });

  it('does not change the message it was given', () => {
    const message = { text: long(50_000), blocks: [section(long(5000))] };
    const copy = structuredClone(message);
    fitMessage(message);
    expect(message).toEqual(copy);
  });

  it('fits any mix of blocks with random lengths (200 seeded cases)', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const kinds = [
      () => section(long(random(6000))),
      () => ({ type: 'header', text: { type: 'plain_text', text: long(1 + random(300)) } }),
      () => ({
        type: 'section',
        fields: Array.from({ length: 1 + random(15) }, () => ({ type: 'mrkdwn', text: long(1 + random(4000)) })),
      }),
      () => ({
        type: 'context',
        elements: Array.from({ length: 1 + random(15) }, () => ({ type: 'mrkdwn', text: long(1 + random(5000)) })),
      }),
      () => button(long(1 + random(150)), long(random(4000))),
      () => ({ type: 'divider' }),
    ];
    for (let i = 0; i < 200; i += 1) {
      const blocks = Array.from({ length: random(70) }, () => kinds[random(kinds.length)]()) as Block[];
      expect(blockKitProblems(fitMessage({ text: long(random(60_000)), blocks }))).toEqual([]);
    }
  });
});
