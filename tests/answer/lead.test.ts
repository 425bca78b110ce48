import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAsking } from '../../src/answer/asking.js';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { createLead } from '../../src/answer/lead.js';
import { loadPack } from '../../src/knowledge/load.js';
import type { Pack } from '../../src/knowledge/schema.js';
import { buildIndex } from '../../src/match/build-index.js';

// tests/fixtures/packs/tanjung-port: one entry whose figures sit in its second sentence, with a tail saying what the
// article does not give; a global share next to a Malaysian terminal; a regulator's approval reported by the company.

let pack: Pack;
let engine: Engine;
beforeAll(async () => {
  const loaded = await loadPack(path.resolve('tests/fixtures/packs/tanjung-port'));
  if (!loaded.ok) throw new Error(loaded.report);
  pack = loaded.value;
  engine = createEngine(pack, { threshold: DEFAULT_THRESHOLD });
});

const firstSentence = (text: string) => text.split(/(?<=\.)\s/)[0];

describe('When a question asks for a figure its entry gives in a later sentence', () => {
  it('opens with the sentence that holds the figure asked for, and lists that figure first', () => {
    const stake = engine.answer('What stake did Harbour Group buy in Tanjung Port?');
    expect(stake.entryId).toBe('harbour-enters-malaysia');
    expect(firstSentence(stake.answer)).toBe('Harbour Group bought a 60% stake in Tanjung Port for $1.2 billion.');
    expect(stake.figures[0].id).toBe('tanjung-stake');

    const price = engine.answer('How much did Harbour Group pay?');
    expect(firstSentence(price.answer)).toContain('$1.2 billion');
    expect(price.figures[0].id).toBe('tanjung-price');
  });

  it('keeps every sentence the entry says, only in another order', () => {
    const reply = engine.answer('What stake did Harbour Group buy in Tanjung Port?');
    expect(reply.answer).toContain('Harbour Group, the Singapore-based port operator, said on Tuesday');
    expect(reply.citations).toEqual(pack.entries[0].citations);
  });

  it('opens with the count for "how many", not the growth rate', () => {
    const reply = engine.answer('How many boxes does Tanjung Port handle?');
    expect(reply.figures[0].id).toBe('tanjung-volume');
  });
});

describe('When an entry says what the article does not give', () => {
  it('leaves that sentence out of the answer to a question that did not ask', () => {
    const reply = engine.answer('What stake did Harbour Group buy in Tanjung Port?');
    expect(reply.answer).not.toContain('does not say');
  });

  it('opens with it when that detail is what was asked', () => {
    const reply = engine.answer('Who holds the rest of Tanjung Port?');
    expect(reply.answered).toBe(true);
    expect(firstSentence(reply.answer)).toBe('The article does not say who holds the rest.');
  });
});

describe('When a yes/no question is asked', () => {
  it('answers "Yes" first when the opening sentence says everything asked in the entry\'s own words', () => {
    const reply = engine.answer('Did Harbour Group buy a stake in Tanjung Port?');
    expect(reply.answer).toMatch(/^Yes: Harbour Group bought a 60% stake in Tanjung Port/);
  });

  it('answers "No" first when the question states a share the figure gives otherwise, and not for a rounding', () => {
    expect(engine.answer('Did Harbour Group buy an 80% stake in Tanjung Port?').answer).toMatch(
      /^No: Harbour Group bought a 60% stake in Tanjung Port/,
    );
    expect(engine.answer('Did Harbour Group buy a 60 percent stake in Tanjung Port?').answer).not.toMatch(/^No/);
  });

  it('never says yes to a question the words do not settle ("all of"), nor to a claim someone reports', () => {
    expect(engine.answer('Did Harbour Group buy all of Tanjung Port?').answer).not.toMatch(/^Yes/);
    const approval = engine.answer('Did regulators in Malaysia approve the purchase?');
    expect(approval.entryId).toBe('deal-approval');
    expect(approval.answer).toBe('Regulators in Malaysia approved the purchase last month, the company said.');
  });

  /** The approval entry drafted (its answer the article's sentence as it is), composed for a question. */
  const composeDrafted = (question: string) => {
    const entry = {
      ...pack.entries[3],
      draft: true,
      answer: 'Regulators in Malaysia approved the purchase last month.',
    };
    const index = buildIndex(pack);
    return createLead(pack, index, readAsking(index, question)).compose(entry).answer;
  };

  it('says yes for a drafted entry too, whose answer is the article sentence as it is', () => {
    expect(composeDrafted('Did regulators in Malaysia approve the purchase?')).toBe(
      'Yes: Regulators in Malaysia approved the purchase last month.',
    );
  });

  it('never says yes to a question asking for advice, which the same words do not give', () => {
    expect(composeDrafted('Should regulators in Malaysia approve the purchase?')).not.toMatch(/^Yes/);
    expect(composeDrafted('Is the purchase worth it for regulators in Malaysia?')).not.toMatch(/^Yes/);
  });

  it('never says yes to whether names were given when the sentence gives none', () => {
    expect(composeDrafted('Were the names of the regulators in Malaysia approving the purchase given?')).not.toMatch(
      /^Yes/,
    );
    expect(composeDrafted('Did the regulators in Malaysia approve the purchase?')).toMatch(/^Yes/);
  });
});

