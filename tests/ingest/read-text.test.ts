import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/ingest/read-text.js';

describe('textBlocks', () => {
  it('reads one paragraph a line when nothing was wrapped', () => {
    expect(textBlocks('First sentence here.\nSecond one here.\nThird.')).toEqual([
      'First sentence here.',
      'Second one here.',
      'Third.',
    ]);
  });

  it('joins a text wrapped at a fixed width without blank lines, breaking after short sentence ends', () => {
    const text = [
      'The harbour authority said on Tuesday that container',
      'volumes rose 12 percent in 2024, the fastest growth in a',
      'decade.',
      'Analysts had forecast a smaller gain because of weaker',
      'demand in Europe and a slower recovery in Asia this',
      'year.',
    ].join('\n');
    expect(textBlocks(text)).toEqual([
      'The harbour authority said on Tuesday that container volumes rose 12 percent in 2024, the fastest growth in a decade.',
      'Analysts had forecast a smaller gain because of weaker demand in Europe and a slower recovery in Asia this year.',
    ]);
  });

  it('makes each list item its own paragraph', () => {
    expect(textBlocks('Three lines moved:\n- Meridian Line\n- Baltic Feeder\n- Corvina')).toEqual([
      'Three lines moved:',
      '- Meridian Line',
      '- Baltic Feeder',
      '- Corvina',
    ]);
  });

  it('reads Windows line ends', () => {
    expect(textBlocks('One.\r\n\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
  });
});
