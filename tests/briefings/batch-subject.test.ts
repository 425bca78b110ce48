import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import { answerBatch } from '../../src/briefings/batch-lines.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { draftSharedPage } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

// A batch most of whose lines one briefing answers is about that briefing. A line that briefing answers alone is then
// answered from it even when routing would not count its answer because another briefing shares more of the line's
// words (here Chinese character pairs the first briefing's Chinese phrasings use), as long as that one has no answer.

let all: Catalogue;
let three: Catalogue;
let withBrookings: Catalogue;
let parent: string;
let qq: string;
let cnn: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'batch-subject-'));
  qq = path.basename(await draftSharedPage('qq', parent));
  all = (await loadKnowledge([SHIPPED_PACK, path.join(parent, qq)], { threshold: DEFAULT_THRESHOLD })).catalogue;
  cnn = await draftSharedPage('cnn', parent);
  const gitlab = await draftSharedPage('gitlab-blog', parent);
  three = (await loadKnowledge([SHIPPED_PACK, cnn, gitlab], { threshold: DEFAULT_THRESHOLD })).catalogue;
  const nytimes = await draftSharedPage('nytimes-4', parent);
  withBrookings = (await loadKnowledge([SHIPPED_PACK, cnn, nytimes], { threshold: DEFAULT_THRESHOLD })).catalogue;
});
afterAll(() => rm(parent, { recursive: true, force: true }));

/** Questions on DeepMind's memory computer, which the drafted page answers. */
const ABOUT_THE_PAGE = [
  'deepmind是哪年被谷歌收的啊',
  'alphago当时训练喂了多少棋谱',
  'alphago打败的是哪个围棋冠军',
  'DNC 机器习得',
  'deepmind自己对DNC有啥期望 原话咋说的',
  '文章是怎么评价这个产品的意义的',
];
const LINE = '这个模型能读进去什么样的数据';

describe('a line of a batch about one briefing', () => {
  it('is answered as that briefing alone answers it, when no other briefing has an answer', () => {
    expect(all.get(qq)?.engine().answer(LINE)).toMatchObject({ answered: true });
    expect(routeQuestion(all, LINE)).toMatchObject({ answered: false });
    const [reply] = answerBatch(all, [LINE, ...ABOUT_THE_PAGE]);
    expect(reply).toMatchObject({ answered: true, pack: qq });
    expect(reply.answer).toContain('伦敦地铁网络地图');
  });
});

/** CNN's piece on a ranking of rich countries, among questions on the two other briefings' own articles. */
const MOSTLY_CNN = [
  'where did the us rank overall',
  'when was the report released?',
  'how did america do on joblessness for people in their prime working years',
  'how big is tiktok shop in southeast asia',
  'stanford report rankings uk',
  'canada germany ranking',
  'what was the top it investment priority in 2023',
  'whree did itlay and spian land',
  'who owns tiktok',
  'is us welfare asistance lower then other contries',
  'how many devsecops professionals were surveyed',
];
const SHARED_WORDS = 'which nation got second place';

describe('a batch half of whose answers come from one briefing, twice as many as from any other', () => {
  it("is about that briefing: its decline stands against another's answer on shared words, the others still answer their own", () => {
    // Asked alone, the first briefing answers with its "second largest market", which is no answer about a ranking.
    expect(routeQuestion(three, SHARED_WORDS)).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
    const lines = [MOSTLY_CNN[0], SHARED_WORDS, ...MOSTLY_CNN.slice(1)];
    const replies = answerBatch(three, lines);
    const cnnId = three.briefings.find((b) => b.origin === cnn)?.id;
    expect(replies.filter((r) => r.answered && r.pack === cnnId)).toHaveLength(7);
    expect(replies[1]).toMatchObject({ answered: false });
    expect(replies[lines.indexOf('who owns tiktok')]).toMatchObject({ answered: true, pack: 'china-platforms-sea' });
    const gitlab = lines.indexOf('what was the top it investment priority in 2023');
    expect(replies[gitlab]).toMatchObject({ answered: true, pack: expect.stringContaining('devsecops') });
  });
});

/** Nothing in CNN's piece launches; "exact" is a word of the first briefing's own question for its headline. */
const ANOTHER_HEADLINE = "what's the exact launch date";

describe('a line of a batch about one briefing that it declines', () => {
  it("is declined, not answered with another briefing's answer about its own article", () => {
    expect(three.get('china-platforms-sea')?.engine().answer(ANOTHER_HEADLINE)).toMatchObject({
      answered: true,
      entryId: 'article-headline',
    });
    const lines = [...MOSTLY_CNN.slice(0, 3), ANOTHER_HEADLINE, ...MOSTLY_CNN.slice(3)];
    const cnnId = three.briefings.find((b) => b.origin === cnn)?.id;
    const replies = answerBatch(three, lines);
    expect(replies.filter((r) => r.answered && r.pack === cnnId).length).toBeGreaterThanOrEqual(6);
    expect(replies[3]).toMatchObject({ answered: false });
  });
});

/** CNN's ranking piece never names Brookings; the New York Times piece quotes a Brookings fellow on the national debt. */
const HALF_ELSEWHERE = 'what did the brookings institution say about mobility in america';

describe('a line of a batch about one briefing, which another briefing answers on a name and none of its other words', () => {
  it("is declined when the batch's briefing uses words of it the other does not", () => {
    const nytimesId = withBrookings.briefings.find((b) => b.pack.sources[0]?.text.includes('Brookings'))?.id;
    expect(routeQuestion(withBrookings, HALF_ELSEWHERE)).toMatchObject({ answered: true, pack: nytimesId });
    const cnnOnly = MOSTLY_CNN.filter((q) => !/tiktok|devsecops|investment priority/.test(q));
    const lines = [...cnnOnly.slice(0, 3), HALF_ELSEWHERE, ...cnnOnly.slice(3)];
    const cnnId = withBrookings.briefings.find((b) => b.origin === cnn)?.id;
    const replies = answerBatch(withBrookings, lines);
    expect(replies.filter((r) => r.answered && r.pack === cnnId).length).toBeGreaterThanOrEqual(5);
    expect(replies[3]).toMatchObject({ answered: false });
  });
});
