import type { Pack } from '../knowledge/schema.js';
import { routingWords } from './routing-words.js';

// What routing knows of a briefing without asking its engine: every word it uses anywhere (article, questions,
// answers, figures, aliases). A question's words that a briefing never uses are words it cannot be about.

export type BriefingProfile = { words: ReadonlySet<string> };

export function profileBriefing(pack: Pack): BriefingProfile {
  const words = new Set<string>();
  const add = (text: string | null | undefined) => {
    if (text) for (const word of routingWords(text)) words.add(word);
  };
  add(pack.meta.title);
  add(pack.meta.description);
  for (const source of pack.sources) {
    add(source.title);
    add(source.text);
  }
  for (const entry of pack.entries) {
    add(entry.question);
    for (const alternate of entry.alternates) add(alternate);
    add(entry.answer);
    add(entry.tags.join(' ').replace(/-/g, ' '));
  }
  // A detail the article does not give is still the briefing's to decline ("which conference?").
  for (const detail of pack.notStated) add(`${detail.asks.join(' . ')} . ${detail.answer}`);
  for (const figure of pack.figures) add(`${figure.label} ${figure.subject} ${figure.period} ${figure.attribution.by}`);
  for (const group of [...pack.aliases.entities, ...pack.aliases.synonyms]) {
    add(group.name);
    for (const term of group.terms) add(term);
  }
  return { words };
}
