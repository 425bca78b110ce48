import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A news story introduces a person in one paragraph and quotes them in the next ("“I arrived at the beach ...,” says
// Werner."). The drafted entry for the introducing sentence carries the quote that opens the next paragraph, so "how
// did Werner describe it?" gets what he said, not only that he was there. From the Guardian's story on whale
// strandings among Mozilla Readability's test pages (guardian-1).

const PARAGRAPHS = [
  'Kaitaia conservation department ranger Jamie Werner of Ngātiwai recently attended his first mass beaching on Ninety Mile Beach. It was the first recorded time pygmy whales had stranded on New Zealand shores.',
  '“I arrived at the beach and we leapfrogged between the animals. They were calling out to each other and reassuring each other,” says Werner. “It was a shock.”',
  'November marked the beginning of whale stranding season, and it started with a surge in incidents.',
];

const engine = useDraftedEngine('whale-strandings', 'The whale whisperer of New Zealand', PARAGRAPHS);

describe('a person introduced in one paragraph and quoted in the next', () => {
  it('is answered with the quote as well as the introduction', () => {
    const reply = engine().answer('how did werner describe his first mass beaching');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('attended his first mass beaching');
    expect(reply.answer).toContain('“I arrived at the beach and we leapfrogged between the animals.');
    expect(reply.citations.map((c) => c.paragraph)).toEqual([2, 2, 3]);
  });
});
