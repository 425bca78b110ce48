// Lines a page shows around an article that are not the article: photo credits, "continue reading" links, print
// notes, newsletter prompts, share bars. Reader views leave some of them in; a briefing must never answer from them.
// Each pattern matches a whole paragraph (after whitespace is normalised).

const PATTERNS: readonly RegExp[] = [
  /^(?:photo|image|video|graphic|audio)$/i,
  /^(?:photo|image|video|illustration|graphic)s?\s*(?:by|:|credit)\b.{0,120}$/i,
  // "Credit Harry Campbell", "CreditChang W. Lee/The New York Times"; not a sentence about credit ("Credit card debt rose.").
  /^Credits?(?:\s*[:\-–]\s*|\s+|(?=[A-Z]))(?:[^.!?]{1,120}|.{1,120}\/.{1,60})$/,
  /^continue reading(?: the main story)?\.?$/i,
  /^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$/i,
  /^related(?: posts| stories| articles| coverage| reading)?\s*:.{0,200}$/i,
  /^(?:read|see) (?:more|also)\s*:.{0,200}$/i,
  /^a version of this article appears in print\b.*$/i,
  /^(?:sign up|subscribe)\b.{0,80}(?:newsletter|updates|inbox)\b.{0,80}$/i,
  /^(?:share|share this|share on|tweet|email|print|save|comment|comments|leave a (?:reply|comment))(?:\s+(?:on|this|article|story|facebook|twitter|x|linkedin|whatsapp|email))*\s*[:.]?$/i,
  /^(?:order reprints|today'?s paper|subscribe)(?:\s*\|\s*(?:order reprints|today'?s paper|subscribe))*$/i,
  /^(?:follow|like) us on\b.{0,120}$/i,
  /^(?:click here|tap here)\b.{0,120}$/i,
  /^(?:all rights reserved|copyright|©).{0,160}$/i,
  /^(?:转播到腾讯微博|分享到|责任编辑|相关阅读|更多精彩)[：:]?.{0,40}$/,
  /^source link$/i,
];

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length === 0 || PATTERNS.some((pattern) => pattern.test(text));
}
