import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { ReplySchema } from '../../src/answer/reply.js';
import { loadedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

let engine: Engine;
beforeAll(async () => {
  engine = await loadedEngine(SHIPPED_PACK);
});

describe('answering a question the briefing covers', () => {
  it('answers the Southeast Asia GMV question with the figure, its estimator and a verbatim citation', () => {
    const reply = engine.answer('How big is TikTok Shop in Southeast Asia?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('45.6');
    expect(
      reply.figures.some(
        (f) => f.value === '$45.6 billion' && f.number === 45.6e9 && f.attribution.by === 'Momentum Works',
      ),
    ).toBe(true);
    expect(reply.citations[0]).toMatchObject({ source: 'article', paragraph: 14 });
    expect(ReplySchema.safeParse(reply).success).toBe(true);
  });

  it('quotes the whole sentence a citation is in, verbatim, so the quote shows the claim it backs', () => {
    const reply = engine.answer('who came up with the tiktok shop sales estimates');
    expect(reply.citations.map((c) => c.quote)).toContain(
      'Momentum Works, a research firm based in Singapore, estimates that The gross value of TikTok Shop sales last year hit $64.3 billion, almost double the previous year.',
    );
  });

  it('says the article does not name its author or outlet, however the question is put', () => {
    for (const q of [
      'who wrote this article',
      'who wrote this and which outlet is it from?',
      'siapa penulis artikel ini?',
      'Which outlet published this article, and who wrote it?',
      "who's the reporter on this",
      'what date did this article come out',
    ])
      expect(engine.answer(q), q).toMatchObject({ answered: false, reason: 'not_stated' });
    expect(engine.answer('who wrote this article').answer).toContain('names no author');
  });

  it('understands other names and Chinese characters for the same entity', () => {
    const english = engine.answer('why is rednote popular in malaysia');
    const chinese = engine.answer('小红书在马来西亚为什么受欢迎？');
    expect(english.answered).toBe(true);
    expect(chinese.entryId).toBe(english.entryId);
  });

  it('reads through typos in names', () => {
    expect(engine.answer('when did xiaohongsu open its hong kong office').entryId).toBe('xiaohongshu-hong-kong-office');
    // Two letters swapped in an English word the article never uses is a typo, not a company it does not cover.
    expect(engine.answer('is bytedance still invovled in the new tiktok us entitiy?').entryId).toBe(
      'bytedance-stake-us-entity',
    );
    // An English word with an ending the word list does not spell out is no name either.
    expect(
      engine.answer(
        'ok so onboarding new sellers from shenzhen next week and they worried about data safety on xiaohongshu. what do the experts say about it?',
      ).answered,
    ).toBe(true);
    // A long English word one letter short is a typo too.
    expect(
      engine.answer('when did xiaohongshu open its hong kong ofice, and was it the frist one abroad').answered,
    ).toBe(true);
    // A key held too long, in a name too short for the spelling search.
    expect(engine.answer('who is jian xuu').entryId).toBe('who-is-jian-xu');
  });

  it('answers how Zheng compares Xiaohongshu with Douyin from his point, which the Douyin aside belongs to', () => {
    const reply = engine.answer('how did zheng compare xiaohongshu with douyin');
    expect(reply.entryId).toBe('zheng-claims-not-unfounded');
    expect(reply.citations.map((c) => c.quote).join(' ')).toContain('such as Douyin');
  });

  it('ignores Slack mentions and links around the question', () => {
    const plain = engine.answer('what stake does bytedance hold in the new US entity');
    const marked = engine.answer(
      '<@U0123ABC> what stake does bytedance hold in the new US entity <https://x.test|link>',
    );
    expect(marked.entryId).toBe(plain.entryId);
    // A link label that only points at the link ("link", "this piece") is not part of the question.
    expect(engine.answer('saw this <https://example.com|link> - who is Wang Zheng?').entryId).toBe('who-is-wang-zheng');
  });
});

describe('telling sibling entries apart', () => {
  it('answers "who is" with the person, not with what they said', () => {
    expect(engine.answer('who exactly is jian xu?').entryId).toBe('who-is-jian-xu');
  });

  it('finds the one real question inside a long chatty message', () => {
    const reply = engine.answer(
      'Sorry for the wall of text. My boss is flying to Kuala Lumpur next week and keeps asking me random things ' +
        'about our competitors, most of which I cannot answer. Anyway: how big is TikTok Shop in Southeast Asia?',
    );
    expect(reply.entryId).toBe('tiktok-shop-sea-gmv');
  });

  it('reads the story before a lower-case question as context, though chat leaves no capital after the full stop', () => {
    const reply = engine.answer(
      'hello team, preparing a deck for a client in jakarta. why is southeast asia a testing ground for chinese tech?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.entryId).toBe(engine.answer('why is southeast asia a testing ground for chinese tech?').entryId);
  });

  it('reads chat shorthand and abbreviations', () => {
    expect(engine.answer('whos jian xu').entryId).toBe('who-is-jian-xu');
    expect(engine.answer("What is Wang Zheng's affiliation?").entryId).toBe('who-is-wang-zheng');
    expect(engine.answer('whos han wenxiu lol').entryId).toBe('who-is-han-wenxiu');
    expect(engine.answer('whos han wenxiu tho').entryId).toBe('who-is-han-wenxiu');
    expect(engine.answer("whats rednote's real name").entryId).toBe('what-is-rednote');
    expect(engine.answer('韩文秀在讲话中说了什么？').entryId).toBe('han-wenxiu-quote');
    expect(engine.answer('Please describe the ownership of TikTok as stated in the article.').entryId).toBe(
      'who-owns-tiktok',
    );
    expect(engine.answer('hows tiktok shp doing in SEA').entryId).toBe('tiktok-shop-sea-gmv');
    expect(engine.answer('wats temu share of ecom').entryId).toBe('temu-market-share');
    expect(engine.answer('did tiktok actualy get banned in the us').answered).toBe(true);
    expect(engine.answer('is tiktok still gona be banned in the us').entryId).toBe('tiktok-us-deal');
    expect(engine.answer("what's this article about in one line, need it for the digest").entryId).toBe(
      'article-summary',
    );
    // A letter dropped from a five-letter filler word: still filler, not a name the briefing lacks.
    expect(engine.answer('whic countries has rednote been adopted the most, malaysa?').answered).toBe(true);
    expect(engine.answer('wat r bytedance n tencent doin in malaysia').entryId).toBe(
      'bytedance-tencent-malaysia-expansion',
    );
  });

  it('is not put off by the channel a question names or an odd word in the small talk around it', () => {
    expect(engine.answer('quick q from <#C0123ABCD|apac-growth>: who is Wang Zheng?').entryId).toBe(
      'who-is-wang-zheng',
    );
    expect(engine.answer("Sorry if this is a dumb q, I've never used it. What is TikTok Shop actually?").entryId).toBe(
      'what-is-tiktok-shop',
    );
  });

  it('answers a question about TikTok with an entry about TikTok Shop, which is part of it', () => {
    expect(engine.answer('tiktok gmv last year').entryId).toBe('tiktok-shop-global-gmv');
  });

  it('reads "share" of a company as a stake, not as market share', () => {
    expect(engine.answer('what share does bytedance keep in the new us tiktok entity?').entryId).toBe(
      'bytedance-stake-us-entity',
    );
  });

  it('reads a percent sign as the word', () => {
    expect(engine.answer('what % of the new US tiktok entity does bytedance keep').entryId).toBe(
      'bytedance-stake-us-entity',
    );
  });
});

describe('reading what a question is about', () => {
  it('answers what the article as a whole is about with its summary, whatever topic the question names', () => {
    for (const q of ['is this piece mainly about tiktok?', 'which companies does the article mainly cover'])
      expect(engine.answer(q).entryId, q).toBe('article-summary');
    // A question about the topic itself still gets the topic's entry.
    expect(engine.answer('what does the article say about tiktok').entryId).not.toBe('article-summary');
  });

  it('answers "what is this article about" asked in Malay or Indonesian with the summary', () => {
    for (const q of ['artikel ni sebenarnya pasal apa', 'artikel ini tentang apa?'])
      expect(engine.answer(q).entryId, q).toBe('article-summary');
  });

  it('reads newsroom shorthand: "hed" is the headline', () => {
    expect(engine.answer("what's the hed on this one").entryId).toBe('article-headline');
  });

  it("reads the asker's own team or desk as chat, not as a place the answer must be about", () => {
    expect(
      engine.answer('ok doing a temu vs amazon slide for the SG team, what share number does this give?').entryId,
    ).toBe('temu-vs-amazon');
    expect(engine.answer('our singapore desk asks: is language a blocker for rednote?').answered).toBe(true);
  });

  it('reads who passed a question on, and the small talk before "anyway", as chat', () => {
    expect(
      engine.answer('morning! seller from guangzhou asking was tiktok shop ever shut down in indonesia? is true?')
        .entryId,
    ).toBe('indonesia-tiktok-shop-suspension');
    expect(
      engine.answer(
        'ngl temu scares me a bit for our margins lol. anyway how is temu doing globally according to the article?',
      ).entryId,
    ).toBe('temu-market-share');
  });

  it('reads "it" in the asking sentence as the one name of the sentence before', () => {
    expect(
      engine.answer(
        "ok so we're thinking of testing rednote for the manila launch. is it actually big anywhere in sea or just hype?",
      ).entryId,
    ).toBe('xiaohongshu-sea-traction');
  });

  it('reads "does the piece back that?" as asking whether the article says it, not about support', () => {
    expect(
      engine.answer(
        'sub asking whether we can say rednote is growing across the region, not just in malaysia. does the piece back that?',
      ).entryId,
    ).toBe('xiaohongshu-sea-traction');
  });

  it('reads what an answer is for ("for the weekly digest") as chat, and "draw on" as citing', () => {
    expect(engine.answer('Could you give me a brief summary of the article for the weekly digest?').entryId).toBe(
      'article-summary',
    );
    expect(engine.answer('Which experts does the article draw on?').entryId).toBe('experts-quoted');
  });

  it('declines a share the article never gives ("the other 80%") and how-to instructions, in any language', () => {
    for (const q of [
      'who owns the other 80% of the new tiktok us company',
      'gimana cara daftar jualan di tiktok shop buat brand kita?',
      'how do i open a shop on tiktok shop',
    ])
      expect(engine.answer(q).answered, q).toBe(false);
  });

  it('declines "which law" when no entry names one, though the article speaks of data regulations', () => {
    for (const q of [
      'which us law forced the tiktok deal',
      'Which specific Chinese law requires Xiaohongshu to store user data?',
    ])
      expect(engine.answer(q).answered, q).toBe(false);
    expect(engine.answer("what do beijing's data laws require").entryId).toBe('xiaohongshu-data-regulations');
  });

  it('reads "how many percent" as asking for a share, not a count', () => {
    expect(engine.answer('how many percent of tokopedia did tiktok buy').entryId).toBe('tiktok-tokopedia-stake');
    expect(engine.answer('tokopeda how many % tiktok bought').entryId).toBe('tiktok-tokopedia-stake');
    expect(engine.answer('how many percent temu globall ecommerce market shar').entryId).toBe('temu-market-share');
  });

  it('declines whether a company is profitable, or what its fees are, which the article never says', () => {
    for (const q of ['is it true tiktok shop is profitable in southeast asia', 'what fees does temu charge sellers'])
      expect(engine.answer(q).answered, q).toBe(false);
  });

  it('declines a share of something when the entry it would use gives no percentage', () => {
    expect(engine.answer('how much of tiktok shop sales come from beauty and skincare').answered).toBe(false);
    expect(engine.answer('how much of tokopedia did tiktok buy').entryId).toBe('tiktok-tokopedia-stake');
  });

  it('declines "how long" when the entry it would use gives no duration and no time to count from', () => {
    expect(engine.answer('how long did the bbc interview last').answered).toBe(false);
    expect(engine.answer('how long has the tiktok ban threat been looming').entryId).toBe('tiktok-ban-threat-since');
  });

  it('declines "which month" when the article gives only the year, and answers it when it names the month', () => {
    expect(engine.answer('which month in 2023 did indonesia make tiktok shop shut down').answered).toBe(false);
    expect(engine.answer('what month did xiaohongshu land in hk').entryId).toBe('xiaohongshu-hong-kong-office');
  });

  it('reads a rate the article never gives ("take rate") as one metric, named as typed, not as its growth rate', () => {
    const reply = engine.answer('tiktok shop take rate in SEA');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('"take rate"');
  });

  it('names a word it read from chat shorthand as the word typed, not as the phrase it stands for', () => {
    // "sales pitch" is read as "pitch", but "pitch" typed alone is no sales pitch.
    const reply = engine.answer('temu pitch');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('"pitch"');
    expect(reply.answer).not.toContain('sales pitch');
  });

  it('reads a name that only says which article is meant, or one set aside, as no topic', () => {
    expect(engine.answer("who's the deakin guy quoted in the rednote article").entryId).toBe('who-is-jian-xu');
    expect(engine.answer('what other chinese giants r pushing into SEA besides xhs').entryId).toBe(
      'bytedance-tencent-malaysia-expansion',
    );
  });

  it('reads a year in a "when" question as the asker\'s guess, and corrects it', () => {
    const reply = engine.answer(
      'When did the threat of a US ban start hanging over TikTok, according to the article? I had 2020 in my head.',
    );
    expect(reply.entryId).toBe('tiktok-ban-threat-since');
    expect(reply.answer).toContain('2024');
  });

  it('matches a description of a company ("the short-video app"), which may fit two, without making it a key', () => {
    expect(engine.answer('What stake did the short-video app buy in the Indonesian online marketplace?').entryId).toBe(
      'tiktok-tokopedia-stake',
    );
    const douyin = engine.answer(
      'Which Chinese short-video app has a distinct overseas edition according to the piece?',
    );
    expect(douyin.answered).toBe(true);
    expect(douyin.answer).toContain('Douyin');
  });

  it('does not count a metric in the small talk around a question that has a topic of its own', () => {
    const reply = engine.answer(
      "We're evaluating whether to budget for Temu ads next quarter. What global market share does the article give Temu?",
    );
    expect(reply.entryId).toBe('temu-market-share');
  });

  it('reads "in charge of" as asking what someone runs, not what something costs', () => {
    const reply = engine.answer('what will the new us tiktok joint venture be in charge of');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('retrain the recommendation algorithm');
    expect(engine.answer('how much does temu charge for shipping').answered).toBe(false);
  });

  it('reads "how much has X put into" as asking for money the article does not give', () => {
    expect(engine.answer('how much has tencent put into e-sports in malaysia').answered).toBe(false);
    expect(engine.answer('what is tencent doing in malaysia').answered).toBe(true);
  });

  it('reads a city the article never mentions as a place it lacks, never as a typo of one of its words', () => {
    const reply = engine.answer('what time is it in tokyo right now');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('"tokyo"');
  });

  it('reads a currency code its figures are not in as a figure it does not give, and its own as known', () => {
    const rate = engine.answer("what's the usd to myr rate today");
    expect(rate.answered).toBe(false);
    expect(rate.answer).toContain('"myr"');
    expect(engine.answer('how big is tiktok shop in usd').answer).toContain('$64.3 billion');
  });

  it('reads "define" and "describe" as asking what something is', () => {
    expect(engine.answer('How does the article define TikTok Shop?').entryId).toBe('what-is-tiktok-shop');
  });
});

describe('a two-part question', () => {
  it('answers both parts, each from its own entry, with both sets of citations', () => {
    const reply = engine.answer('Who is Han Wenxiu, and what did he say at that conference?');
    expect(reply.entryId).toBe('who-is-han-wenxiu+han-wenxiu-quote');
    expect(reply.answer).toContain('deputy director');
    expect(reply.answer).toContain('We must follow the opening');
    expect(new Set(reply.citations.map((c) => c.quote)).size).toBe(reply.citations.length);
  });

  it('rebuilds a two-part answer from its joined id, as a button does', () => {
    const reply = engine.answerEntry('who-is-han-wenxiu+han-wenxiu-quote');
    expect(reply?.answer).toContain('We must follow the opening');
    expect(engine.answerEntry('who-is-han-wenxiu+no-such-entry')).toBeUndefined();
  });

  it('adds no second answer for a vague tail that the first answer already covers', () => {
    const reply = engine.answer('How does the article treat the language issue? Is it seen as permanent?');
    expect(reply.entryId).toBe('language-barriers');
  });

  it('reads a second part with no topic of its own ("who is saying it?") as asking about the first', () => {
    const reply = engine.answer(
      "The piece talks about a 'structural change' in China's tech sector. What does that mean, and who's saying it? " +
        "I'm not a China person so keep it simple please.",
    );
    expect(reply.entryId).toBe('structural-change-tech-exports');
    expect(reply.answer).toContain('Jian Xu');
  });

  it('gives one answer when both parts lead to the same entry', () => {
    expect(engine.answer('what is tiktok shop and how does it work?').entryId).toBe('what-is-tiktok-shop');
  });
});

describe('a detail the briefing does not give', () => {
  it('declines an amount the entries it is about do not give, rather than answering with a nearby figure', () => {
    // The deal's entries give no value; the TikTok overview has an amount (GMV) but is not about the deal.
    const reply = engine.answer('how much was the tiktok us deal worth');
    expect(reply.answered).toBe(false);
    expect(reply.suggestions.map((s) => s.id)).toContain('tiktok-us-deal');
  });

  it('says the article does not say, and offers the entry for what it does say', () => {
    const reply = engine.answer('Who are the other investors in the new TikTok US joint venture?');
    expect(reply).toMatchObject({ answered: false, reason: 'not_stated', citations: [] });
    expect(reply.answer).toMatch(/doesn't say who holds the rest/);
    expect(reply.suggestions.map((s) => s.id)).toContain('tiktok-us-joint-entity');
    expect(ReplySchema.safeParse(reply).success).toBe(true);
  });

  it('says so for a detail of a covered topic: a name, an official, a place the article does not give', () => {
    for (const q of [
      'What is the name of the new TikTok US entity?',
      'Which Indonesian minister ordered the TikTok Shop suspension?',
      'Is Xiaohongshu planning to open an office in Singapore?',
      'who owns the other 25% of tokopedia',
    ]) {
      expect(engine.answer(q).reason, q).toBe('not_stated');
    }
  });

  it("still answers the entry's own question, and a two-part question whose other part it can answer", () => {
    expect(engine.answer('What will the new TikTok US entity do?').answered).toBe(true);
    const twoPart = engine.answer('What stake does ByteDance hold in the new entity, and who holds the rest?');
    expect(twoPart.answered).toBe(true);
    expect(twoPart.answer).toContain('19.9%');
  });
});

describe('knowing what it does not know', () => {
  it('abstains on a country the briefing never mentions, even one spelt like an English word', () => {
    for (const q of ['how is tiktok shop doing in india', 'temu in turkey', 'is rednote big in japan'])
      expect(engine.answer(q).answered, q).toBe(false);
  });

  it('abstains on another company written like an English word, when it is capitalised', () => {
    expect(engine.answer('Is Grab expanding into e-commerce?').answered).toBe(false);
    expect(engine.answer("what are JD.com's international expansion plans").answered).toBe(false);
    expect(engine.answer('is tiktok shop going to grab more of the market in southeast asia').answered).toBe(true);
  });

  it('abstains on another company written in lower case when it is made possessive with nothing before it', () => {
    const reply = engine.answer("what's grab's ai strategy");
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('"grab"');
  });

  it('abstains on a fact about a covered company that the briefing does not give', () => {
    expect(engine.answer('When was Xiaohongshu founded?').answered).toBe(false);
    expect(engine.answer('How old is Han Wenxiu?').answered).toBe(false);
    expect(engine.answer('小红书的创始人是谁？').answered).toBe(false);
    expect(engine.answer('拼多多在东南亚的表现怎么样？').answered).toBe(false);
  });

  it('abstains on a metric for a place its figures are not about, though the entry mentions that place', () => {
    expect(engine.answer("What was TikTok Shop's GMV in the US?").answered).toBe(false);
    // Typed in lower case, "the us" still names the United States.
    expect(engine.answer('tiktok shop gmv in the us last year').answered).toBe(false);
    expect(engine.answer('temu market share in southeast asia').answered).toBe(false);
    expect(engine.answer('tiktok shop gmv in southeast asia').entryId).toBe('tiktok-shop-sea-gmv');
    expect(['temu-market-share', 'temu-vs-amazon']).toContain(
      engine.answer('how much market share does chinese firm temu have').entryId,
    );
  });

  it('abstains on a metric spelt out in words the pack uses elsewhere', () => {
    expect(engine.answer("What are Douyin's monthly active users?").answered).toBe(false);
    expect(engine.answer("What's Sea Ltd's market cap?").answered).toBe(false);
  });

  it('abstains on a fact about a company named only by a concept it never states', () => {
    expect(engine.answer('Where is ByteDance headquartered?').answered).toBe(false);
    expect(engine.answer("what's the deal with temu").entryId).toBe('temu-overview');
  });

  it('abstains on a place the briefing never mentions, asked in Chinese', () => {
    expect(engine.answer('越南有多少小红书用户？').answered).toBe(false);
  });

  it('abstains on a metric asked in Chinese', () => {
    expect(engine.answer('小红书的营收是多少').answered).toBe(false);
  });

  it('does not answer from the kind of question alone', () => {
    expect(engine.answer('who made this bot?').answered).toBe(false);
    expect(engine.answer('是谁').answered).toBe(false);
  });

  it('does not answer Chinese small talk from a stray character', () => {
    expect(engine.answer('今天天气怎么样').answered).toBe(false);
  });

  it('needs an entry that dates something for a "when" question, but reads "when" as a conjunction too', () => {
    expect(engine.answer('When was Tokopedia founded?').answered).toBe(false);
    expect(engine.answer('when did xiaohongshu open its hong kong office').entryId).toBe(
      'xiaohongshu-hong-kong-office',
    );
    expect(engine.answer('what does jian xu mean when he talks about a structural change').answered).toBe(true);
  });

  it('abstains on a fine, a fact no figure gives', () => {
    expect(engine.answer('How much was TikTok fined by Indonesia in 2023?').answered).toBe(false);
  });

  it('needs a money figure for "how much did X invest"', () => {
    expect(engine.answer('How much has ByteDance invested in AI in Malaysia?').answered).toBe(false);
    expect(engine.answer('how much of tokopedia did tiktok buy').entryId).toBe('tiktok-tokopedia-stake');
  });

  it('needs a counted figure for "how many", in Chinese too', () => {
    expect(engine.answer('how many users does rednote have').answered).toBe(false);
    expect(engine.answer('小红书有多少用户').answered).toBe(false);
  });

  it('abstains on another company and offers nearby topics instead', () => {
    const reply = engine.answer("What is Shopee's GMV in Southeast Asia?");
    expect(reply.answered).toBe(false);
    expect(reply.answer).toMatch(/isn't covered/);
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.citations).toEqual([]);
  });

  it('abstains on another metric for a covered company', () => {
    expect(engine.answer('what was tiktok shop revenue').answered).toBe(false);
  });

  it('abstains on an exchange rate or a currency, which no figure gives', () => {
    expect(engine.answer('What is the exchange rate of the yuan to the ringgit?').answered).toBe(false);
    expect(engine.answer("What's the USD to MYR exchange rate today?").answered).toBe(false);
  });

  it('abstains on a rank the briefing does not give', () => {
    expect(engine.answer("Which country is Xiaohongshu's third largest market?").answered).toBe(false);
    expect(engine.answer("Which country is Xiaohongshu's second largest market?").answered).toBe(true);
  });

  it('abstains on a year or an amount the briefing does not mention', () => {
    expect(engine.answer('temu global market share in 2021').answered).toBe(false);
    expect(engine.answer('Recommend a good laptop under $1000').answered).toBe(false);
  });

  it('does not answer a question about one company with an entry about another', () => {
    const reply = engine.answer('what is temu gmv');
    expect(reply.answered).toBe(false);
  });

  it('abstains on the related-post headlines cut from the article', () => {
    expect(engine.answer('why did oil prices fall after the IEA report').answered).toBe(false);
    expect(engine.answer('Intercorp Financial Services fourth quarter results').answered).toBe(false);
  });

  it("declines work on the asker's own things, even when it sounds like a summary", () => {
    expect(engine.answer('summarise my inbox please').answered).toBe(false);
  });

  it('declines to translate the article, but answers what it says about translation', () => {
    expect(engine.answer('can u translate the whole article into french pls').answered).toBe(false);
    expect(engine.answer('could translation help rednote grow abroad').answered).toBe(true);
  });

  it('abstains on chit-chat and gibberish', () => {
    for (const q of ['how are you?', 'tell me a joke', 'asdf qwer zxcv', 'can you write me a song about shopping'])
      expect(engine.answer(q).answered, q).toBe(false);
    expect(engine.answer('write me a summary of the article').answered).toBe(true);
    expect(engine.answer('帮我把这段话翻译成英文').answered).toBe(false);
  });

  it('abstains on a misspelt company rather than reading it as another word', () => {
    expect(engine.answer('is shoppee in the article').answered).toBe(false);
  });
});

describe('odd input gets a polite reply, never an exception', () => {
  it.each([
    ['an empty question', ''],
    ['only spaces', '   '],
    ['only emoji', '🤔🔥'],
    ['control characters', '\u0000\u0001\u0007'],
  ])('answers %s with an invitation to ask', (_label, question) => {
    const reply = engine.answer(question);
    expect(reply).toMatchObject({ answered: false, reason: 'empty' });
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it('declines a 20,000-character question politely', () => {
    const reply = engine.answer('tiktok '.repeat(3000));
    expect(reply).toMatchObject({ answered: false, reason: 'too_long' });
    expect(reply.answer).toMatch(/21,000 characters/);
  });
});

describe('a clicked "did you mean" entry', () => {
  it('answers that entry directly', () => {
    expect(engine.answerEntry('temu-market-share')?.answered).toBe(true);
    expect(engine.answerEntry('no-such-entry')).toBeUndefined();
  });
});

describe('replies that lead with what was asked', () => {
  it('opens the stake question with the 75% stake, not with why Indonesia suspended TikTok Shop', () => {
    const reply = engine.answer('What stake did TikTok buy in Tokopedia?');
    expect(reply.answer).toMatch(/^TikTok solved the problem by opening its wallet, buying a 75% stake/);
    expect(reply.answer).not.toContain('does not say');
  });

  it('gives the global and the Southeast Asia GMV for "How big is TikTok Shop?", global first', () => {
    const reply = engine.answer('How big is TikTok Shop?');
    expect(reply.figures.map((f) => f.id)).toEqual(['tiktok-shop-global-gmv', 'tiktok-shop-sea-gmv']);
    expect(reply.answer).toMatch(/^TikTok Shop's gross sales hit \$64\.3 billion last year/);
  });

  it('says the article gives no US share before giving the global one', () => {
    expect(engine.answer("what's temu's share in the US?").answer).toMatch(
      /^The article gives no share for the United States; the share it gives is global\. .*24%/,
    );
  });
});

describe('a request for the key numbers', () => {
  it('answers the key numbers with the figures, not the summary', () => {
    const reply = engine.answer('What are the key numbers?');
    expect(reply.entryId).toBe('#figures');
    expect(reply.figures.map((f) => f.value)).toEqual([
      '$33 billion',
      '19.9%',
      '24%',
      '$64.3 billion',
      '$45.6 billion',
      '75%',
    ]);
  });
});

describe('questions in Malay and Indonesian', () => {
  it.each([
    ['Siapa Jian Xu?', 'who is jian xu?'],
    ['Apa itu RedNote?', 'what is rednote?'],
    ['berapa saham TikTok di Tokopedia', 'how much of tokopedia does tiktok own'],
    ['kapan Indonesia melarang TikTok Shop?', 'when did indonesia ban tiktok shop?'],
    ['kenapa RedNote popular di Malaysia', 'why is rednote popular in malaysia'],
    ['berapa nilai jualan TikTok Shop tahun lepas', 'tiktok shop sales last year'],
    ['kapan indonesia larang tiktok shop?', 'when did indonesia ban tiktok shop?'],
    [
      'di mana xiaohongshu buka pejabat pertama luar tanah besar china',
      'where did xiaohongshu open its first office outside mainland china',
    ],
    [
      'eh geng, bos tanya tadi - berapa besar lebihan dagangan china dari perkhidmatan digital? nak letak dalam slide',
      "how big is china's trade surplus in digital services",
    ],
  ])('"%s" reaches the entry "%s" reaches', (malay, english) => {
    const reply = engine.answer(malay);
    expect(reply.answered).toBe(true);
    expect(reply.entryId).toBe(engine.answer(english).entryId);
  });

  it('still declines what the article does not say', () => {
    expect(engine.answer('siapa CEO Xiaohongshu?').answered).toBe(false);
    expect(engine.answer('berapa ramai pengguna RedNote di Singapura?').answered).toBe(false);
  });
});

describe('questions no briefing answers', () => {
  it('declines the meaning of life and love, whatever words they share with the article', () => {
    for (const q of [
      'what is the meaning of life?',
      'what is love?',
      'what is life',
      'is there a god',
      'are we living in a simulation',
      'apa arti hidup?',
      // "win" is no word of the article's "win-win cooperation"
      'did the lakers win last night',
      'apa makna kehidupan',
    ])
      expect(engine.answer(q).answered, q).toBe(false);
  });

  it('reads whoever is asked to have said something as a person, typed in lower case or not', () => {
    const reply = engine.answer('what did trump say about the tiktok deal');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('"trump"');
    expect(engine.answer('what did xu say').answered).toBe(true);
  });

  it('says the article gives no price for the Tokopedia stake, whatever entry the question meets first', () => {
    expect(engine.answer('how much did tiktok pay for the tokopedia stake')).toMatchObject({ reason: 'not_stated' });
  });
});
