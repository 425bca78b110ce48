// The words in a follow-up that point back at what was asked before: "where does he work?", "who estimated
// that?", "who else is expanding there?", "他在哪里工作？". Each says what kind of thing it points at, so "he" takes
// the person the thread was about and "there" the place.

export type Pointer = 'someone' | 'something' | 'place' | 'whole';

export type ReferringWord = { word: string; index: number; pointer: Pointer };

const ENGLISH: [RegExp, Pointer][] = [
  [/\b(?:he|him|his|himself|she|her|hers|herself)\b/gi, 'someone'],
  // Not the "it" of "what time is it" or "is it true that ...", which points at nothing.
  [
    /\b(?:its|itself|they|them|their|theirs|themselves)\b|\bit\b(?<!\btime is it)(?!\s+(?:true|possible|likely|ok|okay)\b)/gi,
    'something',
  ],
  // Not "is there a ...", "there is/are/was/were": those say something exists, they point at no place.
  [/\bthere\b(?!\s*(?:is|are|was|were|'s|be|been)\b)/gi, 'place'],
  // "who estimated that?", "is this true?", "that figure": the whole of what was asked. Not "this article", which
  // is the briefing, nor "this year", which is a date.
  [
    /\b(?:that|this|these|those)\b(?!\s+(?:article|articles|piece|story|briefing|brief|report|post|link|thread|channel|bot|year|month|week|morning|afternoon|evening|time)\b)/gi,
    'whole',
  ],
  // "who owns the rest?", "which one is in Singapore?": part of what was just named.
  [
    /\bthe (?:rest|others|remainder|remaining \w+)\b|\b(?:which|what|that|this|the first|the second|the other|the last) one\b/gi,
    'whole',
  ],
];

const CHINESE: [RegExp, Pointer][] = [
  [/他们|她们|它们/g, 'something'],
  [/他|她/g, 'someone'],
  [/它/g, 'something'],
  [/那里|那儿|那边/g, 'place'],
  [/这个|那个|这|那/g, 'whole'],
];

/**
 * A word that opens what follows rather than pointing back: "does it say that Temu ...", "is it true that ...",
 * "is there a figure ...". At the end of a question the same words do point back: "who said that?", "who else is
 * there?".
 */
const OPENS_WHAT_FOLLOWS: { word: RegExp; after: RegExp }[] = [
  {
    word: /^that$/i,
    after: /\b(?:say|says|said|true|mean|means|think|thinks|so|such|know|report|reports|claim|claims)\s+$/i,
  },
  { word: /^there$/i, after: /\b(?:is|are|was|were|any|anything|anyone)\s+$/i },
];

/** Every referring word of the text, in order of position. */
export function findReferringWords(text: string): ReferringWord[] {
  const found: ReferringWord[] = [];
  for (const [pattern, pointer] of [...ENGLISH, ...CHINESE])
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const followed = /^\s*[\p{L}\p{N}]/u.test(text.slice(index + match[0].length));
      const opens = OPENS_WHAT_FOLLOWS.some((o) => o.word.test(match[0]) && o.after.test(text.slice(0, index)));
      if (!(opens && followed)) found.push({ word: match[0], index, pointer });
    }
  // "他们" is also matched by "他", "that one" by "that": keep the longer word that starts first.
  found.sort((a, b) => a.index - b.index || b.word.length - a.word.length);
  const kept: ReferringWord[] = [];
  for (const w of found) {
    const last = kept.at(-1);
    if (!last || w.index >= last.index + last.word.length) kept.push(w);
  }
  return kept;
}
