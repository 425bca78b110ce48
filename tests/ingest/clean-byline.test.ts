import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../src/ingest/clean-byline.js';

// Bylines as reader views took them from saved pages (the eval's pages and Readability's own), and the writer's name a
// reply says for each ("The article is by ...").
const SEEN: [string, string | null][] = [
  ['Wednesday January 18, 2017 10:44 am PST by Juli Clover', 'Juli Clover'],
  ['By Jane Doe, March 3, 2016', 'Jane Doe'],
  ['Nathan Willis March 25, 2015', 'Nathan Willis'],
  ['Lucas Nolan22 Dec 2016', 'Lucas Nolan'],
  ['Written by Rob Ewaschuk Edited by Betsy Beyer', 'Rob Ewaschuk'],
  ['By Mark Sweney and Photos by Jo Smith', 'Mark Sweney'],
  ['Howard Schneider, Lindsay Dunsmuir5 Min Read', 'Howard Schneider, Lindsay Dunsmuir'],
  ['Howard BlumeStaff Writer', 'Howard Blume'],
  ['Rebecca Hersher Twitter', 'Rebecca Hersher'],
  ['Pete Evans · CBC News', 'Pete Evans'],
  ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
  ['Aja Romano@ajaromano', 'Aja Romano'],
  ['Stella Kim, Jennifer Jett', 'Stella Kim, Jennifer Jett'],
  ['By Ted Editor', 'Ted Editor'],
  // A name in capitals (its role kept as the page gives it), an "Analysis by" credit, a catalogue's surname first.
  ['TOM KRISHER, AP Auto Writer', 'Tom Krisher, AP Auto Writer'],
  ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza, CNN Editor-at-large'],
  ['JOE HILDEBRAND', 'Joe Hildebrand'],
  // The AP's hosted pages: names in capitals with the agency glued on.
  ['DANICA KIRKA and JILL LAWLESSAssociated Press', 'Danica Kirka and Jill Lawless'],
  [
    'Lisa Mascaro, MARY CLARE JALONICK and ERIC TUCKERAssociated Press',
    'Lisa Mascaro, Mary Clare Jalonick and Eric Tucker',
  ],
  ['Jong, Michiel de', 'Michiel de Jong'],
  // A theme's category left by the date, "By" glued on, "by" in French and Japanese, a Japanese date, trailing marks.
  ['Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments', 'Michael Larabel'],
  ['ByTravis Haney', 'Travis Haney'],
  ['ByNatasha Daly•', 'Natasha Daly'],
  ['Par Sébastien Farcis', 'Sébastien Farcis'],
  ['投稿者 Masafumi Negishi', 'Masafumi Negishi'],
  ['ZDNet Japan Staff 2019年04月28日 08時00分', 'ZDNet Japan Staff'],
  ['Saibal Dasgupta / TNN /', 'Saibal Dasgupta / TNN'],
  // No writer at all: the publishing house the page names as author, a photo credit, a date line, a reading time.
  ['Condé Nast', null],
  ['Photograph by Tyrone Turner, National Geographic Creative', null],
  ['Updated 10:01 PM ET, Fri March 3, 2017', null],
  ['5 min read', null],
  // The buttons beside a name the theme left out (Royal Road).
  ['Follow Author', null],
];

describe('a byline as a page gives it', () => {
  it.each(SEEN)('%j is read as the writer %j', (byline, writer) => {
    expect(cleanByline(byline)).toBe(writer);
  });
});
