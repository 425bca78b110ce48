import { stat } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, type Chromium, HAVE_CHROMIUM, launchChromium } from '../helpers/chromium.js';
import { DRAFTED_ID, SHIPPED_ID, type StudioFixture, startStudioFixture } from '../helpers/studio-fixture.js';

// The studio in a real browser: Debian's headless Chromium driven by playwright-core, against `startStudio` on
// temporary copies of the shipped pack and of a pack kb:new drafted from a saved CNN page. In CI a missing browser
// is a failure (.ci/run installs it); on a laptop without one the suite is skipped with a message saying so.

// The few browser globals the page.evaluate callbacks use (they run in Chromium; the project has no DOM types).
type Element = { outerHTML: string; id: string; textContent: string | null; getAttribute(name: string): string | null };
type Field = Element & { labels?: ArrayLike<unknown> | null };
declare const document: {
  documentElement: { scrollWidth: number };
  activeElement: Element | null;
  querySelectorAll(selector: string): Iterable<Field> & { length: number };
};
declare const window: { innerWidth: number };

/** The text of an element (playwright's textContent, never null). */
const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';

const DECLINED = 'What did the Stanford report find?';
const TOKEN = 'studio-test-token-0123456789';

const suite = HAVE_CHROMIUM ? describe : process.env.CI === 'true' ? describe : describe.skip;
if (!HAVE_CHROMIUM && process.env.CI !== 'true')
  console.warn(`[skipped] studio browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

suite('The studio in a browser', () => {
  let chromium: Chromium;
  let studio: StudioFixture;
  const at = (path: string) => new URL(path, studio.url).toString();

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI must install Debian's chromium (${CHROMIUM_PATH} is missing; see .ci/run)`);
    [chromium, studio] = await Promise.all([
      launchChromium(),
      startStudioFixture({
        unanswered: [{ question: DECLINED, at: '2025-03-04T10:00:00.000Z', via: 'mention' }],
      }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    await studio?.close();
  });

  it('asks a question and shows the reply as Slack shows it, its chart, and why it was chosen', async () => {
    const page = await chromium.context.newPage();
    await page.goto(at('/ask'));
    await page.getByLabel('Briefing').selectOption(SHIPPED_ID);
    await page.getByLabel('Question').fill('How big is TikTok Shop in Southeast Asia?');
    await page.getByRole('button', { name: 'Ask' }).click();

    const preview = page.getByRole('region', { name: 'As Slack shows it' });
    await expect.poll(() => textOf(preview.locator('.slack-section').first())).toContain('$45.6 billion');
    expect(await textOf(preview.locator('.slack-field').first())).toContain('Momentum Works');
    expect(await textOf(preview.locator('blockquote').first())).toContain('Southeast Asia GMV');
    expect(await textOf(preview.getByRole('list', { name: 'Buttons' }))).toContain('👍');
    const chart = preview.locator('.slack-chart img');
    expect(await chart.getAttribute('alt')).toMatch(/\$45\.6/);
    expect(
      await chart.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0),
    ).toBe(true);

    const why = page.getByRole('region', { name: 'Why this reply' });
    expect(await textOf(why.locator('.why'))).toContain('Answered with "tiktok-shop-sea-gmv"');
    expect(await why.getByRole('heading', { name: 'Runners-up' }).count()).toBe(1);
    await page.close();
  });

  it('fixes an unanswered question with one click, and the bot then answers it', async () => {
    const page = await chromium.context.newPage();
    await page.goto(at('/inbox'));
    const item = page.locator('.inbox-item', { hasText: DECLINED });
    expect(await textOf(item)).toContain('declined');
    const before = await studio.readQa(DRAFTED_ID);

    await item
      .getByRole('button', { name: /^Add as alternate/ })
      .first()
      .click();
    await page.waitForURL(/\/ask\?/);
    expect(await textOf(page.getByRole('status'))).toMatch(/Added as an alternate of entry/);
    const why = page.getByRole('region', { name: 'Why this reply' });
    expect(await textOf(why.locator('.why'))).toMatch(/^Answered with/);
    expect(await textOf(page.getByRole('region', { name: 'As Slack shows it' }))).toContain('👎');

    const after = await studio.readQa(DRAFTED_ID);
    expect(after).not.toBe(before);
    expect(after).toContain(DECLINED);
    await page.goto(at('/inbox'));
    expect(await page.locator('.inbox-item', { hasText: DECLINED }).count()).toBe(0);
    await page.close();
  });

  it('shows a bad edit next to its field and leaves qa.yaml untouched', async () => {
    const page = await chromium.context.newPage();
    const file = studio.qaFile(DRAFTED_ID);
    const [before, beforeStat] = [await studio.readQa(DRAFTED_ID), await stat(file)];
    await page.goto(at(`/briefings/${DRAFTED_ID}/entries/article-headline`));
    await page.getByLabel('Alternate phrasings').fill('just one way to ask');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const field = page.getByLabel('Alternate phrasings');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(`[id="${describedBy.split(' ').pop()}"]`);
    expect(await textOf(error)).toContain('needs at least 3 alternate phrasings');
    expect(await textOf(page.getByRole('alert'))).toContain('qa.yaml is unchanged');
    expect(await field.inputValue()).toBe('just one way to ask');
    // Focus lands on the list of problems, so a screen reader reads what to fix first.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await studio.readQa(DRAFTED_ID)).toBe(before);
    expect((await stat(file)).mtimeMs).toBe(beforeStat.mtimeMs);
    await page.close();
  });

  it('lays every page out within 390 px and labels every control', async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const paths = [
      '/',
      `/briefings/${DRAFTED_ID}`,
      `/briefings/${DRAFTED_ID}/entries/article-summary`,
      `/ask?briefing=${SHIPPED_ID}&q=${encodeURIComponent('How big is TikTok Shop in Southeast Asia?')}`,
      '/inbox',
    ];
    for (const path of paths) {
      await page.goto(at(path));
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        h1: document.querySelectorAll('h1').length,
        // Every visible field has a name a screen reader announces: a <label for>, a wrapping label or aria-label.
        unlabelled: [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
          .filter((el) => !el.labels?.length && !el.getAttribute('aria-label'))
          .map((el) => el.outerHTML.slice(0, 80)),
      }));
      expect({ path, ...layout }).toEqual({ path, overflow: 0, h1: 1, unlabelled: [] });
    }
    await page.close();
  });

  it('starts keyboard focus at the skip link, which moves focus to the page content', async () => {
    const page = await chromium.context.newPage();
    await page.goto(at('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  describe('with STUDIO_TOKEN set', () => {
    let guarded: StudioFixture;
    beforeAll(async () => {
      guarded = await startStudioFixture({ token: TOKEN });
    }, 60_000);
    afterAll(() => guarded?.close());

    it('refuses a request without the token, and lets a browser in through the sign-in form', async () => {
      const bare = await fetch(guarded.url);
      expect(bare.status).toBe(401);
      expect(await bare.text()).not.toContain('Chinese platforms');
      const scripted = await fetch(guarded.url, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(scripted.status).toBe(200);

      const page = await chromium.context.newPage();
      const first = await page.goto(guarded.url);
      expect(first?.status()).toBe(401);
      await page.getByLabel('Studio token').fill('not-the-token-at-all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      expect(await textOf(page.getByRole('alert'))).toContain('not right');
      await page.getByLabel('Studio token').fill(TOKEN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Briefings', level: 1 }).waitFor();
      const cookie = (await chromium.context.cookies(guarded.url)).find((c) => c.name === 'studio_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      await page.close();
    });
  });
});
