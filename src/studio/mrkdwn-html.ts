import { escapeHtml, type Html, trusted } from './html.js';

// Slack mrkdwn -> HTML, the way Slack shows it: *bold*, _italic_, ~strike~, `code`, "> " quote lines, <url|label>
// links and <@U123> mentions, with Slack's three escapes (&amp; &lt; &gt;) read back. Pure. Every piece of text is
// HTML-escaped before any tag is added, and only http(s) and mailto links become anchors, so nothing in a pack or a
// question can inject markup or a script URL into the preview.

const CONTROL = /<([^<>\n]*)>/g;

export function mrkdwnToHtml(text: string): Html {
  const groups: { quote: boolean; lines: string[] }[] = [];
  for (const line of text.split('\n')) {
    // A literal ">" opens a quote line; a ">" a person typed reaches here escaped as "&gt;" and stays text.
    const quote = line.startsWith('>');
    const body = quote ? line.replace(/^> ?/, '') : line;
    const last = groups[groups.length - 1];
    if (last && last.quote === quote) last.lines.push(body);
    else groups.push({ quote, lines: [body] });
  }
  const parts = groups.map((group) => {
    const inner = group.lines.map(inline).join('<br>');
    return group.quote ? `<blockquote>${inner}</blockquote>` : inner;
  });
  return trusted(parts.join('<br>').replace(/<\/blockquote><br>/g, '</blockquote>'));
}

function inline(line: string): string {
  let out = '';
  let at = 0;
  for (const match of line.matchAll(CONTROL)) {
    out += formatText(line.slice(at, match.index));
    out += control(match[1]);
    at = (match.index ?? 0) + match[0].length;
  }
  return out + formatText(line.slice(at));
}

/** <@U123|name>, <#C123|name>, <!here>, <https://x|label>: what Slack shows for each. */
function control(inner: string): string {
  const [target, label] = splitOnce(inner, '|');
  if (target.startsWith('@'))
    return `<span class="slack-mention">@${escapeHtml(unescapeSlack(label ?? target.slice(1)))}</span>`;
  if (target.startsWith('#'))
    return `<span class="slack-mention">#${escapeHtml(unescapeSlack(label ?? target.slice(1)))}</span>`;
  if (target.startsWith('!')) {
    const name = target.slice(1).split('^')[0];
    return `<span class="slack-mention">@${escapeHtml(unescapeSlack(label ?? name))}</span>`;
  }
  const url = unescapeSlack(target);
  const shown = formatText(label ?? target);
  if (!/^(?:https?:\/\/|mailto:)/i.test(url)) return shown;
  return `<a href="${escapeHtml(url)}" rel="noreferrer noopener" target="_blank">${shown}</a>`;
}

/** Plain mrkdwn text (Slack-escaped) -> escaped HTML with its formatting. Code spans are left unformatted inside. */
function formatText(text: string): string {
  const escaped = escapeHtml(unescapeSlack(text));
  return escaped
    .split(/(`[^`\n]+`)/)
    .map((piece) =>
      piece.startsWith('`') && piece.endsWith('`') && piece.length > 1
        ? `<code>${piece.slice(1, -1)}</code>`
        : emphasise(piece),
    )
    .join('');
}

// Slack formats a marker pair only at word edges ("snake_case_name" and "2*3*4" stay as they are).
const EMPHASIS: [RegExp, string][] = [
  [/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, 'strong'],
  [/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, 'em'],
  [/(^|[^\p{L}\p{N}~])~(?=\S)([^~\n]*?\S)~(?![\p{L}\p{N}~])/gu, 'del'],
];

function emphasise(text: string): string {
  return EMPHASIS.reduce((out, [pattern, tag]) => out.replace(pattern, `$1<${tag}>$2</${tag}>`), text);
}

function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
