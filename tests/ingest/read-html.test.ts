import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest/read-page.js';
import { CHINESE_FURNITURE, FURNITURE, normalise, readerViewBlocks, sentencesOf } from './reader-view.js';
import { sharedArticles } from './shared-articles.js';

// Every real saved page in shared/fixtures/articles against what Firefox Reader View shows of it.

const articles = sharedArticles();

/** Six paragraphs of a made-up story: enough text for a reader view to take the page for an article. */
function storyParagraphs(says: string): string[] {
  return Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the ${says}</p>`);
}

describe.each(articles.map((a) => [a.name, a] as const))('the saved page %s', (name, article) => {
  const read = readPage(article.source, `${name}.html`);

  it('keeps at least 90% of the sentences a reader view shows', async () => {
    const result = await read;
    if (!result.ok) throw new Error(result.error.message);
    const ours = normalise([result.value.title, ...result.value.paragraphs].join(' '));
    const furniture = [...FURNITURE, ...CHINESE_FURNITURE];
    const sentences = sentencesOf(readerViewBlocks(article.readerView)).filter(
      (s) => !furniture.some((f) => f.test(s)),
    );
    const lost = sentences.filter((s) => !ours.includes(s));
    expect(sentences.length).toBeGreaterThan(5);
    expect(lost.length / sentences.length, `lost:\n${lost.join('\n')}`).toBeLessThanOrEqual(0.1);
  });

  it('keeps no page furniture: photo labels, credits, "Continue reading", ads, print notes', async () => {
    const result = await read;
    if (!result.ok) throw new Error(result.error.message);
    const furniture = result.value.paragraphs.filter((p) =>
      [...FURNITURE, ...CHINESE_FURNITURE].some((f) => f.test(p)),
    );
    expect(furniture).toEqual([]);
  });

  it("reads the title, byline, outlet and language the page's metadata gives", async () => {
    const result = await read;
    if (!result.ok) throw new Error(result.error.message);
    const page = result.value;
    const { title, byline, siteName, lang } = article.metadata;
    // The title as a reply cites it: Tencent's channel and site after the headline ("_科技_腾讯网") are cut, as a
    // site's name after a separator is; the article's first line keeps them (titleLine).
    expect(page.title).toBe(normalise(title).replace(/_科技_腾讯网$/, ''));
    // A reader view's "byline" is sometimes a date line ("Last Updated: January 7, 2025"): no author then.
    const author = byline && !/updated|published/i.test(byline) ? normalise(byline).replace(/^By /, '') : null;
    expect(page.author).toBe(author);
    if (siteName) expect(page.outlet).toBe(siteName);
    expect(page.language).toBe(lang ? Intl.getCanonicalLocales(lang)[0] : name === 'qq' ? 'zh' : 'en');
    expect(page.format).toBe('html');
  });
});

describe('the Chinese page (qq)', () => {
  it('reads as Chinese, its sentences whole', async () => {
    const qq = articles.find((a) => a.name === 'qq');
    if (!qq) throw new Error('the qq page is missing from shared/fixtures/articles');
    const result = await readPage(qq.source, 'qq.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.language).toBe('zh');
    expect(result.value.paragraphs).toContain('DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线。');
  });
});

describe('a page that gives its date only in its address and its byline with a handle', () => {
  const body = storyParagraphs(
    'story says that the city council voted on the new budget after a long debate, and that the mayor welcomed the result in a statement to reporters.',
  ).join('');
  const html = `<html><head><title>Council passes budget</title>
    <link rel="canonical" href="https://www.example.com/news/local/2018/10/29/council-passes-budget/"></head>
    <body><article><h1>Council passes budget</h1><div class="byline">Aja Romano@ajaromano</div>${body}</article></body></html>`;

  it('reads the day the story ran from the address, and the writer without the handle', async () => {
    const result = await readPage(Buffer.from(html), 'budget.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.published).toBe('2018-10-29');
    expect(result.value.author).toBe('Aja Romano');
  });
});

describe('a page that shows a caption twice in a row', () => {
  it('keeps it once, and a paragraph said again later in the article where it is', async () => {
    const caption =
      '<p>Dylann Roof is escorted from the Shelby Police Department in Shelby, N.C., on June 18, 2015.</p>';
    const body = storyParagraphs(
      'story says that the jury deliberated for two hours before it found the defendant guilty on all counts, the court heard.',
    );
    const html = `<html><head><title>Roof convicted</title></head><body><article><h1>Roof convicted</h1>
      ${caption}${caption}${body.join('')}${caption}</article></body></html>`;
    const result = await readPage(Buffer.from(html), 'npr.html');
    if (!result.ok) throw new Error(result.error.message);
    const shown = result.value.paragraphs.filter((p) => p.startsWith('Dylann Roof is escorted'));
    expect(shown).toHaveLength(2);
    expect(result.value.paragraphs[0]).toMatch(/^Dylann Roof is escorted/);
    expect(result.value.paragraphs[1]).toMatch(/^Paragraph 1/);
  });
});

describe('a news theme that appends the next stories below the article (infinite scroll)', () => {
  it('reads the article, not the stories appended after it', async () => {
    // Shaped like kulu-media.com's Zox News theme, among trafilatura's saved test pages.
    const story = (topic: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `<p>${topic} paragraph ${i + 1} tells the reader what happened next, in a sentence of its own.</p>`,
      ).join('');
    const html = `<html><head><title>Meta outage hits Facebook</title></head><body>
      <article id="mvp-article-wrap"><h1 class="mvp-post-title">Meta outage hits Facebook</h1>
      <div id="mvp-content-main">${story('Outage', 4)}</div></article>
      <div id="mvp-post-add-box"><div class="mvp-post-add-story">
      <h1 class="mvp-post-title">Artemis II returns</h1>${story('Artemis', 12)}</div>
      <div class="mvp-post-add-story"><h1 class="mvp-post-title">Artemis II launches</h1>${story('Launch', 12)}</div></div>
      </body></html>`;
    const result = await readPage(Buffer.from(html), 'kulu-media.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs.filter((p) => p.startsWith('Outage'))).toHaveLength(4);
    expect(result.value.paragraphs.join(' ')).not.toMatch(/Artemis|Launch/);
  });
});

describe("a page that prints its own address above the story (Hearst's newspapers)", () => {
  it('reads neither the address nor the headline repeated under it as the article', async () => {
    // Shaped like ctpost.com's and chron.com's pages among Zyte's article-extraction benchmark pages.
    const address = 'https://www.ctpost.com/news/us/article/New-SUVs-highlight-L-A-Auto-Show-14848164.php';
    const html = `<html><head><title>New SUVs highlight L.A. Auto Show - CT Post</title>
      <link rel="canonical" href="${address}"></head><body><article>
      <p>${address}</p><h1>New SUVs highlight L.A. Auto Show</h1>
      ${storyParagraphs('story about new electric vehicles on display in Los Angeles this week.').join('')}
      </article></body></html>`;
    const result = await readPage(Buffer.from(html), 'ctpost.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs[0]).toBe(
      'Paragraph 1 of the story about new electric vehicles on display in Los Angeles this week.',
    );
    expect(result.value.paragraphs.join(' ')).not.toContain('ctpost.com');
  });
});

describe("a page's teasers for its other stories", () => {
  it('keeps them in article.txt as the page shows them, and drafts nothing from them', async () => {
    // Shaped like Live Science's pages among Zyte's article-extraction benchmark pages.
    const { draftBriefing } = await import('../../src/ingest/draft-briefing.js');
    const address = 'https://www.livescience.com/most-detailed-universe-simulation.html';
    const html = `<html><head><title>Physicists Simulate the Universe</title>
      <link rel="canonical" href="${address}"></head><body><article><h1>Physicists Simulate the Universe</h1>
      ${storyParagraphs('story about a simulation of galaxy clusters that ran on 24,000 processors.').join('')}
      <ul><li><a href="https://www.livescience.com/64955-stellar-star-images.html">15 Amazing Images of Stars</a></li>
      <li><a href="/63847-facts.html">11 Fascinating Facts About Our Milky Way Galaxy</a></li></ul>
      </article></body></html>`;
    const drafted = await draftBriefing(Buffer.from(html), 'livescience.html', { today: '2026-12-07' });
    if (!drafted.ok) throw new Error(drafted.error.message);
    const { files } = drafted.value;
    expect(files['article.txt']).toContain('15 Amazing Images of Stars');
    expect(files['qa.yaml']).not.toContain('Amazing Images');
    expect(files['figures.yaml']).not.toContain('Fascinating Facts');
    expect(files['aliases.yaml']).not.toContain('Milky Way');
  });
});

describe('a wiki page', () => {
  it('reads its headings without the "[edit]" link beside each', async () => {
    // Shaped like Wikipedia's pages among Readability's test pages.
    const html = `<html><head><title>Firefox - Wikipedia</title></head><body><div id="content"><h1>Firefox</h1>
      <div id="mw-content-text"><p>Firefox is a free and open-source web browser developed by the Mozilla Foundation and its
      subsidiary, the Mozilla Corporation, for Windows, macOS and Linux.</p>
      <h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span
      class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Firefox&action=edit&section=1">edit</a><span
      class="mw-editsection-bracket">]</span></span></h2>
      <p>The project began as an experimental branch of the Mozilla project by Dave Hyatt, Joe Hewitt and Blake Ross,
      who believed the commercial requirements of Netscape's sponsorship had compromised the browser's usefulness.</p>
      <p>The current name, Firefox, was chosen on February 9, 2004, after the names Phoenix and Firebird were dropped
      because of trademark claims from other companies and projects.</p></div></div></body></html>`;
    const result = await readPage(Buffer.from(html), 'firefox.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.paragraphs).toContain('History');
    expect(result.value.paragraphs.join(' ')).not.toContain('[edit]');
  });
});

describe("a page whose meta tags carry their text in `value` (Postlight's saved Tribune pages)", () => {
  const body = storyParagraphs(
    'story says that the department refused to hand over the names of employees who had worked on climate policy, officials said on Tuesday.',
  ).join('');
  const page = (head: string, byline: string) =>
    Buffer.from(`<html><head><title>Energy Department rejects request – Chicago Tribune</title>${head}</head>
    <body><article><h1>Energy Department rejects request</h1><div class="byline">${byline}</div>${body}</article></body></html>`);

  it('reads the outlet and headline from them, and the writer and day from a byline glued to the next fields', async () => {
    const head = `<meta value="Energy Department rejects request" name="og:title">
      <meta value="Chicago Tribune" name="og:site_name">
      <link rel="canonical" href="https://www.chicagotribune.com/nation-world/ct-energy-department-request-story.html">`;
    const result = await readPage(page(head, 'Joe DavidsonWashington PostDec 13, 2016 at'), 'tribune.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      title: 'Energy Department rejects request',
      outlet: 'Chicago Tribune',
      author: 'Joe Davidson',
      published: '2016-12-13',
    });
  });

  it("takes a publishing system's empty date (0001-01-01) for no date, and finds the day elsewhere", async () => {
    const head = `<meta value="Viera defeats Rockledge to remain undefeated" name="og:title">
      <meta property="article:published_time" content="0001-01-01T00:00:00">
      <link rel="canonical" href="https://www.floridatoday.com/story/sports/2019/11/20/hs-roundup-viera/4242424242/">`;
    const result = await readPage(page(head, 'By Elliot Brownstein'), 'roundup.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.published).toBe('2019-11-20');
  });

  it('drops a section label before the headline, and a profile address given as the author for the byline', async () => {
    const head = `<meta value="Opinion | Energy Department rejects request" name="og:title">
      <meta value="https://www.facebook.com/SomeWriter" name="author">
      <link rel="canonical" href="https://www.example.com/opinions/ct-energy-department-request-20161213-story.html">`;
    const result = await readPage(page(head, 'By Jennifer Rubin'), 'opinion.html');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      title: 'Energy Department rejects request',
      author: 'Jennifer Rubin',
      published: '2016-12-13',
    });
  });
});

describe("a page whose site name is an address, or carries the writer's name", () => {
  const body = storyParagraphs(
    'story says that the singer cancelled the last dates of her tour after the doctors told her to rest her voice for a month.',
  ).join('');
  const page = (siteName: string) =>
    Buffer.from(`<html><head><title>Singer cancels tour</title><meta property="og:site_name" content="${siteName}"></head>
    <body><article><h1>Singer cancels tour</h1>${body}</article></body></html>`);

  it('names the outlet as a reply can say it', async () => {
    for (const [siteName, outlet] of [
      ['http://www.tmz.com', 'tmz.com'],
      ['SIMPLYFOUND.COM | BY: JOE WEE', 'SIMPLYFOUND.COM'],
      ['Fandom powered by Wikia', 'Fandom powered by Wikia'],
    ]) {
      const result = await readPage(page(siteName), 'tour.html');
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.outlet, siteName).toBe(outlet);
    }
  });
});

describe("a title that carries the site's or the writer's name after the headline", () => {
  const body = storyParagraphs(
    "post says that the podcast's sponsors paid for two years of hosting before the app went free for everyone who downloads it.",
  ).join('');
  const page = (title: string, head: string) =>
    Buffer.from(`<html><head><title>${title}</title><meta property="og:title" content="${title}">${head}</head>
    <body><article><div class="byline">By John C. Welch</div>${body}</article></body></html>`);

  it('names the briefing by its headline alone, and the site from the address when nothing else does', async () => {
    const cases: [string, string, { title: string; outlet: string | null }][] = [
      [
        'Samantha and The Great Big Lie - John C. Welch - Medium',
        '<meta property="og:site_name" content="Medium">',
        { title: 'Samantha and The Great Big Lie', outlet: 'Medium' },
      ],
      [
        'Housing market slowdown continues | CBC News',
        '<meta property="og:site_name" content="CBC">',
        { title: 'Housing market slowdown continues', outlet: 'CBC' },
      ],
      [
        'Mozilla - Wikipedia',
        '<link rel="canonical" href="https://en.wikipedia.org/wiki/Mozilla">',
        { title: 'Mozilla', outlet: 'Wikipedia' },
      ],
      // The site's name without its "The", and a site's name that holds a separator itself.
      [
        'China snubs Imran Khan, says resolve Kashmir bilaterally - Times of India',
        '<meta property="og:site_name" content="The Times of India">',
        { title: 'China snubs Imran Khan, says resolve Kashmir bilaterally', outlet: 'The Times of India' },
      ],
      [
        'Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - Memorabilia anni 80/90',
        '<meta property="og:site_name" content="Remember 80/90 - Memorabilia anni 80/90">',
        {
          title: 'Black Friday per nostalgici: le occasioni da non perdere',
          outlet: 'Remember 80/90 - Memorabilia anni 80/90',
        },
      ],
      // A section's name where the site's should be (Reuters' "U.S.", the AP's hosted pages): no outlet a reply may
      // name, cut from the title all the same, and the site named by its address.
      [
        'Fed lifts rates | U.S.',
        '<meta property="og:site_name" content="U.S."><link rel="canonical" href="https://www.reuters.com/article/x">',
        { title: 'Fed lifts rates', outlet: 'reuters.com' },
      ],
      [
        'Unpredictable Sondland faces questions | Hosted',
        '<meta property="og:site_name" content="Hosted"><link rel="canonical" href="https://hosted.ap.org/article/x">',
        { title: 'Unpredictable Sondland faces questions', outlet: 'hosted.ap.org' },
      ],
      // A Chinese portal's channel and site after the headline (Tencent, Guangming Daily).
      [
        'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网',
        '',
        { title: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶', outlet: '腾讯网' },
      ],
      [
        '宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网',
        '',
        { title: '宇航员在太空中喝酒会怎么样？后果很严重', outlet: '光明网' },
      ],
      // Not a name of the site or the writer: part of the headline.
      [
        'Minecraft 1.8 - The Bountiful Update',
        '<meta property="og:site_name" content="Minecraft Update News">',
        { title: 'Minecraft 1.8 - The Bountiful Update', outlet: 'Minecraft Update News' },
      ],
    ];
    for (const [title, head, expected] of cases) {
      const result = await readPage(page(title, head), 'post.html');
      if (!result.ok) throw new Error(result.error.message);
      expect({ title: result.value.title, outlet: result.value.outlet }, title).toEqual(expected);
      // The article's first line stays the title as the page gives it.
      expect(result.value.titleLine ?? result.value.title).toBe(title);
    }
  });
});
