// How many edits apart two words are: what tells a typo of a pack word from another word.

// Three rows of scratch space for editDistance, reused by every call (it runs for each pack word near each unknown
// word of a question, so new rows per call kept the garbage collector busy); grown when a longer word comes.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau-Levenshtein (optimal string alignment) distance, exact up to `max`; any larger distance comes back as a
 * number above `max`. Only the band of cells within `max` of the diagonal can lie on an alignment that costs `max`
 * or less, so only that band is computed: a few dozen steps for a word, where the whole table (a new array per
 * row) cost most of a long question's time.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  const width = b.length + 1;
  if (rows[0].length < width) rows = rows.map(() => new Int32Array(width * 2));
  let [before, previous, current] = rows; // rows i - 2, i - 1 and i
  previous.fill(over, 0, width);
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  before.fill(over, 0, width);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(over, 0, width);
    if (i <= max) current[0] = i;
    let rowMin = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = Math.min(value, over);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}
