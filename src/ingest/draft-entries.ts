import { ARTICLE_HEADLINE_ID, ARTICLE_SUMMARY_ID } from '../knowledge/article-level.js';
import { joinSentences } from '../knowledge/join-sentences.js';
import { escapeRegExp } from '../match/escape-regexp.js';
import { MAY_THE_MONTH } from '../match/month-may.js';
import { isPlaceName } from '../match/place-names.js';
import { ENGLISH_STOPWORDS, LIGHT_ENGLISH_WORDS } from '../match/stopwords.js';
import { authorLineOf, datelineOf } from './byline-lines.js';
import type { DraftEntity } from './draft-entity.js';
import type { ArticleSentence, DraftEntry } from './draft-entry.js';
import { listEntries } from './draft-lists.js';
import { uniqueId } from './ids.js';
import { keySentence } from './key-sentence.js';
import { nameFinder } from './name-pattern.js';

// Sentences -> QA entries. Every claim of the article gets an entry whose answer is the article's own sentence
// (with the sentence before it when it leans on it: "He said ..."), cited verbatim, and phrasings in the forms
// people ask: a keyword form of the whole sentence, a few short views of its parts (a question usually asks about
// one clause), and the question words its content answers (when / how many / how much / who / why / what did X say).
// The matcher reads phrasings as bags of terms, so keyword phrasings work as well as full sentences.

export type { ArticleSentence, DraftEntry } from './draft-entry.js';

export type EntryInputs = {
  title: string;
  sentences: ArticleSentence[];
  entities: DraftEntity[];
  /** Figure ids by sentence (paragraph:index). */
  figuresBySentence: Map<string, string[]>;
  meta: { author: string | null; outlet: string | null; published: string | null };
};

