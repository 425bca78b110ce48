import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// The English word list holds misspellings people type ("awsome", "billon", "lanch"). Such a spelling that people
// almost never use is read as the pack's word one edit away; a word people do use, however rarely a film says it, is
// not read as another word two edits away ("blogging" is not "belonging").

const engine = useDraftedEngine('rare-spellings', 'Firefox for Android arrives', [
  'The Awesome Bar learns as you browse to make your version of Firefox unique.',
  'Mozilla said the launch went ahead as scheduled from its Mountain View office.',
  'Sync keeps your bookmarks and passwords across every device you own.',
  'Staff describe a strong sense of belonging among the volunteers who test each release.',
]);

describe('a misspelling the word list holds', () => {
  it('is read as the word of the article one edit away', () => {
    const reply = engine().answer('wat does the awsome bar do');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The Awesome Bar learns as you browse');
    expect(engine().answer('did the lanch go ahead').answer).toContain('the launch went ahead as scheduled');
  });

  it('leaves a word people use as it is, though the article has one two edits away', () => {
    const explained = engine().explain('is blogging covered').explanation;
    expect(explained.corrections).toEqual([]);
  });
});
