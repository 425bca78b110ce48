import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A reader asks in everyday words for what the article says in its own: "video" for "security footage", "pics" for
// "photos", "chip" for "processor", "mum" for "mother", "cops" for "police", "worry" for "concern". kb:new drafts those groups into the
// pack's aliases when the article uses one of their words.

const engine = useDraftedEngine('common-synonyms', 'Pearl dress stolen before the ceremony', [
  'The dress was taken from a hotel room on Thursday, and there is security footage that detectives are studying.',
  'The actress told the police that she had left the dress in her room for an hour.',
  "The actress's mother said in a statement that the family was heartbroken.",
  'The new tablet is expected to use an upgraded A10X processor.',
  'The Press Council is concerned the laws would crush investigative journalism.',
]);

describe('everyday words for the article’s own', () => {
  it('answers "video" from "footage"', () => {
    const reply = engine().answer('is there any video of whoever took the dress');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('security footage');
  });

  it('answers "mum" from "mother" and "chip" from "processor"', () => {
    expect(engine().answer('what did the mum say in her statement').answer).toContain('family was heartbroken');
    expect(engine().answer('which chip will the new tablet use').answer).toContain('A10X processor');
    expect(engine().answer('what did the actress tell the cops').answer).toContain('told the police');
  });

  it('answers "worry" from "concerned"', () => {
    expect(engine().answer("what's the press council's main worry").answer).toContain(
      'The Press Council is concerned the laws would crush investigative journalism.',
    );
  });
});
