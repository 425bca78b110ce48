import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine, useDraftedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// "How old was she?" asks for an age: an entry that gives one ("Eloise Parry, 21,", "the 93-year-old") answers it,
// and a pack that gives none declines, however many of the question's words an entry shares.

// The opening of a BuzzFeed article among Mozilla Readability's test pages (buzzfeed-1).
const PARAGRAPHS = [
  'The mother of a woman who took suspected diet pills bought online has described how her daughter was “literally burning up from within” moments before her death.',
  'Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April after taking a lethal dose of highly toxic “slimming tablets”.',
  '“The drug was in her system, there was no anti-dote, two tablets was a lethal dose – and she had taken eight,” her mother, Fiona, said in a statement yesterday.',
  '“As Eloise deteriorated, the staff in A&E did all they could to stabilise her. As the drug kicked in and started to make her metabolism soar, they attempted to cool her down, but they were fighting an uphill battle.',
  '“She was literally burning up from within.”',
  'She added: “They never stood a chance of saving her. She burned and crashed.”',
];

const drafted = useDraftedEngine('diet-pills', 'Student dies after diet pills she bought online', PARAGRAPHS);
let shipped: Engine;

beforeAll(async () => {
  shipped = await loadedEngine(SHIPPED_PACK);
});

describe("a question about someone's age", () => {
  it('is answered by the sentence that gives it', () => {
    const reply = drafted().answer('how old was eloise parry');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Eloise Parry, 21,');
  });

  it('is declined by a briefing that gives no ages', () => {
    expect(shipped.answer('how old is han wenxiu')).toMatchObject({ answered: false });
    expect(shipped.answer('how old is the ceo of temu')).toMatchObject({ answered: false });
  });
});

// Sports Illustrated on the Cowboys' Stephen Jones (postlight/parser's www.si.com fixture): his age is given once, in a
// sentence that names him by first name, and other sentences name him in full or say "eight-year-old" of a building.
const COWBOYS = [
  'Stephen Jones already wears three hats for the Cowboys, but on a cloudy December afternoon the team’s CEO has added a fourth: helicopter tour guide.',
  '“Our stadium is halfway between Dallas and Love Field,” says Stephen, 52, raising his voice above the rotors as the Cowboys’ heir takes to the air.',
  'The plan is to take a few laps around that eight-year-old state-of-the-art structure, then head to the Star.',
  'As a nine-year-old, the bow-tied Jerry would stand at the entrance, greeting customers.',
  'When Stephen Jones joined the front office in 1989, his father had just bought the team.',
  'Stephen Jones says the Cowboys have the feel of a family business.',
];

const cowboys = useDraftedEngine('stephen-jones', 'Stephen Jones following in father Jerry’s footsteps', COWBOYS);

describe('an age question about someone the article names often', () => {
  it('is answered with the age given of that person, not with another thing\'s "year-old"', () => {
    const reply = cowboys().answer('how old is stephen jones');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^“Our stadium is halfway between Dallas and Love Field,” says Stephen, 52,/);
  });
});
