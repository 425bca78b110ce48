// A YAML parser reports what it met, not why: one apostrophe in 'doesn't' closes the single-quoted value early, and
// the parser reports a "scalar at node end" or "nested mappings" error, often several on the line. The cause is
// plain to see from the line itself, so this names it.

/** The value on this line whose quotes close early, said in words, or undefined when the line shows no such thing. */
export function earlyClosingQuote(line: string): string | undefined {
  for (let i = 0; i < line.length; i++) {
    const quote = line[i];
    if ((quote !== "'" && quote !== '"') || !opensValue(line, i)) continue;
    const close = closingQuote(line, i);
    if (close < 0) return undefined;
    const after = line.slice(close + 1);
    // A value ends at its quote, then a comma, bracket, comment or the line's end; a letter means it ended too soon.
    if (/^[\p{L}\p{N}]/u.test(after) || (quote === '"' && /^ +[\p{L}\p{N}]/u.test(after))) {
      const word = wordAround(line, close);
      if (quote === "'") {
        return `the value starts with ' (a single-quoted string), so the apostrophe in "${word}" ends it early: write the apostrophe twice (${word.replace("'", "''")}) or put the value in double quotes "..."`;
      }
      return `the value starts with " (a double-quoted string), so the " before "${after.trim().match(/^[\p{L}\p{N}]+/u)?.[0]}" ends it early: write it as \\" or put the value in single quotes '...'`;
    }
    i = close;
  }
  return undefined;
}

/** A quote that starts a value: at the start of the line or after `key:`, `- `, `[`, `,` or `{`. */
function opensValue(line: string, at: number): boolean {
  const before = line.slice(0, at).trimEnd();
  return before === '' || /[:\-[,{]$/.test(before);
}

/** Where the quoted value opened at `open` ends: '' is an apostrophe inside single quotes, \" inside double. */
function closingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let i = open + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function wordAround(line: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}\p{N}]/u.test(line[start - 1])) start--;
  let end = at + 1;
  while (end < line.length && /[\p{L}\p{N}]/u.test(line[end])) end++;
  return line.slice(start, end);
}
