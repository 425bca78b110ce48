import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A dateline ("LONDON — ...") names a city the drafted pack keeps as a plain word, not as an alias. Matched alone,
// with the rest of the question unknown to the article, it is a name matched and nothing else: a near miss.

// The opening of a New York Times article among Mozilla Readability's test pages (nytimes-1).
const PARAGRAPHS = [
  'United Nations peacekeepers at a refugee camp in Sudan on Monday. In exchange for the lifting of United States trade sanctions, Sudan has said it will improve access for aid groups, stop supporting rebels in neighboring South Sudan and cooperate with American intelligence agents.',
  'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.',
  'Sudan is one of the poorest, most isolated and most violent countries in Africa, and for years the United States has imposed punitive measures against it in a largely unsuccessful attempt to get the Sudanese government to stop killing its own people.',
  'On Friday, the Obama administration will announce a new Sudan strategy. For the first time since the 1990s, the nation will be able to trade extensively with the United States, allowing it to buy goods like tractors and spare parts and attract much-needed investment in its collapsing economy.',
  'In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan, cease the bombing of insurgent territory and cooperate with American intelligence agents.',
  'American officials said Sudan had already shown important progress on a number of these fronts. But to make sure the progress continues, the executive order that President Obama plans to sign on Friday, days before leaving office, will have a six-month review period. If Sudan fails to live up to its commitments, the embargo can be reinstated.',
];

const engine = useDraftedEngine('sudan-sanctions', 'United States to lift Sudan sanctions', PARAGRAPHS);

describe('a city the article names only in its dateline', () => {
  it('does not answer a question about something else there', () => {
    expect(engine().answer('will it rain in london tomorrow')).toMatchObject({ answered: false });
  });

  it('still answers what the article says', () => {
    expect(engine().answer('why is the us lifting sanctions on sudan')).toMatchObject({ answered: true });
  });
});