describe('When the article sentence doubts, denies or looks ahead', () => {
  it.each([
    ['Did regulators in Malaysia approve the purchase?', 'Regulators in Malaysia have not approved the purchase.'],
    [
      'Did regulators in Malaysia approve the purchase?',
      'Regulators in Malaysia will approve the purchase if it closes.',
    ],
    ['Is there an approval for the purchase?', 'Regulators in Malaysia approved the purchase last month.'],
    [
      'Did regulators in Malaysia approve the purchase?',
      'There is little hope regulators in Malaysia approve the purchase.',
    ],
  ])('never answers "%s" with a yes from "%s"', (question, sentence) => {
    const entry = { ...pack.entries[3], draft: true, answer: sentence };
    const index = buildIndex(pack);
    const lead = createLead(pack, index, readAsking(index, question));
    expect(lead.compose(entry).answer).toBe(sentence);
  });
});

describe('When the question names a place the figure is not about', () => {
  it('says first that the article gives no figure for that place, then what it gives', () => {
    const reply = engine.answer("What is Tanjung Port's share in Malaysia?");
    expect(reply.entryId).toBe('tanjung-global-share');
    expect(firstSentence(reply.answer)).toBe('The article gives no share for Malaysia; the share it gives is global.');
    expect(reply.answer).toContain('9% of global transshipment traffic');
  });

  it('says nothing of the kind when the question asks for the figure the article gives', () => {
    const reply = engine.answer('What share of global transshipment does Tanjung Port handle?');
    expect(reply.answer).toBe(
      'Straits Research analysts estimate the Malaysian terminal handles 9% of global transshipment traffic.',
    );
  });
});

describe('When a button rebuilds an answer for the question it was asked with', () => {
  it('composes the same opening as the answer did', () => {
    const question = 'What stake did Harbour Group buy in Tanjung Port?';
    expect(engine.answerEntry('harbour-enters-malaysia', question)?.answer).toBe(engine.answer(question).answer);
  });
});

describe('When someone asks for the key numbers', () => {
  it("answers with the briefing's amounts, each with its attribution, and a button can rebuild the reply", () => {
    const reply = engine.answer('what are the key numbers?');
    expect(reply).toMatchObject({ answered: true, reason: 'answered', entryId: '#figures' });
    expect(reply.figures.map((f) => f.id)).toEqual([
      'tanjung-stake',
      'tanjung-price',
      'tanjung-volume-growth',
      'tanjung-volume',
      'tanjung-global-share',
    ]);
    expect(engine.answerEntry('#figures', 'any stats?')?.figures).toEqual(reply.figures);
  });

  it('says the briefing gives none when it has no figures', () => {
    const bare = createEngine(
      { ...pack, figures: [], entries: pack.entries.map((e) => ({ ...e, figures: [] })) },
      {
        threshold: DEFAULT_THRESHOLD,
      },
    );
    const reply = bare.answer('give me the figures');
    expect(reply).toMatchObject({ answered: false, reason: 'not_stated', figures: [] });
    expect(bare.answerEntry('#figures')).toBeUndefined();
  });
});

describe('When a question comes with chat around it', () => {
  it('reads weekdays and meeting words as chat, never as a name the briefing lacks', () => {
    for (const question of [
      'before our Monday sync: how many boxes does Tanjung Port handle?',
      "prepping for Thursday's QBR, how many boxes does Tanjung Port handle?",
      'sorry newbie q, how many boxes does Tanjung Port handle?',
    ])
      expect(engine.answer(question).entryId, question).toBe('tanjung-volume');
  });

  it('declines the big questions that share a word with the article', () => {
    for (const question of ['what is the meaning of life?', 'what is love?', 'is there a god'])
      expect(engine.answer(question).answered, question).toBe(false);
  });
});

describe('When a question is asked in Malay or Indonesian', () => {
  it('reaches the entry the English question reaches', () => {
    expect(engine.answer('berapa saham Harbour Group di Tanjung Port').entryId).toBe('harbour-enters-malaysia');
    expect(engine.answer('Siapa yang membeli Tanjung Port?').entryId).toBe('harbour-enters-malaysia');
  });

  it('keeps the question as it was asked in the reply', () => {
    expect(engine.answer('berapa saham Harbour Group di Tanjung Port').question).toBe(
      'berapa saham Harbour Group di Tanjung Port',
    );
  });
});

describe('When an answer sentence holds an abbreviation', () => {
  it('keeps "Paul D. Ryan" and "Rep. Steve King" in one sentence, quoted as the article writes it', async () => {
    // A curated pack of tests/eval/curated: the Washington Post column names "House Speaker Paul D. Ryan" and
    // "Rep. Steve King" in one sentence; split there, the reply had led with "Ryan (R-Wis.) and other ...".
    const loaded = await loadPack(path.resolve('tests/eval/curated/pl-washingtonpost'));
    if (!loaded.ok) throw new Error(loaded.report);
    const column = createEngine(loaded.value, { threshold: DEFAULT_THRESHOLD });
    const reply = column.answer('should Ryan throw Steve King out of the caucus');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(
      'Moving on, House Speaker Paul D. Ryan (R-Wis.) and other Republicans should throw out of the GOP caucus Rep. Steve King, who spews',
    );
  });
});
