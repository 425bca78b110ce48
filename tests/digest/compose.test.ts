import { describe, expect, it } from 'vitest';
import type { DayActivity } from '../../src/digest/activity.js';
import { composeDigest } from '../../src/digest/compose.js';
import type { Figure, QaEntry } from '../../src/knowledge/schema.js';
import type { Block } from '../../src/render/blocks.js';
import { tiktokShopGlobalGmv } from '../fixtures/chart-figures.js';
import { digestPack, launchYear } from '../fixtures/digest-pack.js';

const quiet: DayActivity = {
  day: '2024-07-07',
  questions: 0,
  answered: 0,
  thumbsUp: 0,
  thumbsDown: 0,
  topTopics: [],
  unansweredCount: 0,
  unanswered: [],
};
const busy: DayActivity = {
  day: '2024-07-07',
  questions: 8,
  answered: 6,
  thumbsUp: 3,
  thumbsDown: 1,
  topTopics: [
    { tag: 'tiktok-shop', count: 4 },
    { tag: 'temu', count: 2 },
  ],
  unansweredCount: 2,
  unanswered: ['who runs Lazada?', 'what about <!channel> Shopee?'],
};
const [question] = digestPack.entries;

const allText = (blocks: Block[]) => JSON.stringify(blocks);
const sectionTexts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));

describe('The digest message', () => {
  it("shows the figure's value, what it measures, who estimated it, for when, and the verbatim quote", () => {
    const { blocks } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: { figure: tiktokShopGlobalGmv, pack: digestPack },
      question: { entry: question, pack: digestPack },
      activity: busy,
    });
    const text = allText(blocks);
    expect(text).toContain('*$64.3 billion*');
    expect(text).toContain('Gross value of TikTok Shop sales worldwide');
    expect(text).toContain('Estimate by Momentum Works');
    expect(text).toContain('last year');
    expect(text).toContain(tiktokShopGlobalGmv.citation.quote);
    expect(text).toContain('paragraph 14, The article');
    expect(text).toContain('Monday 8 July 2024');
  });

  it('shows a date figure as written, without inventing a number', () => {
    const { blocks } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: { figure: launchYear, pack: digestPack },
      question: { entry: question, pack: digestPack },
      activity: quiet,
    });
    expect(allText(blocks)).toContain('*2021*');
  });

  it('asks the question of the day and gives its answer', () => {
    const { blocks } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: undefined,
      question: { entry: question, pack: digestPack },
      activity: quiet,
    });
    expect(allText(blocks)).toContain('Question of the day:* How big is TikTok Shop?');
    expect(allText(blocks)).toContain(question.answer);
  });

  it("reports yesterday's questions, share answered, votes, top topics and unanswered questions", () => {
    const { blocks } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: undefined,
      question: { entry: question, pack: digestPack },
      activity: busy,
    });
    const text = allText(blocks);
    expect(text).toContain('8 questions asked, 6 answered (75%)');
    expect(text).toContain('👍 3 · 👎 1');
    expect(text).toContain('tiktok shop (4), temu (2)');
    expect(text).toContain('2 questions the briefing did not cover');
    expect(text).toContain('• who runs Lazada?');
  });

  it('says a quiet day was quiet, with no counts at all', () => {
    const message = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: undefined,
      question: undefined,
      activity: quiet,
    });
    const activity = sectionTexts(message.blocks).join('\n');
    expect(activity).toContain('was quiet');
    expect(activity).not.toMatch(/\d/);
    expect(message.text).toContain('was quiet');
  });

  it('points to /brief help', () => {
    const { blocks } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: undefined,
      question: { entry: question, pack: digestPack },
      activity: quiet,
    });
    expect(allText(blocks)).toContain('`/brief help`');
  });

  it('escapes text users typed so it cannot ping a channel or mention anyone', () => {
    const { blocks } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: undefined,
      question: { entry: question, pack: digestPack },
      activity: busy,
    });
    expect(allText(blocks)).toContain('&lt;!channel&gt;');
    expect(allText(blocks)).not.toContain('<!channel>');
  });

  it('gives a plain-text fallback with the same content', () => {
    const { text } = composeDigest({
      briefings: [digestPack],
      arrived: [],
      day: '2024-07-08',
      figure: { figure: tiktokShopGlobalGmv, pack: digestPack },
      question: { entry: question, pack: digestPack },
      activity: busy,
    });
    expect(text).toContain('Figure of the day: TikTok Shop global GMV: $64.3 billion');
    expect(text).toContain('8 questions asked, 6 answered');
  });

  it("stays within Block Kit's limits whatever the pack and the users wrote", () => {
    const long = 'x'.repeat(10_000);
    const hugeFigure: Figure = {
      ...tiktokShopGlobalGmv,
      label: long,
      subject: long,
      period: long,
      attribution: { by: long, kind: 'estimate' },
      citation: { ...tiktokShopGlobalGmv.citation, quote: long },
    };
    const hugeEntry: QaEntry = { ...question, question: long, answer: long };
    const hugeActivity: DayActivity = {
      ...busy,
      topTopics: [
        { tag: long, count: 1 },
        { tag: long, count: 1 },
        { tag: long, count: 1 },
      ],
      unanswered: [long, long, long],
    };
    const { blocks, text } = composeDigest({
      briefings: [{ meta: { ...digestPack.meta, title: long } }],
      arrived: [],
      day: '2024-07-08',
      figure: { figure: hugeFigure, pack: digestPack },
      question: { entry: hugeEntry, pack: digestPack },
      activity: hugeActivity,
    });
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(text.length).toBeLessThanOrEqual(3000);
    for (const block of blocks) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'section') expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      if (block.type === 'context') {
        expect(block.elements.length).toBeLessThanOrEqual(10);
        for (const element of block.elements)
          if ('text' in element) expect(element.text.length).toBeLessThanOrEqual(3000);
      }
    }
  });
});

