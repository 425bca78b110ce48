import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "tl;dr?" of a drafted briefing: the article's opening as a reader takes it. Saved pages often open with a section
// label or a photo caption, which a reader skips; the summary skips them too and gives the first sentences that say
// something (the lede a question writer quotes as the gist).

const PARAGRAPHS = [
  'Biz & IT —',
  'In this photo dated Tuesday, the rocket stands on its launch pad.',
  'An unmanned Russian cargo spaceship heading to the International Space Station broke up in the atmosphere over Siberia on Thursday.',
  'The Progress MS-04 cargo craft was carrying food, fuel and supplies for the crew of the station.',
  'Roscosmos said most of the debris burned up as it fell over a remote and mountainous region.',
  'The space agency has set up a commission to look into what went wrong during the launch.',
];

const engine = useDraftedEngine('cargo-ship', 'Russian cargo ship bound for space station breaks up', PARAGRAPHS);

describe('the summary of a drafted briefing', () => {
  it('gives the lede, not the section label or the photo caption before it', () => {
    const reply = engine().answer('tl;dr?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('An unmanned Russian cargo spaceship heading to the International Space Station');
    expect(reply.answer).not.toContain('Biz & IT');
    expect(reply.answer).not.toContain('In this photo');
  });

  it('gives the first three sentences that say something, each cited', () => {
    const reply = engine().answer("what's this article about?");
    expect(reply.answer).toContain('Roscosmos said most of the debris burned up');
    expect(reply.answer).not.toContain('set up a commission');
    // Paragraph 1 is the headline.
    expect(reply.citations.map((c) => c.paragraph)).toEqual([1, 4, 5, 6]);
  });

  it('sets the headline on a line of its own, not run into the first sentence', () => {
    const reply = engine().answer('tl;dr?');
    expect(reply.answer).toMatch(/^Russian cargo ship bound for space station breaks up\n\nAn unmanned Russian/);
  });
});

// A wire caption runs on past its first sentence and ends with its credit; the story opens with a dateline that names
// the agency too ("MOSCOW (AP) —"), and is the lede all the same.
const WIRE = [
  'In this photo dated Tuesday, Nov. 29, the rocket booster with the cargo ship is installed on a launch pad in Baikonur. The cargo ship broke up in the atmosphere over Siberia minutes after the launch, the Russian space agency said. (Oleg Urusov/ Roscosmos Press Service photo via AP)',
  'MOSCOW (AP) — An unmanned Russian cargo spaceship heading to the International Space Station broke up in the atmosphere over Siberia on Thursday due to an unspecified malfunction.',
  'The Progress MS-04 cargo craft broke up at an altitude of 190 kilometers over the remote Tuva region, Roscosmos said in a statement.',
  'The space agency has set up a commission to look into what went wrong during the launch of the cargo craft.',
];

const wire = useDraftedEngine('wire-story', 'Russian cargo ship breaks up over Siberia', WIRE);

describe('the summary of a wire story', () => {
  it('skips the whole caption and keeps the lede after its dateline', () => {
    const reply = wire().answer('tl;dr?');
    expect(reply.answer).toContain('MOSCOW (AP) — An unmanned Russian cargo spaceship');
    expect(reply.answer).not.toContain('minutes after the launch');
  });
});

// A wire story on a newspaper's site: the writer's line above the dateline ("Greg Beacham, Ap Sports Writer") is the
// byline's, not the story's first sentence.
const bylined = useDraftedEngine(
  'triple-double',
  'LeBron sets triple-double mark, Lakers hold off OKC 112-107',
  [
    'Greg Beacham, Ap Sports Writer',
    'LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.',
    'They are only a side effect of the consistent, brilliant all-around play he has been dishing out for 17 seasons.',
    'James finished with 25 points, 11 rebounds and 10 assists against his 30th opponent for the Lakers.',
  ],
  { author: 'Greg Beacham, AP Sports Writer', outlet: 'Associated Press' },
);

describe('the summary of a story whose writer has a line above it', () => {
  it('opens with the story, not the line naming its writer', () => {
    const reply = bylined().answer('tl;dr?');
    expect(reply.answer).toMatch(/\n\nLOS ANGELES \(AP\) — To LeBron James/);
    expect(reply.answer).not.toContain('Sports Writer');
  });
});

// NDTV opens with a list of highlights, each a line with no full stop: run together with spaces they read as one
// garbled sentence ("... treatment of COVID-19 The centre announced a hold ...").
const HIGHLIGHTS = [
  'Hydroxychloroquine is a key drug used in the treatment of COVID-19',
  'The centre announced a hold on export of hydroxychloroquine on March 25',
  'India is one of the world’s largest manufacturers of the medicine',
  'US President Donald Trump has said there may be retaliation if India does not agree to export the drug.',
];

const highlights = useDraftedEngine(
  'highlights',
  'Trump talks retaliation if India rejects export of key drug',
  HIGHLIGHTS,
);

describe('the summary of a page that opens with lines that have no full stop', () => {
  it('gives each such line a line of its own', () => {
    const reply = highlights().answer('tl;dr?');
    expect(reply.answer).toContain(
      'treatment of COVID-19\nThe centre announced a hold on export of hydroxychloroquine on March 25\nUS President',
    );
  });

  it('still runs sentences that end in a stop together, as a paragraph', () => {
    const reply = engine().answer('tl;dr?');
    expect(reply.answer).toContain('over Siberia on Thursday. The Progress MS-04 cargo craft');
  });
});
