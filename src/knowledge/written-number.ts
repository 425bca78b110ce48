// The number a value text writes ("$64.3 billion" -> 64300000000, "24%" -> 24, "1.5万亿" -> 1.5e12), so load can tell
// a curator whose `number` says something else. Only what is plainly written: one number, with an optional scale word.

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  crore: 1e7,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  tr: 1e12,
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
};

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+/g;
const SCALE_AFTER =
  /^[\s-]?(万亿|亿|万|(?:thousand|lakh|million|mn|m|crore|billion|bn|b|trillion|tn|tr)(?![\p{L}\p{N}]))/iu;

/** The one number the text writes, scaled by the word after it; undefined when it writes none or several. */
export function writtenNumber(text: string): number | undefined {
  const found = [...text.matchAll(NUMBER)];
  if (found.length !== 1) return undefined;
  const [match] = found;
  const base = Number.parseFloat(match[0].replace(/,/g, ''));
  const scale = SCALE_AFTER.exec(text.slice((match.index ?? 0) + match[0].length));
  return scale ? base * (SCALES[scale[1].toLowerCase()] ?? 1) : base;
}

/** Equal up to floating-point noise: 64.3 * 1e9 and 64300000000 are the same number. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
