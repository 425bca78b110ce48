import { isArticleLevel } from '../knowledge/article-level.js';
import type { Pack } from '../knowledge/schema.js';
import { routingWords } from './routing-words.js';

// What routing knows of a briefing without asking its engine: every word it uses anywhere (article, questions,
// answers, figures, aliases, the details it says it does not give). A question's words that a briefing never uses
// are words it cannot be about.

export type BriefingProfile = { words: ReadonlySet<string> };

export function profileBriefing(pack: Pack): BriefingProfile {
  const texts: string[] = [pack.meta.title, pack.meta.description];
  for (const source of pack.sources) texts.push(source.title, source.text);
  // How a pack phrases "who wrote this?" or "which outlet?" (or says the page does not give them) says nothing about
  // which article a question is about: every article has an author, an outlet and a gist.
  for (const entry of pack.entries)
    if (isArticleLevel(entry.id)) texts.push(entry.answer);
    else texts.push(entry.question, ...entry.alternates, entry.answer, entry.tags.join(' ').replace(/-/g, ' '));
  // A detail the article does not give is still the briefing's to decline ("which conference?").
  for (const detail of pack.notStated) if (!isArticleLevel(detail.id)) texts.push(...detail.asks, detail.answer);
  for (const figure of pack.figures) texts.push(figure.label, figure.subject, figure.period, figure.attribution.by);
  for (const group of [...pack.aliases.entities, ...pack.aliases.synonyms]) texts.push(group.name, ...group.terms);
  // One pass over all of it: a pack repeats its words thousands of times, and each distinct one is stemmed once.
  return { words: routingWords(texts.join('\n')) };
}
