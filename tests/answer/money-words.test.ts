import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { draftedEngine, draftSharedPage, loadedEngine, useDraftedEngine } from '../helpers/drafted-engine.js';

// "What did Uber promise New York about surge prices": the prices are what a promise is about, not an amount asked
// for, so an entry with no money figure answers it. "How much are surge prices" still asks for an amount.

// Paragraphs of a Salon article among Mozilla Readability's test pages (salon-1).
const PARAGRAPHS = [
  'A number of Uber’s fans and supporters defended the company on the grounds that its “surge prices,” including those seen during the Sydney crisis, are determined by an algorithm. But an algorithm can be an ideological statement, and is always a cultural artifact. As human creations, algorithms reflect their creators.',
  'Uber’s tweet during the Sydney crisis made it sound as if human intervention, rather than algorithmic processes, caused prices to soar that day. But it doesn’t really matter if that surge was manually or algorithmically driven. Either way the prices were Uber’s doing – and its moral choice.',
  'Uber has been strenuously defending its surge pricing in the wake of accusations (apparently justified) that the company enjoyed windfall profits during Hurricane Sandy. It has now promised the state of New York that it will cap its surge prices (at three times the highest rate on two non-emergency days). But if Uber has its way, it will soon enjoy a monopolistic stranglehold on car service rates in most major markets. And it has demonstrated its willingness to ignore rules and regulations. That means predictable and affordable taxi fares could become a thing of the past.',
  'In practice, surge pricing could become a new, privatized form of taxation on middle-class taxi customers.',
  'Even without surge pricing, Uber and its supporters are hiding its full costs. When middle-class workers are underpaid or deprived of benefits and full working rights, as Uber’s reportedly are, the entire middle-class economy suffers. Overall wages and benefits are suppressed for the majority, while the wealthy few are made even richer. The invisible costs of ventures like Uber are extracted over time, far surpassing whatever short-term savings they may occasionally offer.',
];

let engine: Engine;
let nytimes: Engine;
let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ engine, dir, remove } = await draftedEngine('sharing-economy', 'The sharing economy is a lie', PARAGRAPHS));
  nytimes = await loadedEngine(await draftSharedPage('nytimes-4', dir));
});

afterAll(() => remove());

describe('a money word in a question', () => {
  it('is a topic when something else is asked about it', () => {
    const reply = engine.answer('what did uber promise new york about surge prices');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('promised the state of New York that it will cap its surge prices');
  });

  it('is about paying or spending, not an amount, unless the question asks what was paid or spent', () => {
    const paying = nytimes.answer('did lankfrod really say the tax cuts pay for themselfs');
    expect(paying.answered).toBe(true);
    expect(paying.answer).toContain('the jury was still out on whether the tax cuts would generate additional revenue');
  });

  it('is a topic in a yes-or-no question and in a question asking how', () => {
    const capped = engine.answer('will uber cap surge prices in new york?');
    expect(capped.answered).toBe(true);
    expect(capped.answer).toContain('it will cap its surge prices');
    const defended = engine.answer('how does uber defend its surge prices');
    expect(defended.answered).toBe(true);
    expect(defended.answer).toContain('determined by an algorithm');
  });

  it('still asks for an amount when the question asks what something costs', () => {
    expect(engine.answer('how much does an uber ride cost in new york')).toMatchObject({ answered: false });
  });
});

// A price in a currency the answer-kind patterns do not spell ("Rs 299"): the entry lists a money figure, so it gives
// money, and an amount "how much" asks for.
const oxygenBar = useDraftedEngine('oxygen-bar', 'Is an oxygen bar in Delhi offering fresh air?', [
  'The oxygen bar in a Saket mall lets shoppers breathe 80% to 90% pure oxygen through a disposable nasal cannula, its website says.',
  'The brain behind the startup is said to be Aryavir Kumar, who saw a similar oxygen bar in Las Vegas.',
  'The oxygen bar charges Rs 299 for fifteen minutes of pure air. Prices are different for different aromas.',
]);

describe('a price in rupees', () => {
  it('answers what the oxygen bar charges and its price', () => {
    for (const question of ['how much does the oxygen bar charge', "what's the price of the oxygen bar"]) {
      const reply = oxygenBar().answer(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.answer, question).toContain('Rs 299');
    }
  });
});
