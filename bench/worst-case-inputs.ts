// Inputs that once made one answer take most of a second (issue 15: a 3,700-character question of one repeated word
// took 946 ms), and the shapes found around them, each up to the longest question the engine reads. Deterministic:
// every instance of a shape comes from a seeded generator, so runs compare.

export type InputShape = { name: string; make: (random: () => number, length: number) => string };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PACK_WORDS = ['tiktok', 'shop', 'gmv', 'rednote', 'temu', 'indonesia', 'growth', 'billion', 'market', 'share'];
const TYPOS = ['tiktk', 'shpo', 'gvm', 'rednot', 'temuu', 'indonsia', 'growht', 'bilion', 'markte', 'shaer', 'usrs'];

/** A seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const word = (random: () => number, letters: number) =>
  Array.from({ length: letters }, () => LETTERS[Math.floor(random() * 26)]).join('');
const pick = <T>(random: () => number, items: readonly T[]) => items[Math.floor(random() * items.length)];
const fill = (length: number, next: () => string) => {
  let text = '';
  while (text.length < length) text += next();
  return text.slice(0, length);
};

export const WORST_CASE_SHAPES: InputShape[] = [
  { name: 'one repeated word, no spaces', make: (r, n) => fill(n, () => pick(r, PACK_WORDS)) },
  { name: 'one repeated word', make: (r, n) => fill(n, () => `${pick(r, ['banana', 'tiktok', 'zzzz'])} `) },
  { name: 'random letters, no spaces', make: (r, n) => word(r, n) },
  { name: 'random 3-letter words', make: (r, n) => fill(n, () => `${word(r, 3)} `) },
  { name: 'random 5-letter words', make: (r, n) => fill(n, () => `${word(r, 5)} `) },
  { name: 'random 8-letter words', make: (r, n) => fill(n, () => `${word(r, 8)} `) },
  { name: 'random Capitalised words', make: (r, n) => fill(n, () => `X${word(r, 6)} `) },
  { name: 'near-misses of pack words', make: (r, n) => fill(n, () => `${pick(r, TYPOS)}${word(r, 1)} `) },
  { name: 'one word per line', make: (r, n) => fill(n, () => `${word(r, 5)}\n`) },
  { name: 'short questions', make: (r, n) => fill(n, () => `${word(r, 2)}? `) },
  { name: 'pack questions', make: (r, n) => fill(n, () => `what is the ${pick(r, PACK_WORDS)}? `) },
  { name: 'sentences', make: (r, n) => fill(n, () => `What is ${word(r, 6)}. `) },
  { name: 'two-part joins', make: (r, n) => fill(n, () => `${word(r, 5)} and `) },
  { name: 'hyphenated run', make: (r, n) => fill(n, () => `${word(r, 4)}-`) },
  { name: 'a run of spaces', make: (_r, n) => `a${' '.repeat(n - 2)}b` },
  { name: 'a quoted run', make: (r, n) => `"${word(r, n - 2)}"` },
  { name: 'random Chinese', make: (r, n) => fill(n, () => String.fromCharCode(0x4e00 + Math.floor(r() * 2000))) },
  { name: 'numbers', make: (r, n) => fill(n, () => `${Math.floor(r() * 1e6)} `) },
  { name: 'web addresses', make: (r, n) => fill(n, () => `${word(r, 4)}-${word(r, 3)}.com.`) },
  {
    name: 'Slack mentions and links',
    make: (r, n) => fill(n, () => `<@U${word(r, 6)}> <https://${word(r, 5)}.io|x> `),
  },
];
