import { isCjk } from './language.js';

// Joining lines that a file broke for layout, not for meaning (a wrapped paragraph of a text file or a PDF): a space
// between words, nothing between two Chinese, Japanese or Korean characters.

export function joinLines(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) text = line;
    else if (isCjk(text.at(-1) ?? '') && isCjk(line[0])) text += line;
    else text += ` ${line}`;
  }
  return text;
}