/** MediaWiki's back-link caret opens each reference note: "^", or "^ a b" for a source cited twice. */
const REFERENCE_NOTE = /^\^\s/;
const PRONOUN_START =
  /^(?:["“‘']\s*)?(?:he|she|it|they|this|that|these|those|his|her|its|their|there|such|but|however|and|so|also|still|yet|instead|meanwhile|then|that's|it's|he's|she's|they're|both|neither|either|the company|the firm|the group|the move|the deal)\b/i;
const TIME_WORD = new RegExp(
  String.raw`\b(?:(?:19|20)\d\d|january|february|march|april|${MAY_THE_MONTH}|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|weeks|month|months|year|years|decade|decades|century|ago|since|until|later|earlier|soon|recently|spring|summer|autumn|fall|winter|q[1-4]|quarter)\b|\d{4}年|\d+月|\d+日|今年|去年|明年`,
  'i',
);
const COUNT =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\s+(?:[a-z]+\s+){0,2}[a-z]+s\b/i;
const MONEY =
  /[$€£¥₹]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|yuan|yen|rupees|ringgit|cents)\b|\b(?:US|S|A|C|HK|NZ)\$\s?\d|\bRM\s?\d/i;
const PERCENT = /\d\s?(?:%|percent\b|per cent\b|percentage points?\b)/i;
const SAYS =
  /\b(?:said|says|told|tells|wrote|writes|added|argued|argues|explained|noted|warned|insisted|stated|according to|believes|thinks|described|called|admitted|vowed|claimed|asked)\b/i;
const GOES_ON =
  /^(?:[“"]|(?:He|She|They) (?:also )?(?:said|says|added|noted|told|argued|explained|warned|insisted|wrote|writes)\b)/;
const CAUSE =
  /\b(?:because|due to|as a result|so that|in order to|thanks to|owing to|reason|why|since|after|led to|leading to|caused|result of|so\b)/i;

/** A paragraph that opens with a short label and a colon: "Elizabeth A. Burton: Possession of methamphetamine ...". */
const LABELLED_ITEM = /^([^:!?]{2,40}?):\s+\S/;

export function draftEntries({ title, sentences, entities, figuresBySentence, meta }: EntryInputs): DraftEntry[] {
  const entries: DraftEntry[] = [];
  const used = new Set<string>();
  const { namedIn: entitiesIn, names } = nameFinder(entities);

  // The article as a whole.
  const lead = leadSentences(sentences, title, meta.author);
  if (lead.length > 0) {
    entries.push({
      id: ARTICLE_SUMMARY_ID,
      question: 'What is the article about?',
      alternates: [
        'what is this article about',
        'summary of the article',
        'tl;dr',
        'gist of the story',
        'main points key takeaways',
        'give me the short version of this piece',
        '这篇文章讲什么',
        `${title}`,
      ],
      // The headline on a line of its own: it seldom ends in a full stop, and run into the lead it reads as one
      // sentence ("Home Depot sales miss, shares plunge The home-improvement retailer earned ...").
      answer: `${title}\n\n${joinSentences(lead.map((s) => s.text))}`,
      figures: [],
      tags: ['overview'],
      citations: [
        { source: 'article', paragraph: 1, quote: title },
        ...lead.map((s) => ({ source: 'article', paragraph: s.paragraph, quote: s.text })),
      ],
      draft: true,
    });
    used.add(ARTICLE_SUMMARY_ID);
    entries.push({
      id: ARTICLE_HEADLINE_ID,
      question: 'What is the headline?',
      alternates: ['what is the title of the article', 'headline', 'what is the story called', 'article title'],
      answer: title,
      figures: [],
      tags: ['overview'],
      citations: [{ source: 'article', paragraph: 1, quote: title }],
      draft: true,
    });
    used.add(ARTICLE_HEADLINE_ID);
  }
  const by = [
    meta.author ? `by ${meta.author}` : undefined,
    meta.outlet ? `published by ${meta.outlet}` : undefined,
    meta.published ? `on ${meta.published}` : undefined,
  ].filter(Boolean);
  if (by.length > 0) {
    // The article's own lines giving its date and its writer, when it has them, cited beside what the metadata says.
    const dateline = datelineOf(sentences, meta.published);
    const writerLine = authorLineOf(sentences, meta.author);
    const ownLines = [...new Set([dateline, writerLine])].filter((line) => line !== undefined);
    entries.push({
      id: 'article-byline',
      question: meta.author
        ? 'Who wrote the article?'
        : meta.outlet
          ? 'Which outlet published the article?'
          : 'When was the article published?',
      // Only what the page gives is offered: no "when was it published" for a page with no date.
      alternates: [
        ...(meta.author ? ['who wrote this article', 'who is the author', 'byline writer reporter journalist'] : []),
        ...(meta.outlet
          ? [
              'which outlet published this',
              'which publication or news site is this from',
              'which paper, magazine, blog or website ran this',
              'where is this article from',
            ]
          : []),
        ...(meta.published ? ['when was this published', 'publication date'] : []),
        'article byline',
      ].slice(0, 10),
      answer: [`The article is ${by.join(', ')}, according to the page it was drafted from.`, writerLine?.text]
        .filter(Boolean)
        .join(' '),
      figures: [],
      tags: ['overview'],
      citations: [
        { source: 'article', paragraph: 1, quote: title },
        ...ownLines.map((line) => ({ source: 'article', paragraph: line.paragraph, quote: line.text })),
      ],
      draft: true,
    });
    used.add('article-byline');
  }

  // An article about one person or company names it in most sentences and means it in the rest ("He vowed ...",
  // list items under "Obama also said:"): every entry is about it, so it is never a name an entry lacks.
  const dominant = dominantEntity(entities, sentences.length);
  // What the headline names is what the article is about: every entry is about it too (see `dominant`).
  const headline = entitiesIn(title).slice(0, 3);
  const topics = [...new Set([...(dominant ? [dominant] : []), ...headline])];
  const introduced = new Set<string>();
  let previousEntities: DraftEntity[] = [];
  // The names said earlier in the paragraph: what its later sentences are about too ("Forrest Jones said ... “I look
  // forward to the day ...”").
  let paragraphNames: { paragraph: number; names: DraftEntity[] } = { paragraph: -1, names: [] };
  // A short sentence ("It should not be used in hyperbole.") has too few words to be asked about alone, but it is
  // part of what its paragraph says: it joins the answer of the sentence before it in the paragraph, or else of the
  // next one. A heading or a fragment that is a paragraph of its own joins nothing.
  let lastQuoted = -1;
  let waiting: ArticleSentence[] = [];
  const inParagraphWith = (a: ArticleSentence | undefined, b: ArticleSentence) =>
    a !== undefined && a.paragraph === b.paragraph;
  // The names of the heading above: what the section under it is about ("Picture-in-Picture", then "We've got the
  // green light for another round of MSU students hacking on it").
  let sectionNames: DraftEntity[] = [];
  // A reference note under a wiki article ("^ a b van der Maaten, L.J.P. (2008). ... Retrieved 2018-04-16."): the
  // article's own text, kept in it, but a source's title answers no question about the article (drafted Wikipedia
  // pages: 4 more right answers, 2 fewer wrong, 1 fewer out-of-scope question answered).
  let noteParagraph = -1;
  // A run of labelled paragraphs under a line ending in a colon ("... held on the following preliminary charges:",
  // then "Ryan S. Hollman: Dealing in methamphetamine, ..."): each item is what the line introduces, so it is asked
  // about in the line's words ("what is hollman charged with"), which the item itself never uses.
  let run: { words: string; next: number } | undefined;
  for (const [i, sentence] of sentences.entries()) {
    if (REFERENCE_NOTE.test(sentence.text)) noteParagraph = sentence.paragraph;
    if (sentence.paragraph === noteParagraph) continue;
    let words = contentWords(sentence.text);
    let named = entitiesIn(sentence.text);
    if (isHeading(sentence, sentences[i - 1], sentences[i + 1])) sectionNames = named;
    if (words.length < 3 && !/[\p{Script=Han}]/u.test(sentence.text)) {
      previousEntities = named.length > 0 ? named : previousEntities;
      const ended = /[.!?…][)"'”’]*$/u.test(sentence.text);
      const previous = entries[entries.length - 1];
      if (ended && i > 0 && lastQuoted === i - 1 && inParagraphWith(sentences[i - 1], sentence) && previous) {
        previous.citations.push({ source: 'article', paragraph: sentence.paragraph, quote: sentence.text });
        previous.answer = `${previous.answer} ${sentence.text}`;
        lastQuoted = i;
      } else if (
        ended &&
        (inParagraphWith(sentences[i + 1], sentence) || inParagraphWith(sentences[i - 1], sentence))
      ) {
        waiting = inParagraphWith(waiting[0], sentence) ? [...waiting, sentence] : [sentence];
      }
      // A paragraph of short sentences only ("“Time was against me,” Cortines said. “The starting of the buses were
      // against me.”) has no longer sentence to join: its last sentence is asked about with the words of them all.
      const paragraphOfShort =
        waiting.at(-1) === sentence && waiting[0].index === 0 && !inParagraphWith(sentences[i + 1], sentence);
      if (!paragraphOfShort) continue;
      const pooled = waiting.map((w) => w.text).join(' ');
      words = contentWords(pooled);
      if (words.length < 2) continue;
      named = entitiesIn(pooled);
    }
    const sameParagraph = paragraphNames.paragraph === sentence.paragraph;
    // A paragraph that opens with a quotation or a pronoun goes on from the one before it.
    const goesOnFrom =
      !sameParagraph &&
      paragraphNames.paragraph === sentence.paragraph - 1 &&
      /^(?:[“"‘]|(?:he|she|they|it)\b)/i.test(sentence.text);
    const earlier = sameParagraph || goesOnFrom ? paragraphNames.names : [];
    paragraphNames = { paragraph: sentence.paragraph, names: [...new Set([...earlier, ...named])] };
    const leans = PRONOUN_START.test(sentence.text) && i > 0;
    const before = leans ? sentences[i - 1] : undefined;
    // What the sentence is about: its own names, else the names of the sentence it leans on.
    const about = named.length > 0 ? named : leans ? previousEntities : [];
    const main = about.find((e) => e.person) ?? about[0];
    const mainName = main?.name ?? '';

    const phrasings = new Set<string>();
    const withMain = (text: string) => (main && !names(main, text) ? `${mainName} ${text}` : text);
    const keywordText = words.join(' ');
    phrasings.add(withMain(keywordText));
    // First among the phrasings: a long item has more views than an entry keeps.
    const label = LABELLED_ITEM.exec(sentence.text)?.[1];
    if (run && sentence.paragraph === run.next && sentence.index === 0 && label) {
      phrasings.add(`${label} ${run.words}`);
      run.next += 1;
    } else if (!(run && sentence.paragraph === run.next - 1 && sentence.index > 0)) run = undefined;
    if (/:\s*$/.test(sentence.text) && sentences[i + 1]?.paragraph === sentence.paragraph + 1)
      run = { words: words.slice(-5).join(' '), next: sentence.paragraph + 1 };
    // Short views: a question usually asks about one clause of a long sentence.
    if (words.length > 6) {
      for (let at = 0; at < words.length; at += WINDOW_STRIDE) {
        const window = words.slice(at, at + WINDOW);
        if (window.length >= 3) phrasings.add(withMain(window.join(' ')));
        if (at + WINDOW >= words.length) break;
      }
    }
    const short = words.slice(0, 6).join(' ');
    if (TIME_WORD.test(sentence.text)) phrasings.add(`when ${withMain(stripTime(short))}`);
    if (COUNT.test(sentence.text)) phrasings.add(`how many ${withMain(short)}`);
    if (MONEY.test(sentence.text)) phrasings.add(`how much ${withMain(short)}`);
    if (PERCENT.test(sentence.text)) phrasings.add(`what percentage ${withMain(short)}`);
    const speaker = SAYS.test(sentence.text) ? about.find((e) => e.person) : undefined;
    if (speaker)
      phrasings.add(
        `what did ${speaker.name} say about ${words
          .filter((w) => !isNameWord(w, speaker))
          .slice(0, 5)
          .join(' ')}`,
      );
    for (const person of named.filter((e) => e.person)) {
      if (!introduced.has(person.id) && introduces(sentence.text, person)) phrasings.add(`who is ${person.name}`);
      introduced.add(person.id);
    }
    if (CAUSE.test(sentence.text)) phrasings.add(`why ${withMain(short)}`);
    // "a second deadly crash in Ethiopia": a sentence that places what it tells answers "where".
    if (named.some((e) => !e.person && placedIn(sentence.text, e.name))) phrasings.add(`where ${withMain(short)}`);

    // The speaker is named once: "What did Marcelo Claure say about job cuts ...", not "... about Marcelo Claure job".
    const display = speaker
      ? `What did ${speaker.name} say about ${topicOf(words, speaker, false)}?`
      : `What does the article say about ${topicOf(words, main)}?`;
    const [question, ...rest] = [display, ...[...phrasings].filter((p) => p !== display)];
    const alternates = [...new Set(rest)];
    // Every entry has at least three: pad with plain forms of the keyword phrasing.
    for (const filler of [`tell me about ${keywordText}`, `what about ${keywordText}`, `${keywordText}?`])
      if (alternates.length < 3) alternates.push(filler);
    // The sentence after, in the same paragraph, usually finishes the thought ("It is unclear whether ..."):
    // answers carry it, so a reader gets the whole point; it is matched only as answer text.
    // So does what a sentence ending in a colon introduces, in the next paragraph ("Alan Goodale wrote on December 24:"),
    // and the answer to a question the article asks ("Why has the conversation turned to sponsorship income?").
    const introducing =
      /[:?]\s*$/.test(sentence.text) && sentences[i + 1]?.paragraph === sentence.paragraph + 1
        ? sentences[i + 1]
        : undefined;
    const after =
      (sentences[i + 1]?.paragraph === sentence.paragraph && !before ? sentences[i + 1] : undefined) ?? introducing;
    // "Eric Reeves ... said he was “appalled” ..." and then, in the next paragraph, "He said that ...": what the person
    // went on to say is what "what did Reeves say?" asks for.
    // The sentence after this one, or after the one the answer carries anyway: the next paragraph's first, when the
    // paragraph ends there.
    const following = sentences[after ? i + 2 : i + 1];
    const goesOn =
      (!after || words.length < 25) &&
      !before &&
      main?.person &&
      following?.paragraph === sentence.paragraph + 1 &&
      GOES_ON.test(following.text)
        ? following
        : undefined;
    const joined = waiting.filter((w) => inParagraphWith(w, sentence) && w !== before && w.index < sentence.index);
    waiting = [];
    const citations = [
      ...joined.map((w) => ({ source: 'article', paragraph: w.paragraph, quote: w.text })),
      ...(before ? [{ source: 'article', paragraph: before.paragraph, quote: before.text }] : []),
      { source: 'article', paragraph: sentence.paragraph, quote: sentence.text },
      ...(after && words.length < 25 ? [{ source: 'article', paragraph: after.paragraph, quote: after.text }] : []),
      ...(goesOn ? [{ source: 'article', paragraph: goesOn.paragraph, quote: goesOn.text }] : []),
    ];
    // The sentence leaned on is part of what this one says ("the $4.8 billion will be paid to Yahoo" before "Its
    // shareholders will not receive any money"): the entry lists its figures too, after its own. Not the sentence
    // after's: a count there let "how many" questions be answered by the sentence before it (measured, dropped).
    const quoted = [sentence, before].flatMap((s) =>
      s ? (figuresBySentence.get(`${s.paragraph}:${s.index}`) ?? []) : [],
    );
    entries.push({
      id: uniqueId(`p${sentence.paragraph}-s${sentence.index + 1}`, used),
      question,
      alternates: alternates.slice(0, 12),
      answer: joinSentences(citations.map((c) => c.quote)),
      figures: [...new Set(quoted)],
      tags: [
        ...new Set([
          ...about.slice(0, 3).map((e) => e.id),
          ...topics.map((e) => e.id),
          ...earlier.map((e) => e.id),
          ...sectionNames.map((e) => e.id),
        ]),
      ]
        .slice(0, 8)
        .concat(about.length === 0 && topics.length === 0 ? ['article'] : []),
      citations,
      draft: true,
    });
    lastQuoted = after && words.length < 25 ? i + 1 : i;
    previousEntities = about;
  }
  entries.push(...listEntries(sentences, contentWords, used));
  return entries;
}

/** A paragraph of one short sentence that does not end like one: a heading. */
function isHeading(sentence: ArticleSentence, before: ArticleSentence | undefined, after: ArticleSentence | undefined) {
  return (
    before?.paragraph !== sentence.paragraph &&
    after?.paragraph !== sentence.paragraph &&
    sentence.text.split(/\s+/).length <= 10 &&
    !/[.!?…:;,"”’)]$/u.test(sentence.text)
  );
}

/** Views of five content words, three apart: short enough for a one-clause question to fit one well. */
const WINDOW = 5;
const WINDOW_STRIDE = 3;

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.$%&-]|(?<=\d)\/(?=\d))*/gu;

/**
 * A photo's caption or credit ("United Nations peacekeepers at a refugee camp in Sudan on Monday."), not the story.
 * A credit closes a caption ("... (Reuters)", "(AP Photo/...)") or stands alone ("Photo: David Zalubowski, STF /
 * Associated Press"); a dateline opens the story ("MOSCOW (AP) — ...").
 */
const CAPTION =
  /^In this\b.{0,60}?\b(?:photo|photograph|image|picture)\b|^(?:photo|image|picture)s?\s*(?:credit)?\s*:|\b(?:photo|photograph|image|picture)s? (?:by|courtesy|dated|taken|shows?|via)\b|\bpictured\b|\b(?:getty images|file photo|photo credit)\b|\bcredit:|\((?:AP|Reuters|AFP) Photo\b|\((?:AP|Reuters|AFP)\)\s*$/i;
/**
 * A note about the article rather than its story: an editor's note or update ("(EDIT: removed the link ...)",
 * "Updated on September 19 at 3:15 p.m.", "Correction: ..."), a line dating it ("Published 4:00 am CST, Wednesday,
 * November 20, 2019"), or a line of bracketed links ("[Docs] [txt|pdf]"). It stays an entry of its own, but a summary
 * that opens with it says nothing of what the article is about.
 */
const NOTE_LINE =
  /^\s*(?:(?:[([][^)\]]*[)\]]\s*)+$|(?:edit|update|editor['’]s note|correction|clarification)\s*:|updated (?:on|at)\b|(?:first |last )?(?:published|posted|updated)\b[^.]{0,60}\d(?::\d\d|\b(?:19|20)\d\d)\b)/i;
/**
 * The writers' line ("By Justine Coleman - 11/18/19 11:04 PM EST", "By Stefan Becket, Kathryn Watson", "By HNN Staff |
 * November 18"): names after "By", then a separator or nothing. Not "By the end of the year, ..." (no capitals).
 */
const BYLINE_LINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+\s*(?:[,|–—-]|\bon\b|$)/u;
const LEAD_SENTENCES = 3;
const LEAD_MIN_WORDS = 5;

/** A line that names the writer, short as a byline is ("Greg Beacham, AP Sports Writer" above the story). */
const WRITER_LINE_WORDS = 8;

/**
 * What a reader takes as the article's gist: its first few sentences that say something, and the one that says what it
 * is about in the headline's words (see key-sentence.ts). A page often opens with a caption, a standfirst fragment or a
 * section label ("Biz & IT —"), which readers skip and so does the summary.
 */
function leadSentences(sentences: readonly ArticleSentence[], title: string, author: string | null): ArticleSentence[] {
  const writer = author?.split(',')[0].trim().toLowerCase();
  const namesWriter = (s: ArticleSentence) =>
    writer !== undefined &&
    writer.length > 0 &&
    s.text.toLowerCase().startsWith(writer) &&
    s.text.split(/\s+/).length <= WRITER_LINE_WORDS;
  const says: ArticleSentence[] = [];
  // A caption's other sentences are the caption too ("In this photo ... Kazakhstan. The cargo ship broke up ...").
  const captions = new Set(sentences.filter((s) => CAPTION.test(s.text)).map((s) => s.paragraph));
  // The headline again, as a page often repeats it above the story, says nothing the title did not.
  const unsaid = (s: ArticleSentence) =>
    captions.has(s.paragraph) ||
    /[:—–-]\s*$/.test(s.text) ||
    NOTE_LINE.test(s.text) ||
    BYLINE_LINE.test(s.text) ||
    namesWriter(s) ||
    sameWords(s.text, title);
  for (const s of sentences) {
    if (says.length === LEAD_SENTENCES) break;
    const saysSomething = contentWords(s.text).length >= LEAD_MIN_WORDS || /[\p{Script=Han}]{12}/u.test(s.text);
    if (saysSomething && !unsaid(s)) says.push(s);
  }
  if (says.length === 0) return sentences.slice(0, 2);
  const key = keySentence(sentences, title, {
    skip: (s) => says.includes(s) || unsaid(s),
    words: contentWords,
    minWords: LEAD_MIN_WORDS,
  });
  return key ? [...says, key] : says;
}

/** A place the sentence names, or a name it puts something in or at ("in Frisco", "at Love Field"). */
function placedIn(text: string, name: string): boolean {
  return (
    isPlaceName(name.toLowerCase()) ||
    new RegExp(String.raw`\b(?:in|at|near|outside)\s+(?:the\s+)?${escapeRegExp(name)}\b`).test(text)
  );
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return words(a) === words(b);
}

/** The words that carry the sentence's content, in order, each once. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const [raw] of text.matchAll(WORD)) {
    const word = raw.replace(/['’]s$/, '').replace(/[.’']+$/, '');
    const lower = word.toLowerCase();
    if (!word || ENGLISH_STOPWORDS.has(lower) || (LIGHT_ENGLISH_WORDS.has(lower) && !/^\d/.test(lower))) continue;
    if (seen.has(lower)) continue;
    seen.add(lower);
    out.push(word);
  }
  return out;
}

function topicOf(words: string[], main: DraftEntity | undefined, named = true): string {
  const rest = words.filter((w) => !main || !isNameWord(w, main)).slice(0, 4);
  return [named ? main?.name : undefined, ...rest].filter(Boolean).join(' ') || words.slice(0, 5).join(' ');
}

function isNameWord(word: string, entity: DraftEntity): boolean {
  const lower = word.toLowerCase();
  return [entity.name, ...entity.terms].some((t) => t.toLowerCase().split(/\s+/).includes(lower));
}

function stripTime(text: string): string {
  return text
    .split(' ')
    .filter((w) => !TIME_WORD.test(w))
    .join(' ');
}

/** "Jian Xu, an expert on ...", "Marc Goldwein, senior vice president at ...", "Facebook CEO Mark Zuckerberg". */
function introduces(sentence: string, person: DraftEntity): boolean {
  const names = [person.name, ...person.terms].map(escapeRegExp).join('|');
  return new RegExp(
    `(?:${names}),\\s+(?:a|an|the|who|[a-z]+ (?:[a-z]+ )?(?:of|at|for|in))\\b|\\b(?:[a-z]+|[A-Z]{2,}|[A-Z][a-z]+ (?:of|at) [A-Z][a-z]+)(?: [a-z]+)? (?:${escapeRegExp(person.name)})\\b`,
  ).test(sentence);
}

function dominantEntity(entities: DraftEntity[], sentences: number): DraftEntity | undefined {
  const [first, second] = [...entities].sort((a, b) => b.mentions - a.mentions);
  if (!first) return undefined;
  return first.mentions >= Math.max(3, sentences * 0.15) && first.mentions >= 2 * (second?.mentions ?? 0)
    ? first
    : undefined;
}
