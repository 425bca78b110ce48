import { ask } from './handlers/ask.js';
import { saveEntry, showEntry } from './handlers/edit-entry.js';
import { addAsAlternate, addAsNotStated, dismiss, showInbox } from './handlers/inbox.js';
import { showBriefings } from './handlers/show-briefings.js';
import { approveFromList, showEntries } from './handlers/show-entries.js';
import type { Handler } from './studio-http.js';

// Every page and action of the studio, in one table. Ids in a path must be kebab-case (the pack schema's own rule),
// so a path can never name a file: "..", "%2F" and the like simply match no route.

const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';

type Route = { method: 'GET' | 'POST'; pattern: RegExp; params: string[]; handler: Handler };

const route = (method: Route['method'], path: string, handler: Handler): Route => {
  const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return { method, pattern: new RegExp(`^${path.replace(/:\w+/g, ID)}$`), params, handler };
};

export const ROUTES: Route[] = [
  route('GET', '/', showBriefings),
  route('GET', '/briefings/:briefing', showEntries),
  route('GET', '/briefings/:briefing/entries/:entry', showEntry),
  route('POST', '/briefings/:briefing/entries/:entry', saveEntry),
  route('POST', '/briefings/:briefing/entries/:entry/approve', approveFromList),
  route('GET', '/ask', ask),
  route('GET', '/inbox', showInbox),
  route('POST', '/inbox/alternate', addAsAlternate),
  route('POST', '/inbox/not-stated', addAsNotStated),
  route('POST', '/inbox/dismiss', dismiss),
];

export type Matched = { handler: Handler; params: Record<string, string> } | { methodNotAllowed: true } | undefined;

export function matchRoute(method: string, path: string): Matched {
  let pathKnown = false;
  for (const r of ROUTES) {
    const match = r.pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (r.method !== method) continue;
    return { handler: r.handler, params: Object.fromEntries(r.params.map((name, i) => [name, match[i + 1]])) };
  }
  return pathKnown ? { methodNotAllowed: true } : undefined;
}
