import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How long has the author been using email?" asks what the writer says of themselves, not who wrote the piece: in a
// first-person essay the answer is the writer's own sentence, never the byline. "Who is the author?" and "who wrote
// this and where is it from" are byline questions, whatever the page's metadata gives.

const ESSAY = [
  "I don't use the social network, and I am not a technophobe: I've been using email since the early 1990s.",
  'Regulation of the tracking industry is overdue, and lawmakers should require consent before any profile is built.',
  'The like button on a news site tells the network which pages each visitor reads.',
];
const WRITER = { author: 'Dana Reyes', outlet: 'The Civil Times', published: '2018-04-05' };

const engine = useDraftedEngine('writer-asked-of', 'Why I left the social network', ESSAY, WRITER);

describe('the writer asked about, on a page with a byline', () => {
  it('answers what the writer did from their own sentence', () => {
    const reply = engine().answer('how long has the author been using email');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("I've been using email since the early 1990s");
  });

  it("answers the writer's take from the article, not the byline", () => {
    const reply = engine().answer("what's the author's take on regulation");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Regulation of the tracking industry is overdue');
  });

  it('reads the writer\'s first name as the article\'s voice ("what did dana say")', () => {
    const reply = engine().answer('what did dana say about regulation');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Regulation of the tracking industry is overdue');
  });

  it('still answers who wrote it with the byline', () => {
    expect(engine().answer('who is the author')).toMatchObject({ answered: true, entryId: 'article-byline' });
  });

  it('answers who wrote it and where it is from with the byline, when the page gives writer, outlet and date', () => {
    const reply = engine().answer('who wrote this and where is it from');
    expect(reply).toMatchObject({ answered: true, entryId: 'article-byline' });
    expect(reply.answer).toContain('The Civil Times');
  });
});

const blog = useDraftedEngine('posted-by', 'Saving data with smaller updates', [
  'Posted by Andrew Hayden, Software Engineer on Google Play',
  'Delta updates cut the size of an app update by two thirds for most of our users.',
]);

describe('a page whose metadata names no writer, with a "Posted by" line at its top', () => {
  it('answers who wrote it from that line, without the job after the name', () => {
    const reply = blog().answer('who wrote this');
    expect(reply).toMatchObject({ answered: true, entryId: 'article-byline' });
    expect(reply.answer).toContain('The article is by Andrew Hayden,');
    expect(reply.answer).not.toContain('names no author');
  });
});

// The same essay under the ACLU's headline, "Facebook Is Tracking Me Even Though I'm Not on Facebook", renamed: the
// byline cites the headline, so it shares the question's words, but it gives no reason for anything.
const essay = useDraftedEngine(
  'why-asked-of',
  'The Network Is Tracking Me Even Though I’m Not on the Network',
  ESSAY,
  WRITER,
);

const WIRE_STORY = [
  'Saturn’s largest moon has lakes and seas of liquid methane and ethane, scientists said on Monday.',
  'The first global map of Titan shows plains, dunes and craters across its surface.',
  '(Reporting by Will Dunham; Editing by Tom Brown)',
];
const wire = useDraftedEngine('wire-credit', 'Titan mapped in full', WIRE_STORY, { author: 'Reuters' });
const hill = useDraftedEngine(
  'by-line-dated',
  'Man pleads guilty to threats',
  [
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'A New York man pleaded guilty on Monday to threatening to kill a member of Congress, prosecutors said.',
  ],
  { author: 'Justine Coleman', outlet: 'The Hill' },
);
const cbs = useDraftedEngine(
  'by-line-fuller',
  'Day three of the hearings',
  [
    'By Stefan Becket, Kathryn Watson, Grace Segers',
    'Two witnesses testified side by side before the House Intelligence Committee on Tuesday.',
  ],
  { author: 'Stefan Becket' },
);

describe("the page's own line about who wrote it", () => {
  it("names a wire story's reporters from its credit, the agency after them, and cites the credit", () => {
    const reply = wire().answer('who wrote this');
    expect(reply).toMatchObject({ answered: true, entryId: 'article-byline' });
    expect(reply.answer).toContain('The article is by Will Dunham (Reuters)');
    expect(reply.citations.map((c) => c.quote)).toContain('(Reporting by Will Dunham; Editing by Tom Brown)');
  });

  it('cites a "By" line that gives the time after a dash', () => {
    const reply = hill().answer('who wrote this');
    expect(reply.citations.map((c) => c.quote)).toContain('By Justine Coleman - 11/18/19 11:04 PM EST');
  });

  it('names every writer of a "By" line when the metadata gives only the first', () => {
    const reply = cbs().answer('who wrote this');
    expect(reply.answer).toContain('The article is by Stefan Becket, Kathryn Watson, Grace Segers');
  });
});

describe('a "why" question about the writer', () => {
  it('is never answered with the byline, not even beside the sentence chosen', () => {
    const reply = essay().answer("why doesn't the author use the network");
    expect(reply.entryId ?? '').not.toContain('article-byline');
    expect(reply.answer).not.toContain('The article is by');
  });
});
