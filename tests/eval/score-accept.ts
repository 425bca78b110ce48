import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import type { Reply } from '../../src/answer/reply.js';

// Scores replies on a question set written from the article alone (/work/evalsets format): an in-scope reply is right
// when it answers and its answer or a quote it cites contains one of the item's `accept` snippets (copied verbatim
// from the article); an out-of-scope question must be declined. Entry ids play no part, so the set measures any pack,
// curated or drafted, and a reply that quotes the right sentence from another entry counts as right.

const AcceptSetSchema = z.object({
  article: z.string(),
  set: z.string(),
  in_scope: z.array(
    z.object({
      q: z.string(),
      style: z.string().default(''),
      accept: z.array(z.string()).min(1),
      answer: z.string().optional(),
    }),
  ),
  out_of_scope: z.array(z.object({ q: z.string(), kind: z.string(), why: z.string().optional() })),
});
export type AcceptSet = z.infer<typeof AcceptSetSchema>;

export async function readAcceptSet(file: string): Promise<AcceptSet> {
  return AcceptSetSchema.parse(parse(await readFile(file, 'utf8')));
}

export type AcceptOutcome = 'right' | 'wrong' | 'missed' | 'declined' | 'answered_oos';

export type AcceptItem = { q: string; kind: string; outcome: AcceptOutcome; reply: Reply };

export type AcceptScore = {
  inScope: number;
  right: number;
  wrong: number;
  outOfScope: number;
  declined: number;
  items: AcceptItem[];
};

/** Curly quotes, dashes, spacing and a few HTML entities vary between the article, the pack and a snippet. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/&percnt;/g, '%')
    .replace(/&amp;/g, '&')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * What a right reply contains. Set writers sometimes point at the page's header line ("BYLINE: Dave Steer | SITE:
 * GitLab | PUBLISHED: 2024-06-25"): the values there are what a reply about the author, outlet or date must name.
 */
function acceptedTexts(accept: readonly string[]): string[] {
  return accept
    .flatMap((a) =>
      /\b(?:BYLINE|SITE|TITLE|PUBLISHED):/.test(a)
        ? a
            .split('|')
            .map((part) => part.replace(/^\s*(?:BYLINE|SITE|TITLE|PUBLISHED):\s*/, '').trim())
            .filter((v) => v && v !== 'None' && v !== 'null')
            .map((v) => (/^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : v))
        : [a],
    )
    .map(comparable);
}

export function containsAccepted(reply: Pick<Reply, 'answer' | 'citations'>, accept: readonly string[]): boolean {
  const said = comparable([reply.answer, ...reply.citations.map((c) => c.quote)].join('\n'));
  return acceptedTexts(accept).some((snippet) => said.includes(snippet));
}

/** Right: answered, and saying one of the accepted snippets. */
export function isRight(reply: Pick<Reply, 'answered' | 'answer' | 'citations'>, accept: readonly string[]): boolean {
  return reply.answered && containsAccepted(reply, accept);
}

export function scoreAcceptSet(ask: (question: string) => Reply, set: AcceptSet): AcceptScore {
  const items: AcceptItem[] = [];
  let right = 0;
  let wrong = 0;
  let declined = 0;
  for (const item of set.in_scope) {
    const reply = ask(item.q);
    const outcome: AcceptOutcome = !reply.answered
      ? 'missed'
      : containsAccepted(reply, item.accept)
        ? 'right'
        : 'wrong';
    if (outcome === 'right') right += 1;
    if (outcome === 'wrong') wrong += 1;
    items.push({ q: item.q, kind: item.style, outcome, reply });
  }
  for (const item of set.out_of_scope) {
    const reply = ask(item.q);
    const outcome: AcceptOutcome = reply.answered ? 'answered_oos' : 'declined';
    if (outcome === 'declined') declined += 1;
    items.push({ q: item.q, kind: item.kind, outcome, reply });
  }
  return { inScope: set.in_scope.length, right, wrong, outOfScope: set.out_of_scope.length, declined, items };
}
