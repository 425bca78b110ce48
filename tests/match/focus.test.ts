import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../src/match/focus.js';

// A message is read sentence by sentence, the one that asks counting most. A message of very many sentences (a paste,
// a flood) is read from its last ones, where a question comes: reading a thousand sentences took tens of
// milliseconds for nothing.

describe('the sentences of a message', () => {
  it('are each a part, the one that asks the focus', () => {
    const parts = splitQuestion("I'm prepping the deck for Monday. Who is Jian Xu?");
    expect(parts).toEqual([
      { text: "I'm prepping the deck for Monday.", focus: false },
      { text: 'Who is Jian Xu?', focus: true },
    ]);
  });

  it("end at a comma after the asker's own story, not after what the question is about", () => {
    expect(splitQuestion('writing a recap for our office channel, how did the author think Williams played?')).toEqual([
      { text: 'writing a recap for our office channel', focus: false },
      { text: 'how did the author think Williams played?', focus: true },
    ]);
    expect(splitQuestion("i'm canadian so i have to ask, how did the match go?").map((p) => p.focus)).toEqual([
      false,
      true,
    ]);
    expect(splitQuestion('In 2023, what did Indonesia ban?')).toEqual([
      { text: 'In 2023, what did Indonesia ban?', focus: true },
    ]);
    expect(splitQuestion('Besides TikTok, which apps were hit?')).toHaveLength(1);
  });

  it('are read from the last 24 in a message of many more', () => {
    const story = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the story goes here.`).join(' ');
    const parts = splitQuestion(`${story} What does the article say about TikTok Shop?`);
    expect(parts).toHaveLength(24);
    expect(parts[0].text).toBe('Line 18 of the story goes here.');
    expect(parts.filter((p) => p.focus).map((p) => p.text)).toEqual(['What does the article say about TikTok Shop?']);
  });
});
