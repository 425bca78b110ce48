import type { Figure, Pack, QaEntry } from '../src/knowledge/schema.js';

// A deterministic pack of N entries for the latency benchmark: the shipped pack's entries first, then
// generated ones about invented companies and metrics, so the index has the size and word spread of a big pack.

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'zen',
  'tra',
  'vo',
  'lux',
  'mar',
  'kel',
  'dio',
  'pra',
  'sol',
  'qui',
  'ner',
  'bax',
  'tor',
  'lim',
  'ush',
];
const METRICS = [
  'revenue',
  'market share',
  'gross merchandise value',
  'user growth',
  'stake',
  'office count',
  'exports',
];
const PLACES = [
  'Vietnam',
  'Thailand',
  'Philippines',
  'Malaysia',
  'Singapore',
  'Indonesia',
  'Brazil',
  'Mexico',
  'Poland',
];

export function syntheticPack(base: Pack, size: number, seed = 42): Pack {
  const random = mulberry32(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const name = () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  const companies = Array.from({ length: 600 }, (_, i) => `${name()}${i}`);
  const entries: QaEntry[] = [...base.entries];
  const figures: Figure[] = [...base.figures];
  const citation = base.entries[0].citations[0];
  for (let i = entries.length; i < size; i++) {
    const company = pick(companies);
    const metric = pick(METRICS);
    const place = pick(PLACES);
    const year = 2015 + Math.floor(random() * 10);
    const value = Math.round(random() * 1000) / 10;
    entries.push({
      id: `synthetic-${i}`,
      question: `What was ${company}'s ${metric} in ${place} in ${year}?`,
      alternates: [
        `${company} ${metric} ${place}`,
        `how did ${company} do on ${metric} in ${year}`,
        `quick one: any idea what ${company} reported for ${metric} across ${place} back in ${year}?`,
      ],
      answer: `${company} reported ${metric} of ${value} in ${place} in ${year}.`,
      figures: [],
      tags: [metric.replace(/ /g, '-'), place.toLowerCase()],
      citations: [citation],
      not_stated: [],
    });
  }
  return {
    ...base,
    entries,
    figures,
    aliases: {
      entities: [...base.aliases.entities, ...companies.slice(0, 300).map((c) => ({ id: c, name: c, terms: [c] }))],
      synonyms: base.aliases.synonyms,
    },
  };
}
