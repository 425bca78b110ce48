import { joinSentences } from '../knowledge/join-sentences.js';
import type { Figure, Pack, QaEntry } from '../knowledge/schema.js';
import { analyseText } from '../match/analyse.js';
import { type AnswerKind, answerKindsIn, DATE_UNITS, type EntryIndex } from '../match/build-index.js';
import { escapeRegExp } from '../match/escape-regexp.js';
import { isEntityTerm } from '../match/lexicon.js';
import { LIGHT_ENGLISH_WORDS } from '../match/stopwords.js';
import { absenceAsides, isAbsence, splitSentences } from './answer-sentences.js';
import type { Asking } from './asking.js';

// One entry serves every question that reaches it, so its reply is composed for the question asked: the sentence
// that holds what was asked comes first (the figure asked for, the time, the name), "Yes" leads a yes/no question
// when the entry's own words say so, a figure about another scope than the one asked says so first ("The article
// gives no share for the United States"), and sentences that only say what the article does not give are kept for
// the question that asks for that detail. Every word still comes from the pack; only order and those openers change.

/** An entry's answer for one question, and its figures in the order they answer it (undefined: the entry's order). */
export type Composed = { answer: string; figures?: Figure[] };

/** How a reply opens for one question: an entry's answer and figures, composed for it. */
export type Lead = {
  compose(entry: QaEntry): Composed;
  /** True when the entry's answer holds what was asked (the figure or kind of answer wanted) in a sentence. */
  holdsAsked(entry: QaEntry): boolean;
};

/** The entry's answer as it is written: what a reply built without a question (or before this module) says. */
export const AS_WRITTEN: Lead = {
  compose: (entry) => ({ answer: entry.answer }),
  holdsAsked: () => false,
};

type Sentence = { text: string; terms: Set<string>; absence: boolean; at: number };

