import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.js';
import { DRAFTED_ID, SHIPPED_ID, startStudioFixture } from '../tests/helpers/studio-fixture.js';

// `npm run studio:screenshots`: opens each studio page in headless Chromium on temporary copies of the packs (the
// same fixture as the browser tests) and saves docs/studio/<page>-<desktop|phone>.png for docs/studio.md. Emoji in
// the pictures need a colour emoji font (Debian: fonts-noto-color-emoji); the tests do not.

const OUT = path.resolve('docs/studio');
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const studio = await startStudioFixture({
    unanswered: [
      { question: 'Who owns Lazada?', at: '2025-03-03T09:12:00.000Z', via: 'mention' },
      { question: 'How big is the ecommerce market in Vietnam?', at: '2025-03-04T15:40:00.000Z', via: 'dm' },
      { question: 'how big is tiktok shop in indonesia?', at: '2025-03-05T08:05:00.000Z', via: 'command' },
    ],
    feedback: [
      {
        answerKey: 'C1:1.0',
        userId: 'U1',
        vote: 'down',
        entryId: 'temu-market-share',
        question: 'Who measured Temu’s market share?',
        at: '2025-03-05T10:00:00.000Z',
      },
    ],
  });
  const chromium = await launchChromium();
  const written: string[] = [];
  try {
    const page = await chromium.context.newPage();
    const shoot = async (name: string, url: string, prepare?: (page: Page) => Promise<void>) => {
      for (const size of WIDTHS) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(new URL(url, studio.url).toString());
        if (prepare) await prepare(page);
        const file = path.join(OUT, `${name}-${size.name}.png`);
        await page.screenshot({ path: file, fullPage: false });
        written.push(path.relative(process.cwd(), file));
      }
    };
    await shoot('briefings', '/');
    await shoot('entries', `/briefings/${DRAFTED_ID}?drafts=1`);
    await shoot('entry', `/briefings/${DRAFTED_ID}/entries/article-headline`);
    await shoot('entry-citations', `/briefings/${DRAFTED_ID}/entries/article-headline`, async (p) => {
      await p.locator('.article-picker summary').click();
      await p.locator('input[name="sentence"]').nth(2).check();
      await p.locator('.article-picker').scrollIntoViewIfNeeded();
      await p.locator('#citations-legend').evaluate((legend) => legend.scrollIntoView());
    });
    await shoot('entry-error', `/briefings/${DRAFTED_ID}/entries/article-headline`, async (p) => {
      await p.fill('#alternates', 'headline');
      await p.click('button[value="save"]');
      await p.waitForSelector('.error-summary');
    });
    await shoot(
      'ask',
      `/ask?briefing=${SHIPPED_ID}&q=${encodeURIComponent('How big is TikTok Shop in Southeast Asia?')}`,
    );
    await shoot('inbox', '/inbox');
    await page.close();
    // The sign-in form, which every request without STUDIO_TOKEN gets.
    const guarded = await startStudioFixture({ token: 'screenshot-token-0123456789' });
    try {
      const signIn = await chromium.context.newPage();
      for (const size of WIDTHS) {
        await signIn.setViewportSize({ width: size.width, height: size.height });
        await signIn.goto(guarded.url);
        const file = path.join(OUT, `sign-in-${size.name}.png`);
        await signIn.screenshot({ path: file });
        written.push(path.relative(process.cwd(), file));
      }
    } finally {
      await guarded.close();
    }
  } finally {
    await chromium.close();
    await studio.close();
  }
  process.stdout.write(`Wrote ${written.length} screenshots:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`studio:screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
