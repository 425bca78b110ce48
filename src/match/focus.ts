import { memoise } from './memoise.js';
// Long chatty questions carry one real question inside ("I've got a call in ten minutes ... what does it say
// about Temu?"). The sentence that asks (ends in a question mark, else the last one) is the focus; the others
// are context, which still counts, but less, so the story around a question does not outweigh it.

export type QuestionPart = { text: string; focus: boolean };

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Chat runs the small talk and the question together with a dash or a colon ("hey, prepping a slide for the APAC
 * sync - is the ban still a thing?", "quick one: who is Jian Xu?"): the clause after it is a sentence of its own.
 * So is one after a full stop in chat typed in lower case ("deck for a client in jakarta. why is ..."), where the
 * Unicode sentence rules see no break (a full stop before a lower-case word may end an abbreviation).
 */
const QUESTION_WORD =
  '(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|should)\\b';
/** "temu scares me lol. anyway how is it doing?": a word that turns from the small talk to the question. */
const TURNING_WORD = '(?:anyway|anyways|anyhow|btw|but|so|ok|okay|now|also)\\b';
/**
 * "writing a recap for our office channel, how did ...", "i'm canadian so i have to ask, how did ...": a clause that
 * speaks of the asker (I, my, our, we; not "us", which may be the country) or opens on what they are doing ("doing a
 * fantasy hockey check,") is the asker's own story, and a comma ends it as a dash does. Not any clause before a comma:
 * "In 2023, what did Indonesia ban" and "Besides TikTok, which apps ..." say what is asked. Drafted dev sets +5 right,
 * +2 wrong; held out +7, +3.
 */
// The comma comes first, so the look back to the clause's start is made at a comma only, not at every character.
const ASKERS_OWN_CLAUSE = String.raw`,(?<=^(?:[^,?]*\b(?:i|im|ive|my|our|we|me)\b|\p{L}+ing\b)[^,?]*,)\s+`;
const CLAUSE_BREAK = new RegExp(
  `\\s+[-–—]+\\s+|:\\s+(?=${QUESTION_WORD})|${ASKERS_OWN_CLAUSE}(?=${QUESTION_WORD})|(?<=\\p{L}{3}\\.)\\s+(?=${QUESTION_WORD}|${TURNING_WORD})`,
  'iu',
);

function sentencesOf(question: string): string[] {
  return [...sentences.segment(question)].flatMap((s) => s.segment.split(CLAUSE_BREAK));
}

/**
 * A question is split several times while it is answered (weighing, the not-stated check, the reply's opening):
 * the parts are kept for the last few questions. Callers must not change them.
 */
export const splitQuestion = memoise(splitQuestionNow, 64);

/**
 * A message of more sentences than this is read from its last ones: the question comes at the end of what is said
 * around it, and every sentence read costs its analysis (a thousand two-letter "questions" in 4,000 characters took
 * 35 ms; the chattiest question of the eval sets has 4).
 */
const MAX_PARTS = 24;

function splitQuestionNow(question: string): QuestionPart[] {
  const parts = sentencesOf(question)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
    .slice(-MAX_PARTS);
  if (parts.length <= 1) return [{ text: question, focus: true }];
  const asks = parts.map((p) => /[?？]/.test(p));
  const anyAsks = asks.some(Boolean);
  return parts.map((text, i) => ({ text, focus: anyAsks ? asks[i] : i === parts.length - 1 }));
}
