import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How much tax money does Israel collect?" asks for an amount, "what's the exact date" for a day of a month, "when is
// the next ..." for what is still to come. A drafted sentence about the tax money that gives no number, about the court
// case that gives only a month, or about a past term, is a near miss, not the answer; one that gives the amount, the day
// or what will happen answers.

const engine = useDraftedEngine('amount-asked', 'Israel freezes Palestinian tax revenues', [
  'Prime Minister Benjamin Netanyahu won a fourth term on Tuesday after a bitter campaign.',
  'His Likud party took the most seats, and he pledged to form a new governing coalition within weeks.',
  'Israel, which controls tax receipts, has pledged to punish the Palestinian Authority by freezing its tax revenues.',
  'The United States gives hundreds of millions of dollars of economic aid to the Palestinian Authority every year.',
  'European diplomats said the freeze would hurt ordinary Palestinians more than their leaders.',
  'The Palestinian Authority said it would take its case to the International Criminal Court in April.',
  'The new coalition is due to be sworn in on March 31, officials said.',
  'The last coalition collapsed in December due to a row over the budget.',
]);

describe('a "how much" question asks for an amount', () => {
  it('is declined when the sentence about it gives no number', () => {
    for (const q of [
      'how much tax does israel control',
      "what's the total of the tax revenues israel controls",
      'how big are the tax revenues israel controls',
      'which version of the tax freeze did israel pledge',
    ])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it('is declined when asked as "what %" and the sentence about it gives no share', () => {
    expect(engine().answer('what % of the aid goes to the palestinian authority').answered).toBe(false);
  });

  it('is answered when a sentence gives the amount', () => {
    const reply = engine().answer('how much economic aid do the united states give the palestinian authority');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('hundreds of millions of dollars');
  });

  it('a question only mentioning "how much" inside it asks for no amount', () => {
    const reply = engine().answer('what did diplomats say about how much the freeze would hurt palestinians');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('hurt ordinary Palestinians');
  });
});

describe('"what\'s the exact date" asks for a day of a month', () => {
  it('is declined when the sentence gives only a month', () => {
    const q = 'what is the date the palestinian authority takes its case to the international criminal court';
    expect(engine().answer(q).answered).toBe(false);
  });

  it('is answered when a sentence gives the day', () => {
    const reply = engine().answer('what date will the new coalition be sworn in');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('March 31');
  });
});

describe('"when is the next ..." asks for what is still to come', () => {
  it('is declined when the sentence tells only what happened', () => {
    expect(engine().answer("when is netanyahu's next term").answered).toBe(false);
  });

  it('is declined when the sentence gives a cause with "due to", not what is to come', () => {
    expect(engine().answer('when is the next budget row').answered).toBe(false);
  });

  it('is answered when a sentence says what will happen', () => {
    const reply = engine().answer('when will the new coalition be sworn in');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('due to be sworn in on March 31');
  });
});

describe('"what year" asks for a year', () => {
  it('is declined when the sentence gives only a weekday', () => {
    expect(engine().answer('what year did netanyahu win a fourth term').answered).toBe(false);
  });
});

const studio = useDraftedEngine('country-asked', 'A developer finds a flaw in a game', [
  'A Pakistan-based developer found the flaw in the game two years ago and reported it to the studio.',
  'The studio said it had fixed the flaw in its latest update, which reached players on Thursday.',
  'The studio was founded by Sara Malik and Tom Reyes, who met at university, and it still runs its own game servers.',
]);

describe('"which country" asks for a country', () => {
  it('is declined when the sentence about it names none', () => {
    expect(studio().answer('what country was the studio founded in').answered).toBe(false);
  });

  it('is answered when a sentence names one, or its people', () => {
    const reply = studio().answer('which country is the developer who found the flaw based in');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('A Pakistan-based developer');
  });
});

const charity = useDraftedEngine('people-counted', 'A charity opens a museum', [
  'The charity received 40 donations in its first week, most of them from local people and small businesses in the town.',
  'Some 3,000 visitors came to the opening of the new museum on Saturday, the charity said.',
  'The town had waited ten years for a museum, and the council paid for half of the building.',
]);

describe('"how many people" asks for a count of people', () => {
  it('is declined when the sentence counts something else', () => {
    expect(charity().answer('how many people donated to the charity in its first week').answered).toBe(false);
    // The same for a hyphenated noun, which the question's words hold in two parts.
    expect(charity().answer('how many follow-ups did the charity receive in its first week').answered).toBe(false);
  });

  it('is answered when the sentence counts people, by whatever name', () => {
    const reply = charity().answer('how many people came to the opening of the museum');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('3,000 visitors');
  });
});

const siege = useDraftedEngine('duration-asked', 'Gunmen storm a museum', [
  'Gunmen stormed the national museum on Wednesday afternoon before security forces raided the building to end the siege.',
  'A new skin patch let people with peanut allergies eat tiny amounts of peanuts after they wore it for a year.',
  'The museum has been closed to visitors since the attack.',
  'The rocket maker took a year to return to flight after its rocket exploded in October 2014.',
]);

describe('"how long" asks for a duration, or a time to count from', () => {
  it('is declined when the sentence gives only the day it happened', () => {
    expect(siege().answer('how long did the siege last').answered).toBe(false);
  });

  it('is answered by "for a year", "took a year" and by "since"', () => {
    expect(siege().answer('how long did the rocket maker need to fly again').answer).toContain('took a year');
    expect(siege().answer('how long did people wear the patch').answer).toContain('after they wore it for a year');
    expect(siege().answer('how long has the museum been closed').answer).toContain(
      'closed to visitors since the attack',
    );
  });
});

// CNET on Facebook's deals (Readability's cnet page): "title" after a person is that person's job, not the headline.
const cnet = useDraftedEngine('zuckerberg-deals', "Zuckerberg offers peek at Facebook's acquisition strategies", [
  'Facebook CEO Mark Zuckerberg knows a thing or two about buying companies.',
  'He testified Tuesday in a lawsuit over Oculus, the virtual reality company Facebook bought in 2014.',
  'Zuckerberg said he had been building relationships with the founders of Instagram and WhatsApp for years.',
  'The $19 billion acquisition of WhatsApp was the biggest deal of his career.',
]);

describe("a question about someone's title", () => {
  it('asks for their job, which the headline does not give', () => {
    for (const q of ["whats zuck's title at facebook", "what is mark zuckerberg's job title"]) {
      const reply = cnet().answer(q);
      expect(reply.entryId, q).not.toBe('article-headline');
      if (reply.answered) expect(reply.answer, q).toContain('Facebook CEO Mark Zuckerberg');
    }
  });

  it('still gets the headline when the article is what is asked about', () => {
    expect(cnet().answer("what's the title of the article").entryId).toBe('article-headline');
  });
});
