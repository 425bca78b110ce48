import { describe, expect, it } from 'vitest';
import { findReferringWords } from '../../src/match/referring-words.js';

const pointers = (text: string) => findReferringWords(text).map((w) => `${w.word}:${w.pointer}`);

describe('finding the words of a follow-up that point back', () => {
  it('tells a person, a thing, a place and the whole of what was asked apart', () => {
    expect(pointers('where does he work?')).toEqual(['he:someone']);
    expect(pointers('why did it open its office?')).toEqual(['it:something', 'its:something']);
    expect(pointers('who else is expanding there?')).toEqual(['there:place']);
    expect(pointers('who estimated that?')).toEqual(['that:whole']);
    expect(pointers('who owns the rest?')).toEqual(['the rest:whole']);
  });

  it('reads Chinese pronouns, the longer word first', () => {
    expect(pointers('他在哪里工作？')).toEqual(['他:someone']);
    expect(pointers('他们在那里做什么？')).toEqual(['他们:something', '那里:place']);
  });

  it('leaves words that point at nothing: "is there", "what time is it", "say that ...", "this article"', () => {
    expect(pointers('is there a figure for Vietnam?')).toEqual([]);
    expect(pointers('what time is it in Jakarta?')).toEqual([]);
    expect(pointers('does the article say that Temu is bigger than Amazon?')).toEqual([]);
    expect(pointers('what does this article say about Temu?')).toEqual([]);
    expect(pointers('who said that?')).toEqual(['that:whole']);
  });
});
