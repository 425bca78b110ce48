import { splitCompound } from '../match/compound.js';
import { escapeRegExp } from '../match/escape-regexp.js';
import type { NamedThing, NamesReading } from '../match/read-names.js';
import { findReferringWords, type Pointer, type ReferringWord } from '../match/referring-words.js';
import { looksLikeQuestion } from './looks-like-question.js';

// A follow-up -> the question the engine is asked. The engine already reads a message of several sentences with a
// focus (the asking sentence counts in full, the others as context; see match/focus.ts), so a follow-up that points
// back ("where does he work?") is asked with the thread's earlier question on a line of its own before it, and what
// "he", "it", "that" point at written next to those words, so those names are what the answer must be about. An
// elliptic one ("and in Southeast Asia?") is merged into the earlier question. One with a topic of its own and nothing
// pointing back is asked on its own.

export type ReadNames = (text: string) => NamesReading;

export type Resolved = {
  /** What the engine is asked. */
  asked: string;
  /** The follow-up as a question on its own ("where does he (Jian Xu) work?"): the context for the next one. */
  standalone: string;
  /** It was read with the earlier question because something in it points back ("he", "that"). */
  pointsBack: boolean;
};

/** "and in Southeast Asia?", "what about Tencent?", "or Temu?": the rest of the question is the one before. */
const ELLIPSIS_OPENER = /^\s*(?:and|or|also|but|plus|so|what about|how about|what of|same for|same with)\b/i;
/** "by when?", "does Douyin?", "which ones?": a follow-up this short is rarely a whole question of its own. */
const SHORT_WORDS = 3;
/** "what is Tokopedia?", "who's Zheng": short, yet a whole question. */
const WHOLE_QUESTION =
  /^\s*(?:what|who|where|when|why|how|which)(?:'s|’s|\s+(?:is|are|was|were|does|do|did|has|have))\b/i;
/** "what about globally?": the whole world takes the place of the place asked about before. */
const GLOBAL_SCOPE = /\b(?:global|globally|worldwide|world|overall|in total|altogether)\b/i;

/**
 * The question to ask for `text`, a follow-up of `previous` (the earlier question as a question on its own, that is,
 * its own Resolved.standalone, so a chain of follow-ups keeps its topic).
 */
export function resolveFollowUp(readNames: ReadNames, previous: string, text: string): Resolved {
  const own = readNames(text);
  const asked = readNames(previous);
  // "why did TikTok buy it?": "it" is not a name the follow-up gives itself.
  const before = { ...asked, names: asked.names.filter((n) => !own.names.some((m) => m.name === n.name)) };
  const pointers = findReferringWords(text).filter((p) => !pointsWithin(readNames, text, p));
  if (pointers.length > 0) {
    const standalone = spellOut(text, pointers, before);
    return { asked: `${asContext(previous)}\n${asFocus(standalone)}`, standalone, pointsBack: true };
  }
  if (!own.hasOwnWords) {
    // "ok thanks" leans on nothing: it is no question.
    if (!looksLikeQuestion(text)) return { asked: text, standalone: text, pointsBack: false };
    // "why?", "by when?", "according to who?": with no topic of its own the engine reads it as leaning on the line
    // before (weigh-question.ts), which then counts in full.
    const context = asContext(previous);
    return { asked: `${context}\n${asFocus(text)}`, standalone: `${context} ${text}`, pointsBack: false };
  }
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const elliptic = ELLIPSIS_OPENER.test(text) || (words.length <= SHORT_WORDS && !WHOLE_QUESTION.test(text));
  if (!elliptic) return { asked: text, standalone: text, pointsBack: false };
  // "and Singapore?" after "what does it say about Malaysia?": the new name takes the place of the old one of its
  // kind, and the two are read as one question, so "and in the US?" after a global share asks for a US share (which
  // the article lacks) rather than leaning on the global one.
  const replacing = [...own.names, ...(GLOBAL_SCOPE.test(text) ? [{ place: true }] : [])];
  const replaced = asked.names.filter((n) => replacing.some((m) => m.place === n.place));
  const rest = withoutNames(previous, replaced)
    .replace(/[?？.。!！]+\s*$/u, '')
    .trim();
  const standalone = asFocus(`${rest} ${text.replace(ELLIPSIS_OPENER, '').trim()}`);
  return { asked: standalone, standalone, pointsBack: false };
}

/**
 * "what is TikTok and who owns it?": a pointer in the second part of a two-part question points at what the first
 * part names (the engine reads those together, see two-part.ts), not at anything before.
 */
function pointsWithin(readNames: ReadNames, text: string, pointer: ReferringWord): boolean {
  const parts = splitCompound(text);
  if (!parts || pointer.index < text.lastIndexOf(parts[1])) return false;
  return readNames(parts[0]).names.some((n) => n.place === (pointer.pointer === 'place'));
}

/** "why did it open it?" -> "why did it (Xiaohongshu) open it?": each kind of pointer spelled out once. */
function spellOut(text: string, pointers: ReferringWord[], before: NamesReading): string {
  let out = '';
  let at = 0;
  const spelled = new Set<Pointer>();
  for (const p of pointers) {
    const end = p.index + p.word.length;
    out += text.slice(at, end);
    at = end;
    if (spelled.has(p.pointer)) continue;
    const referent = referentOf(p.pointer, before);
    if (referent.length === 0) continue;
    spelled.add(p.pointer);
    out += ` (${referent.join(', ')})`;
  }
  return out + text.slice(at);
}

/** What a word points at in the earlier question: "he" and "it" a name, "there" a place, "that" all of it. */
function referentOf(pointer: Pointer, before: NamesReading): string[] {
  const named = (place: boolean) => before.names.filter((n) => n.place === place).map((n) => n.name);
  switch (pointer) {
    case 'someone':
      return named(false);
    case 'something': {
      const things = named(false);
      return things.length > 0 ? things : before.topics;
    }
    case 'place':
      return named(true);
    case 'whole':
      return [...before.names.map((n) => n.name), ...before.topics];
  }
}

function withoutNames(text: string, names: NamedThing[]): string {
  let out = text;
  for (const { name, surface } of names)
    for (const said of [surface, name]) out = out.replace(new RegExp(`\\b${escapeRegExp(said)}\\b`, 'gi'), ' ');
  // "that (TikTok Shop, Southeast Asia, big)" less Southeast Asia is "that (TikTok Shop, big)".
  return out
    .replace(/\s+/g, ' ')
    .replace(/\(\s*,\s*/g, '(')
    .replace(/\s*,\s*(?=[,)])/g, '')
    .replace(/\s*\(\s*\)/g, '')
    .trim();
}

/** No question mark left and a line break after it: the engine reads it as context, not as a question (focus.ts). */
function asContext(question: string): string {
  return `${question
    .replace(/[?？]+/g, '.')
    .trim()
    .replace(/[.。]*$/, '')}.`;
}

function asFocus(question: string): string {
  return /[?？]/.test(question) ? question : `${question}?`;
}
