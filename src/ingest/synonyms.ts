import { isEnglishWord } from '../match/common-words.js';
import { ENGLISH_STOPWORDS } from '../match/stopwords.js';
import type { Pos, WordNet } from './wordnet.js';

// General English a curator should not have to type for every pack: the words of the article with the words
// that mean the same in their usual sense ("purchase" for "buy", "lawsuit" for "suit"), and their derived forms
// ("acquisition" for "acquire"). A synonym counts only when each word's most frequent sense is the shared one,
// so "case" does not become "lawsuit" and "deal" does not become "heap".

export type SynonymGroup = { id: string; name: string; terms: string[] };

export function draftSynonyms(words: Iterable<string>, wordnet: WordNet, taken: Set<string>): SynonymGroup[] {
  const groups = new Map<string, Set<string>>();
  const owner = new Map<string, string>();
  const usable = (w: string) => /^[a-z]{3,}$/.test(w) && !ENGLISH_STOPWORDS.has(w) && isEnglishWord(w) && !taken.has(w);
  for (const word of new Set(words)) {
    if (!usable(word) || owner.has(word)) continue;
    const found = new Set<string>();
    // The word's usual part of speech only ("firm" the company, not "firm" the adjective).
    const options = (['noun', 'verb', 'adj'] as Pos[]).flatMap((pos) =>
      wordnet.lemmas(word, pos).map((lemma) => ({ pos, lemma, tagged: wordnet.tagged(lemma, pos) })),
    );
    const best = options.reduce((a, b) => (b.tagged > a.tagged ? b : a), options[0] ?? { pos: 'noun' as Pos, lemma: '', tagged: 0 });
    for (const { pos, lemma } of options.filter((o) => o.pos === best.pos)) {
      {
        const [first] = wordnet.senses(lemma, pos);
        if (first === undefined) continue;
        const synset = wordnet.synset(pos, first);
        for (const other of synset.words) {
          if (other === lemma || !usable(other)) continue;
          // Mutual: the other word's usual sense is this one too.
          if (wordnet.senses(other, pos)[0] === first) found.add(other);
        }
        const at = synset.words.indexOf(lemma) + 1;
        // Forms of the same act or thing ("acquire" -> "acquisition"), not its practitioner or theory ("economist").
        for (const { from, word: derived } of synset.related)
          if (from === at && usable(derived) && derived !== lemma && !/(?:ist|ism|ical|i[sz]e|able|ible|ness|ee)$/.test(derived))
            found.add(derived);
        if (lemma !== word && usable(lemma)) found.add(lemma);
      }
    }
    const fresh = [...found].filter((w) => !owner.has(w));
    if (fresh.length === 0) continue;
    const id = `syn-${word}`;
    groups.set(id, new Set([word, ...fresh]));
    for (const w of [word, ...fresh]) owner.set(w, id);
  }
  return [...groups].map(([id, set]) => {
    const [name, ...terms] = [...set];
    return { id, name, terms };
  });
}
