// A page's title as a headline a reply can cite. Pages put the site, and often the writer, in the title after the
// headline ("How to Build a Terrarium | eHow", "Samantha and The Great Big Lie - John C. Welch - Medium") and some put
// the section before it ("Opinion | Enough platitudes: ..."); every citation line and `/brief sources` would repeat
// them.

export type TitleParts = {
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** A section's name the page gave as its site's ("U.S."), cut from the title's end like the site's. */
  section?: string | null;
};

/**
 * Two or three short segments in Chinese, Japanese or Korean, each after an underscore, ending a title: the channel and
 * the site ("_科技_腾讯网", " _探索者 _光明网", "_教育频道_中国青年网"); the last is the site.
 */
const CJK_SEGMENT = String.raw`\s?_\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,10}`;
const PORTAL_SUFFIX = new RegExp(String.raw`^(.+?)(?:${CJK_SEGMENT}){1,2}(${CJK_SEGMENT})$`, 'u');

/** Spaced separators only: a hyphen inside a word ("Roberts-Grey", "hands-on") joins, it does not separate. */
const SEPARATORS = / (?:\||-|–|—|·|::) /g;

/** The headline without the site's and the writer's names after it, and the site's name when the page gave none. */
export function cleanTitle(parts: TitleParts): { title: string; site: string | null } {
  let title = withoutSection(parts.title);
  let site: string | null = null;
  // "DeepMind新电脑已可利用记忆自学_科技_腾讯网": a Chinese portal's channel and site after the headline.
  const portal = PORTAL_SUFFIX.exec(title);
  if (portal && letters(portal[1]).length >= 3) {
    title = portal[1].trim();
    if (!parts.outlet) site = portal[2].replace(/^\s?_\s?/, '');
  }
  // "... - Remember 80/90 - Memorabilia anni 80/90": a site whose own name holds a separator, cut whole.
  if (parts.outlet && title.endsWith(parts.outlet)) {
    const head = title.slice(0, -parts.outlet.length);
    const at = lastSeparator(head);
    if (at && at.index + at.length === head.length && letters(head.slice(0, at.index)).length >= 3)
      title = head.slice(0, at.index).trim();
  }
  const host = hostLabel(parts.url);
  for (;;) {
    const at = lastSeparator(title);
    if (at === undefined) break;
    const head = title.slice(0, at.index).trim();
    const tail = title.slice(at.index + at.length).trim();
    // What is left must still read as a headline.
    if (letters(head).length < 3) break;
    const namesHost = host !== null && sameName(tail, host);
    if (
      !(
        namesHost ||
        sameName(tail, parts.outlet) ||
        sameName(tail, parts.author) ||
        sameName(tail, parts.section ?? null)
      )
    )
      break;
    if (namesHost && !parts.outlet) site = tail;
    title = head;
  }
  return { title, site };
}

/** "Opinion | Enough platitudes: Let's name names": the section the page files the story under, before its headline. */
function withoutSection(title: string): string {
  return title.replace(/^\p{Lu}[\p{L}&']*(?: [\p{L}&']+){0,2} \| (?=\S.{15,}$)/u, '');
}

function lastSeparator(title: string): { index: number; length: number } | undefined {
  let found: { index: number; length: number } | undefined;
  for (const match of title.matchAll(SEPARATORS)) found = { index: match.index, length: match[0].length };
  return found;
}

/**
 * The same name however the page spells it: "CBC News" for the outlet "CBC", "Factorio" for "Factorio.com", "Bradley
 * M. Kuhn ( Brad ) ( bkuhn )" for the writer "Bradley M. Kuhn". A few letters more, not a phrase that opens with it.
 */
function sameName(segment: string, name: string | null): boolean {
  if (!name) return false;
  // "Times of India" for the outlet "The Times of India".
  const a = letters(segment.replace(/^the\s+/i, ''));
  const b = letters(name.replace(/^the\s+/i, ''));
  if (a.length < 2 || b.length < 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 12;
}

function letters(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** "https://en.wikipedia.org/wiki/Mozilla" -> "wikipedia", "www.prospectmagazine.co.uk" -> "prospectmagazine". */
function hostLabel(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.').filter((label) => label !== 'www');
  labels.pop();
  if (labels.length > 1 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 1])) labels.pop();
  return labels.pop() ?? null;
}
