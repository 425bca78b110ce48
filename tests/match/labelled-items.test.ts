import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From The Republic's police report (Zyte's article-extraction benchmark): a line ending in a colon, then one labelled
// paragraph per person, none of which says "charges".
const engine = useDraftedEngine(
  'charges',
  'CPD arrests six in drug investigation',
  [
    'Police arrested six people Monday during a narcotics investigation involving drug activity at a local home.',
    'All persons involved in this case were transported to the Bartholomew County Jail where they were being held on 48 hour holds on the following preliminary charges:',
    'Elizabeth A. Burton: Possession of methamphetamine, possession of a Schedule IV substance, held in jail in lieu of $70,000 bond.',
    'Ryan S. Hollman: Dealing in methamphetamine, possession of methamphetamine, possession of heroin, visiting a common nuisance, held in jail in lieu of $326,000 bond.',
    'Christopher D. Battin: Dealing in cocaine or a narcotic drug, possession of methamphetamine, possession of a controlled substance, possession of heroin, possession of marijuana, maintaining a common nuisance, possession of drug paraphernalia, held in jail in lieu of $516,000 bond.',
    'Officers from the Columbus Police Department conducted a traffic stop near Seventh Street and Central Avenue.',
  ],
  { author: 'Staff Reports', outlet: 'The Republic' },
);

// The same list with an item of two sentences: the items after it are still what the line introduces.
const longerItem = useDraftedEngine(
  'charges-two-sentences',
  'CPD arrests six in drug investigation',
  [
    'Police arrested six people Monday during a narcotics investigation involving drug activity at a local home.',
    'All persons involved in this case were transported to the Bartholomew County Jail where they were being held on 48 hour holds on the following preliminary charges:',
    'Elizabeth A. Burton: Possession of methamphetamine, possession of a Schedule IV substance. She was held in jail in lieu of $70,000 bond after officers searched the home.',
    'Ryan S. Hollman: Dealing in methamphetamine, possession of methamphetamine, possession of heroin, visiting a common nuisance, held in jail in lieu of $326,000 bond.',
    'Officers from the Columbus Police Department conducted a traffic stop near Seventh Street and Central Avenue.',
  ],
  { author: 'Staff Reports', outlet: 'The Republic' },
);

describe('a labelled paragraph under a line ending in a colon', () => {
  it('is asked about in the words of the line that introduces it', () => {
    expect(engine().answer('hollman charges').answer).toContain('Ryan S. Hollman: Dealing in methamphetamine');
    expect(engine().answer('what is battin charged with').answer).toContain(
      'Christopher D. Battin: Dealing in cocaine',
    );
  });

  it('is asked about so after an item of two sentences', () => {
    expect(longerItem().answer('what is hollman charged with').answer).toContain(
      'Ryan S. Hollman: Dealing in methamphetamine',
    );
  });

  it('is not the answer about anyone the article does not charge', () => {
    expect(engine().answer('what is john smith charged with').answered).toBe(false);
  });
});