/** Units a figure holds, as the kinds of answer a question wants. */
const UNIT_KINDS: Record<Figure['unit'], AnswerKind[]> = {
  money: ['money', 'number'],
  percent: ['percent', 'number'],
  percentage_points: ['percent', 'number'],
  count: ['number'],
  duration: ['duration', 'number'],
  date: ['time'],
  year: ['time'],
  rank: [],
  other: [],
};
/** The kind a figure's unit answers most directly: a count for "how many", a share for "what percent". */
const PRIMARY_KIND: Record<Figure['unit'], AnswerKind | undefined> = {
  money: 'money',
  percent: 'percent',
  percentage_points: 'percent',
  count: 'number',
  duration: 'duration',
  date: 'time',
  year: 'time',
  rank: undefined,
  other: undefined,
};
/** Kinds a question wants that a figure can hold (a reason is no figure). */
const FIGURE_KINDS = new Set<AnswerKind>(['money', 'number', 'percent', 'duration', 'time']);
/** Question kinds a figure does not answer: who said it, why, where. */
const NOT_FIGURE_INTENTS = ['?who', '?why', '?where', '?say'];
/** "It also ...", "He says ...", "... a stake in it": a sentence that leans on the one before it cannot open a reply. */
const LEANS_BACK =
  /^(?:it|its|it's|he|his|she|her|they|their|them|this|that|these|those|there|such|the same|also|and|but|so|then|instead|however|meanwhile)\b|\b(?:in|of|to|for|with|from|on|about|by) (?:it|them|him|her)\b/i;
/** Words asking for a name, stopwords elsewhere (see settlesYes). */
const NAME_WORDS = /\b(?:names?|named|called)\b/g;
/** A pronoun anywhere in a sentence may point at the one before it: such a sentence only moves ahead for a figure. */
const POINTS_BACK = /\b(?:it|its|it's|he|him|his|she|her|they|them|their|this|these|those|there)\b/i;
/**
 * A sentence that reports a claim or a view, or says what may, will or would happen ("is asking Mojang for comment
 * and will update"): its words match a question without settling it.
 */
const REPORTED =
  /\b(?:argue[sd]?|arguing|claim(?:s|ed)?|alleg\w*|accus\w*|says?|said|according to|estimat\w*|believe[sd]?|think|thinks|thought|suggest\w*|warn\w*|fears?|feared|worr\w*|concerns?|concerned|wary|expect\w*|predict\w*|hopes?|hoping|plans?|planned|planning|aims?|seeks?|seeking|asks?|asked|asking|may|might|could|would|will|if|unless|whether|likely|possibly|perhaps|reportedly)\b/i;
const ARTICLE_SAYS =
  /^(?:the article (?:says|notes|reports|describes|names|calls)(?: that)?|according to the article,)\s*/i;
/** "isn’t", "little hope for a cure", "few", "without": a sentence that denies or doubts is never a plain yes. */
const NEGATION =
  /n['’]t\b|\b(?:not|no|never|nothing|none|neither|nor|without|little|few|hardly|barely|scarcely|rarely|seldom|unlikely|lacks?|lacking|fail(?:s|ed)?)\b/i;
/** Intents -> the words a sentence about what the article lacks uses for that detail. */
const DETAIL_WORDS: [string, RegExp][] = [
  ['?when', /\b(?:when|date|dated|year|month|day|publication|published)\b/i],
  ['?where', /\b(?:where|location|address|place)\b/i],
  ['?why', /\b(?:why|reasons?)\b/i],
];
const KIND_WORDS: [AnswerKind, RegExp][] = [
  ['percent', /\b(?:percent|percentage|share|rate)\b/i],
  ['number', /\b(?:how much|how many|figure|number|size|amount)\b/i],
  ['duration', /\b(?:how long|long)\b/i],
  ['time', /\b(?:when|date|year|month|day)\b/i],
];
const REFINES = /\b(?:exact|exactly|precise|precisely|specific)\b/i;
const DATE_PARTS = {
  year: /\b(?:19|20)\d\d\b/,
  month: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  day: /\b(?:\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
} as const;
/** Words for the metric a figure measures, when a question names one ("share", "GMV", "stake"). */
const METRIC_NOUNS = new Set(
  'share market share stake gmv sales revenue users surplus growth value price cost rate population'.split(' '),
);

/** The terms of the pack's own texts (answers, sentences, figure labels), read once per index. */
const readByIndex = new WeakMap<EntryIndex, Map<string, Set<string>>>();

function termsReader(index: EntryIndex): (text: string) => Set<string> {
  let cache = readByIndex.get(index);
  if (!cache) {
    cache = new Map();
    readByIndex.set(index, cache);
  }
  const known = cache;
  return (text) => {
    let terms = known.get(text);
    if (!terms) {
      terms = new Set(analyseText(text, index.lexicon).terms.map((t) => t.term));
      known.set(text, terms);
    }
    return terms;
  };
}

export function createLead(pack: Pack, index: EntryIndex, asking: Asking): Lead {
  const read = termsReader(index);
  const asked = asking.terms.filter((t) => !(t.kind === 'word' && LIGHT_ENGLISH_WORDS.has(t.surface)));
  const weightOf = (terms: Set<string>) =>
    asked.reduce((sum, t) => sum + (t.known && covers(terms, t.term) ? t.weight : 0), 0);
  const covers = (terms: Set<string>, term: string) =>
    terms.has(term) || [...index.lexicon.partOf].some(([part, whole]) => whole === term && terms.has(part));
  const figureKinds = asking.wants.filter((k) => FIGURE_KINDS.has(k));
  const notForFigures = NOT_FIGURE_INTENTS.some((i) => asking.intents.has(i)) || asking.wants.includes('reason');

  const scopeOf = (figure: Figure) => {
    const { label, subject, period, attribution, comparison } = figure;
    return read([label, subject, period, attribution.by, comparison?.against ?? ''].join(' . '));
  };
  const placeNames = (terms: Set<string>) =>
    [...terms].filter(isEntityTerm).flatMap((t) => {
      const whole = index.lexicon.partOf.get(t);
      return [index.lexicon.names.get(t) ?? '', whole ? (index.lexicon.names.get(whole) ?? '') : ''];
    });

  /** The entry's figure the question asks for: one of the kind wanted, or the metric named, in the scope named. */
  const askedFigure = (entry: QaEntry): Figure | undefined => {
    if (notForFigures) return undefined;
    const figures = entry.figures.flatMap((id) => pack.figures.filter((f) => f.id === id));
    let best: { figure: Figure; score: number } | undefined;
    for (const figure of figures) {
      const kinds = UNIT_KINDS[figure.unit];
      const fits = figureKinds.some((k) => kinds.includes(k));
      const about = `${figure.label} . ${figure.subject}`;
      const terms = read(about);
      // "share" may be read as part of a longer phrase in the label ("share of global e-commerce"): the word counts too.
      const metric = asked.some(
        (t) =>
          !isEntityTerm(t.term) &&
          t.kind !== 'number' &&
          isMetric(t) &&
          (terms.has(t.term) || new RegExp(`\\b${escapeRegExp(t.surface)}\\b`, 'i').test(about)),
      );
      if (!fits && !(metric && kinds.length > 0)) continue;
      const names = placeNames(scopeOf(figure));
      const inScope = asking.places.filter((p) => names.includes(p)).length;
      const primary = PRIMARY_KIND[figure.unit];
      const direct = primary !== undefined && figureKinds.includes(primary);
      const score = (fits ? 2 : 0) + (direct ? 1 : 0) + (metric ? 1 : 0) + 3 * inScope + weightOf(terms) / 100;
      if (!best || score > best.score) best = { figure, score };
    }
    return best?.figure;
  };
  const isMetric = (t: (typeof asked)[number]) =>
    (index.lexicon.mustMatch.has(t.term) && !isEntityTerm(t.term)) || METRIC_NOUNS.has(t.surface);

  const sentencesOf = (entry: QaEntry): Sentence[] =>
    splitSentences(entry.answer).map((text, at) => ({ text, terms: read(text), absence: isAbsence(text), at }));

  /** The question names what a sentence about a missing detail is about ("the rest", "the year"), not the others. */
  const namesDetail = (sentence: Sentence, kept: Sentence[]) => {
    const elsewhere = new Set(kept.flatMap((s) => [...s.terms]));
    // Light words count here: "which year" names the year an "(the article gives no year)" aside is about.
    return asking.terms.some((t) => sentence.terms.has(t.term) && !elsewhere.has(t.term));
  };

  /** A sentence saying what the article does not give is kept when the question asks for that detail. */
  const asksDetail = (sentence: Sentence, kept: Sentence[]) => {
    if (namesDetail(sentence, kept)) return true;
    if (DETAIL_WORDS.some(([intent, words]) => asking.intents.has(intent) && words.test(sentence.text))) return true;
    if (KIND_WORDS.some(([kind, words]) => asking.wants.includes(kind) && words.test(sentence.text))) return true;
    return /\belse\b/.test(asking.text) && /\belse\b/i.test(sentence.text);
  };

  const valueIn = (figure: Figure, text: string) => comparable(text).includes(comparable(String(figure.value)));

  /** The sentence that answers what was asked, when it is not the first. */
  const openingOf = (sentences: Sentence[], figure: Figure | undefined): Sentence => {
    const [first] = sentences;
    const canOpen = (s: Sentence) => !LEANS_BACK.test(s.text);
    if (figure) {
      if (valueIn(figure, first.text)) return first;
      return sentences.find((s) => valueIn(figure, s.text) && canOpen(s)) ?? first;
    }
    // A sentence that gives the kind of answer wanted (a time for "when", a number for "how many") where the first
    // does not moves ahead.
    if (asking.wants.length > 0 && !givesKinds(first)) {
      const giving = sentences.filter((s) => s !== first && canOpen(s) && givesKinds(s));
      if (giving.length > 0) return giving.reduce((a, b) => (weightOf(b.terms) > weightOf(a.terms) ? b : a));
    }
    // So does one that holds what was asked about where the first holds none of it ("what kind of economies make up
    // Southeast Asia?"), as long as it names what it is about. Otherwise the curator's order reads best.
    const topics = asked.filter((t) => t.known && (t.kind === 'word' || t.kind === 'concept'));
    const holds = (s: Sentence) => topics.filter((t) => covers(s.terms, t.term));
    if (topics.length === 0 || holds(first).length > 0) return first;
    const holding = sentences.filter((s) => s !== first && canOpen(s) && !POINTS_BACK.test(s.text) && holds(s).length);
    return holding.reduce((a, b) => (holds(b).length > holds(a).length ? b : a), holding[0] ?? first);
  };

  const givesKinds = (sentence: Sentence) => {
    const kinds = answerKindsIn(sentence.text);
    return asking.wants.every((k) => kinds.has(k));
  };

  /** Whether a sentence gives the kind of answer asked: a time for "when", a name for "who", a number for "how many". */
  const givesAsked = (sentence: Sentence): boolean => {
    const kinds = answerKindsIn(sentence.text);
    if (asking.wants.some((k) => !kinds.has(k))) return false;
    // "What year?" is not answered by "In June"; "which month and which year?" is, in part.
    if (asking.dateParts.length > 0 && !asking.dateParts.some((part) => DATE_PARTS[part].test(sentence.text)))
      return false;
    const named = new Set(asking.terms.map((t) => t.term));
    const newNames = [...sentence.terms].filter((t) => isEntityTerm(t) && !named.has(t));
    if (asking.intents.has('?who') && newNames.length === 0) return false;
    if (asking.intents.has('?where') && newNames.length === 0) return false;
    return true;
  };

  /** "Yes" when the opening sentence says, in the pack's own words, everything the yes/no question asks. */
  const settlesYes = (opening: Sentence): boolean => {
    if (!asking.yesNo || asking.qualified || opening.absence) return false;
    if (NEGATION.test(opening.text)) return false;
    // "The article says ..." is how a curator quotes the source, not a claim someone in it makes.
    const reported = opening.text.replace(ARTICLE_SAYS, '').match(REPORTED);
    if (reported && !new RegExp(`\\b${reported[0]}\\b`, 'i').test(asking.text)) return false;
    const topics = asked.filter((t) => t.kind !== 'intent');
    if (topics.length < 2 || topics.some((t) => !t.known)) return false;
    // "Were the names of the gunmen released?": "names" is a stopword, yet here it is what is asked, and a sentence
    // about something released by attackers does not say the names were.
    if ([...asking.text.matchAll(NAME_WORDS)].some(([word]) => !new RegExp(`\\b${word}\\b`, 'i').test(opening.text)))
      return false;
    return topics.every((t) => covers(opening.terms, t.term));
  };

  /**
   * "No" when a yes/no question states a share the entry's figures give otherwise: "did TikTok buy 80% of Tokopedia?"
   * against its 75% stake. Only shares: they compare as written, where amounts carry scales ("$64.3 billion").
   */
  const contradicted = (figures: readonly Figure[], opening: Sentence): boolean => {
    if (!asking.yesNo) return false;
    const stated = [...asking.text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi)].map((m) => Number(m[1]));
    const shares = figures.filter((f) => f.unit === 'percent' && f.number !== undefined);
    if (stated.length !== 1 || shares.length === 0) return false;
    if (shares.some((f) => Math.abs((f.number ?? 0) - stated[0]) < 0.5)) return false;
    return shares.some((f) => opening.text.includes(`${f.number}%`) || opening.text.includes(`${f.number} percent`));
  };

  /** "The article gives no share for the United States": the figure's scope is not the place asked about. */
  const nearMiss = (figure: Figure): string | undefined => {
    const names = placeNames(scopeOf(figure));
    const missing = asking.places.filter((p) => !names.includes(p));
    if (missing.length === 0) return undefined;
    const metric =
      asked.find((t) => !isEntityTerm(t.term) && t.kind !== 'number' && isMetric(t) && !/\d/.test(t.surface))
        ?.surface ?? 'figure';
    const about = `${figure.label} ${figure.subject}`;
    const own = names.find((n) => n && new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(about));
    const scope = /\b(?:global|globally|worldwide|world)\b/i.test(about) ? 'global' : own ? `for ${withThe(own)}` : '';
    const given = scope ? `; the ${metric} it gives is ${scope}` : '';
    return `The article gives no ${metric} for ${listOf(missing.map(withThe))}${given}.`;
  };

  const compose = (entry: QaEntry): Composed => {
    const figures = entry.figures.flatMap((id) => pack.figures.filter((f) => f.id === id));
    const figure = askedFigure(entry);
    const ordered = figure ? [figure, ...figures.filter((f) => f !== figure)] : figures;
    // A drafted answer is the article's own sentence(s): kept whole and in order, only opened for the question.
    const all = entry.draft
      ? [{ text: entry.answer, terms: read(entry.answer), absence: false, at: 0 }]
      : sentencesOf(entry);
    const body = all.filter((s) => !s.absence);
    if (body.length === 0) return { answer: entry.answer, figures: ordered };
    const opening = openingOf(body, figure) ?? body[0];
    const tails = all.filter((s) => s.absence && asksDetail(s, body));
    // What the article lacks comes first when that is what was asked and the opening does not give it ("who wrote
    // it?" -> "The article gives no author"); after it when the opening gives part ("In June ... no year").
    // "No exact growth percentage" refines what the opening gives ("almost double"): it follows, whatever is asked.
    const named = asking.dateParts.length === 0 && tails.some((s) => namesDetail(s, body) && !REFINES.test(s.text));
    const lacksAsked = tails.length > 0 && (named || !givesAsked(opening));
    const rest = body.filter((s) => s !== opening);
    const sentences = lacksAsked ? [...tails, opening, ...rest] : [opening, ...rest, ...tails];
    const texts = sentences.map((s) => withoutUnaskedAsides(s, body));
    const miss = figure && nearMiss(figure);
    const lead =
      miss ?? (contradicted(ordered, opening) ? 'No:' : settlesYes(opening) && !lacksAsked ? 'Yes:' : undefined);
    const answer = [lead, joinSentences(texts)].filter(Boolean).join(' ');
    // A drafted sentence's years and dates are in its words already; listed under it as figures ("Fed sees three rate
    // hikes: 2017") they add nothing, unless one is what was asked ("when does her term end": 2018).
    const shown = entry.draft ? ordered.filter((f) => f === figure || !DATE_UNITS.has(f.unit)) : ordered;
    return { answer, figures: shown };
  };

  /** "... last December (the article gives no year)": the aside goes unless the question asks for that detail. */
  const withoutUnaskedAsides = (sentence: Sentence, body: Sentence[]): string => {
    let text = sentence.text;
    for (const aside of absenceAsides(sentence.text)) {
      const detail = { text: aside, terms: read(aside), absence: true, at: sentence.at };
      if (!asksDetail(detail, body)) text = text.replace(aside, '');
    }
    return text;
  };

  const holdsAsked = (entry: QaEntry): boolean => {
    const figure = askedFigure(entry);
    if (figure) return valueIn(figure, entry.answer);
    const kinds = answerKindsIn(entry.answer);
    return asking.wants.length > 0 && asking.wants.every((k) => kinds.has(k));
  };

  return { compose, holdsAsked };
}

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** "the United States", "the US", but "Malaysia". */
function withThe(name: string): string {
  return /^(?:United |Republic |Netherlands|Philippines|US$|UK$|UAE$|EU$)/.test(name) ? `the ${name}` : name;
}

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
