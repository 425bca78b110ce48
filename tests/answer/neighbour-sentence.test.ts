import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A question often asks about two sentences side by side: the one its words fit best, and the next, which holds the
// detail asked. From the Seattle Times' story on Alaskan halibut (among Mozilla Readability's test pages): the
// commission "has managed catch limits", and the next paragraph gives this year's limit.

const PARAGRAPHS = [
  'From a base in Kodiak, Alaska, the Polaris makes a series of trips, at sea for a week or longer at a time, to fish as far away as Attu Island at the far western edge of the Aleutian Islands chain. “It’s a big range that we fish,” Bassi said.',
  'The Polaris will trail long lines of hooks, leaving them to soak for several hours before reeling them in. The fish are stunned, bled and dressed, and put on ice in the hold. It is this fishing method that contributes to the quality of the halibut and sustainability of the fishery, as it reduces by-catch — the inadvertent taking of other species.',
  'They negotiate to sell the fish with four or five buyers, such as Besecker, at a price that fluctuates throughout the season. This is a peak time of year for halibut, with consumers seeking out fresh fish for Easter and Mother’s Day, Besecker said. Fishermen are typically paid between $5 and $6 a pound for halibut.',
  'The Alaskan halibut fishery has its troubles — as nearly all fisheries do — but has been rationalized and managed successfully, particularly over the last quarter-century. Alverson, a commissioner on the Seattle-based International Pacific Halibut Commission, which has managed catch limits for U.S. and Canadian fishermen since 1924, described it as a stable but declining resource.',
  'This year, the halibut fishery in the Northern Pacific and Bering Sea is capped at 29.4 million pounds, with most of that allocated to commercial fishing and smaller amounts reserved for recreational and tribal fishing, as well as by-catch of other commercial fisheries.',
  'Alverson summed up the journey from a wooden fishing boat in the Bering Sea to the fish counter of a grocery store owned by a company that has redefined modern buying and selling: “It’s Seattle old school meets Seattle new school with Amazon.”',
];

const engine = useDraftedEngine('halibut', 'Alaskan halibut, caught by a century-old Seattle boat', PARAGRAPHS);

describe('the sentence next to the one matched', () => {
  it('is quoted too when it holds what the question asks and the matched one lacks', () => {
    const reply = engine().answer('what is the halibut catch limit this year');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('capped at 29.4 million pounds');
    expect(reply.citations.map((c) => c.paragraph)).toContain(6);
  });

  it('is not quoted when the matched sentence says all the question asks', () => {
    const reply = engine().answer('how much are fishermen paid for halibut');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Fishermen are typically paid between $5 and $6 a pound for halibut.');
    expect(reply.citations.map((c) => c.paragraph)).toEqual([4]);
  });
});