describe('The digest of several briefings', () => {
  const arrived = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      title: `Briefing ${i + 1}`,
      description: `What briefing ${i + 1} covers.`,
      leadFigure: i === 0 ? tiktokShopGlobalGmv : undefined,
    }));

  it('names each new briefing with one line on what it covers and its lead figure, before the figure of the day', () => {
    const { blocks, text } = composeDigest({
      briefings: [digestPack, digestPack],
      arrived: arrived(2),
      day: '2024-07-08',
      figure: { figure: launchYear, pack: digestPack },
      question: undefined,
      activity: quiet,
    });
    const sections = sectionTexts(blocks).join('\n');
    expect(sections).toContain('*2 new briefings since the last digest*');
    expect(sections).toContain(
      '*Briefing 1*\nWhat briefing 1 covers.\nLead figure: *$64.3 billion* (TikTok Shop global GMV) · _Estimate by Momentum Works',
    );
    expect(sections).toContain('*Briefing 2*\nWhat briefing 2 covers.');
    expect(sections.indexOf('Briefing 2')).toBeLessThan(sections.indexOf('Figure of the day'));
    expect(text).toContain('2 new briefings since the last digest: Briefing 1; Briefing 2.');
  });

  it('lists five new briefings and counts the rest', () => {
    const { blocks } = composeDigest({
      briefings: [digestPack, digestPack],
      arrived: arrived(8),
      day: '2024-07-08',
      figure: undefined,
      question: undefined,
      activity: quiet,
    });
    const text = allText(blocks);
    expect(text).toContain('8 new briefings since the last digest');
    expect(text).toContain('*Briefing 5*');
    expect(text).not.toContain('*Briefing 6*');
    expect(text).toContain('…and 3 more');
  });

  it('says which briefing the figure and the question of the day come from', () => {
    const other = { meta: { ...digestPack.meta, title: 'EU scrutiny of Temu' } };
    const { blocks } = composeDigest({
      briefings: [digestPack, other],
      arrived: [],
      day: '2024-07-08',
      figure: { figure: tiktokShopGlobalGmv, pack: digestPack },
      question: { entry: question, pack: other },
      activity: quiet,
    });
    const text = allText(blocks);
    expect(text).toContain('From the 2 briefings I answer from');
    expect(text).toContain(`From the briefing: ${digestPack.meta.title}`);
    expect(text).toContain('From the briefing: EU scrutiny of Temu');
    expect(text).not.toContain('new briefing');
  });
});
