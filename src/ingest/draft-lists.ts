import { LIST_ID_SUFFIX } from '../knowledge/list-entry.js';
import type { ArticleSentence, DraftEntry } from './draft-entry.js';
import { uniqueId } from './ids.js';

// "The overall rankings of the countries were as follows:" and then "1. Finland", "2. Norway" ... "8. Italy": each
// item is too short to be an entry of its own, so "where did italy rank?" found nothing. The list, with the sentence
// that introduces it, is one entry, cited line by line.

/** The fewest items that make a list, and the most one entry quotes. */
const MIN_ITEMS = 2;
const MAX_ITEMS = 20;

/** Few enough words for a list item rather than a sentence ("7. United Kingdom", "Free shipping over $50"). */
const ITEM_WORDS = 6;

export function listEntries(
  sentences: readonly ArticleSentence[],
  keywords: (text: string) => string[],
  used: Set<string>,
): DraftEntry[] {
  const entries: DraftEntry[] = [];
  // A paragraph of its own, numbered or without a full stop, and short.
  const isItem = (at: number) => {
    const { text, paragraph } = sentences[at];
    return (
      sentences[at - 1]?.paragraph !== paragraph &&
      sentences[at + 1]?.paragraph !== paragraph &&
      (/^\s*(?:\d{1,3}|[a-z])[.)]\s/i.test(text) || !/[.!?]["”’)]*\s*$/.test(text)) &&
      keywords(text).length <= ITEM_WORDS
    );
  };
  for (let i = 1; i < sentences.length; i++) {
    const intro = sentences[i - 1];
    if (!/:\s*$/.test(intro.text) || keywords(intro.text).length === 0 || !isItem(i)) continue;
    const items: ArticleSentence[] = [];
    // One item a paragraph, one paragraph after another, as a list reaches the page.
    for (let j = i; j < sentences.length && isItem(j); j++) {
      const previous = j === i ? intro : sentences[j - 1];
      if (sentences[j].paragraph !== previous.paragraph + 1 || items.length === MAX_ITEMS) break;
      items.push(sentences[j]);
    }
    if (items.length < MIN_ITEMS) continue;
    const introWords = keywords(intro.text).join(' ');
    const itemWords = items.map((item) => keywords(item.text).join(' '));
    const lines = [intro, ...items];
    entries.push({
      id: uniqueId(`p${intro.paragraph}${LIST_ID_SUFFIX}`, used),
      // Worded with words every question has anyway: "list" would make "which ideas did they list?" about lists.
      question: `What does the article give after "${intro.text.replace(/:\s*$/, '')}"?`,
      // One phrasing per item, with the words of the sentence introducing them: a bag of every item's words would
      // match any question naming two of them.
      alternates: [
        ...new Set([...itemWords.map((item) => `${introWords} ${item}`), introWords, `tell me about ${introWords}`]),
      ].slice(0, 12),
      answer: lines.map((line) => line.text).join('\n'),
      figures: [],
      tags: ['article'],
      citations: lines.map((line) => ({ source: 'article', paragraph: line.paragraph, quote: line.text })),
      draft: true,
    });
    i += items.length;
  }
  return entries;
}
