// The article's sentences joined into one answer. A line the page ends with no stop (a headline, a list item, a
// "Highlights" label, a caption), run into the next with a space, reads as one garbled sentence ("... used in the
// treatment of COVID-19 The centre announced a hold ..."), so it ends its own line instead.

const ENDS_SENTENCE = /[.!?…:;,"”’')\]»。！？」』）]$/u;

export function joinSentences(texts: readonly string[]): string {
  let joined = '';
  for (const text of texts) {
    if (joined === '') joined = text;
    else joined += `${ENDS_SENTENCE.test(joined.trimEnd()) ? ' ' : '\n'}${text}`;
  }
  return joined;
}
