// ISO 4217 codes as people type them in chat ("usd to myr", "price in sgd"), from the runtime's own list, so no
// table of ours goes stale. A code the briefing's figures never use is another currency: a figure it does not give.

const CODES = new Set(Intl.supportedValuesOf('currency').map((code) => code.toLowerCase()));

export function isCurrencyCode(word: string): boolean {
  return word.length === 3 && CODES.has(word);
}
