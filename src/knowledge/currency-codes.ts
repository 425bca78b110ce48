// ISO 4217 currency codes, from the runtime's own list, so no table of ours goes stale: what a figure's `currency`
// must be, and what the matcher reads as a currency in chat ("usd to myr", "price in sgd").

const CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** A code as a pack writes it: "USD", "MYR". */
export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}

/** A code as people type it in chat, in lower case: "usd", "sgd". */
export function isTypedCurrencyCode(word: string): boolean {
  return word.length === 3 && word === word.toLowerCase() && CODES.has(word.toUpperCase());
}
