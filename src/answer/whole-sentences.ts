import { splitSentences } from '../ingest/sentences.js';
import type { Citation, Pack } from '../knowledge/schema.js';

// A curated citation is often a fragment ("Momentum Works, a research firm based in Singapore"): enough to find the
// place, not enough to show the claim it backs ("..., estimates the gross value of TikTok Shop sales last year hit
// $64.3 billion"). A reply quotes the whole sentence or sentences the fragment is in, still verbatim from the
// article; a quote that is already whole, or whose sentence would be overlong, is kept as written.

const MAX_QUOTE = 400;

const expanded = new WeakMap<Citation, Citation>();

function wholeSentenceCitation(pack: Pack, citation: Citation): Citation {
  let whole = expanded.get(citation);
  if (!whole) {
    whole = { ...citation, quote: wholeSentences(pack, citation) };
    expanded.set(citation, whole);
  }
  return whole;
}

/** Each citation as whole sentences, once each: two fragments of one sentence are one quote. */
export function wholeSentenceCitations(pack: Pack, citations: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const citation of citations) {
    const whole = wholeSentenceCitation(pack, citation);
    if (!out.some((c) => c.source === whole.source && c.paragraph === whole.paragraph && c.quote === whole.quote))
      out.push(whole);
  }
  return out;
}

function wholeSentences(pack: Pack, { source, paragraph, quote }: Citation): string {
  const loaded = pack.sources.find((s) => s.id === source);
  const text = loaded?.paragraphs[paragraph - 1];
  const start = text?.indexOf(quote) ?? -1;
  if (!loaded || text === undefined || start < 0) return quote;
  const end = start + quote.length;
  let from = -1;
  let to = -1;
  let at = 0;
  for (const sentence of splitSentences(text, loaded.language)) {
    const found = text.indexOf(sentence, at);
    if (found < 0) return quote;
    const stop = found + sentence.length;
    if (stop > start && found < end) {
      if (from < 0) from = found;
      to = stop;
    }
    at = stop;
  }
  if (from < 0 || to - from > MAX_QUOTE) return quote;
  return text.slice(from, to);
}
