import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFTED_ID, SHIPPED_ID, type StudioFixture, startStudioFixture } from '../helpers/studio-fixture.js';

// The studio over HTTP, without a browser: what a script, another site's page or a curious URL gets.

const TOKEN = 'server-test-token-0123456789';
const NOT_STATED = 'What does the professor at Deakin say?';
const HOSTILE = '<script>alert("x")</script> who owns Lazada?';

type Client = {
  get(path: string): Promise<Response>;
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  csrf: string;
};

/** A browser-like client: keeps the session cookie and reads the CSRF token off a page. */
async function signedInClient(studio: StudioFixture, auth: Record<string, string> = {}): Promise<Client> {
  let cookie = '';
  const get = async (p: string) => {
    const res = await fetch(new URL(p, studio.url), { headers: { ...auth, cookie }, redirect: 'manual' });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    return res;
  };
  const page = await (await get('/inbox')).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return {
    get,
    csrf,
    post: (p, fields, headers = {}) =>
      fetch(new URL(p, studio.url), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          cookie,
          origin: new URL(studio.url).origin,
          'content-type': 'application/x-www-form-urlencoded',
          ...auth,
          ...headers,
        },
        body: new URLSearchParams(fields),
      }),
  };
}

describe('The studio without a token (loopback only)', () => {
  let studio: StudioFixture;
  let client: Client;
  beforeAll(async () => {
    studio = await startStudioFixture({
      unanswered: [
        { question: NOT_STATED, at: '2025-03-01T10:00:00.000Z', via: 'dm' },
        { question: HOSTILE, at: '2025-03-02T10:00:00.000Z', via: 'mention' },
        // Older than the two above, enough for a second page of the list.
        ...Array.from({ length: 30 }, (_, i) => ({
          question: `Old question number ${i + 1}?`,
          at: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
          via: 'dm',
        })),
      ],
    });
    client = await signedInClient(studio);
  }, 60_000);
  afterAll(() => studio?.close());

  it('lists both briefings with their figures on the front page', async () => {
    const page = await (await client.get('/')).text();
    expect(page).toContain('Chinese platforms look to Southeast Asia');
    expect(page).toMatch(/Still draft<\/dt><dd>100%/);
    expect(page).toMatch(/Article coverage<\/dt><dd>100% <span class="muted">\(21 of 21 paragraphs cited\)/);
  });

  it('shows what people typed as text, never as markup', async () => {
    const page = await (await client.get('/inbox')).text();
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; who owns Lazada?');
    expect(page).not.toContain('<script>alert');
  });

  it('lists the newest questions first, a page at a time', async () => {
    const first = await (await client.get('/inbox')).text();
    expect(first).toContain('1–25 of 32 waiting.');
    expect(first.indexOf(HOSTILE.slice(0, 8).replace('<', '&lt;'))).toBeLessThan(first.indexOf(NOT_STATED));
    expect(first).toContain('Old question number 30?');
    expect(first).not.toContain('Old question number 7?');
    expect(first).toContain('<a href="/inbox?page=2">Older questions</a>');
    const second = await (await client.get('/inbox?page=2')).text();
    expect(second).toContain('26–32 of 32 waiting.');
    expect(second).toContain('Old question number 7?');
  });

  it('refuses a POST without the CSRF token, or from another site, and writes nothing', async () => {
    const before = await studio.readQa(DRAFTED_ID);
    const approve = `/briefings/${DRAFTED_ID}/entries/article-headline/approve`;
    expect((await client.post(approve, {})).status).toBe(403);
    expect((await client.post(approve, { csrf: 'forged' })).status).toBe(403);
    expect((await client.post(approve, { csrf: client.csrf }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await client.post(approve, { csrf: client.csrf }, { origin: '' })).status).toBe(403);
    expect(await studio.readQa(DRAFTED_ID)).toBe(before);
  });

  it('approves a draft entry from the list, removing only its draft mark', async () => {
    const before = await studio.readQa(DRAFTED_ID);
    const res = await client.post(`/briefings/${DRAFTED_ID}/entries/article-headline/approve`, { csrf: client.csrf });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/briefings/${DRAFTED_ID}?approved=article-headline`);
    const after = await studio.readQa(DRAFTED_ID);
    expect(before.split('\n').length - after.split('\n').length).toBe(1);
    expect(await (await client.get(res.headers.get('location') ?? '')).text()).toContain('Approved entry');
  });

  it('records a question as not stated with one click, and the bot then says the article does not give it', async () => {
    const res = await client.post('/inbox/not-stated', {
      csrf: client.csrf,
      briefing: SHIPPED_ID,
      question: NOT_STATED,
      answer: 'The article quotes Jian Xu only on scrutiny of Chinese apps.',
    });
    expect(res.status).toBe(303);
    const answer = await (await client.get(res.headers.get('location') ?? '')).text();
    expect(answer).toContain('Recorded as a detail the article does not give');
    expect(answer).toContain('The article quotes Jian Xu only on scrutiny of Chinese apps.');
    expect(answer).toContain('Not stated: the asking sentence contains');
    expect(await studio.readQa(SHIPPED_ID)).toContain('asks: ["what does the professor at deakin say"]');
    const handled = await readFile(path.join(studio.dataDir, 'handled.jsonl'), 'utf8');
    expect(JSON.parse(handled.trim().split('\n').at(-1) ?? '')).toMatchObject({
      action: 'not_stated',
      pack: SHIPPED_ID,
    });
    expect(await (await client.get('/inbox')).text()).not.toContain(NOT_STATED);
  });

  it('records a 👎 question the bot answers with an entry as a detail of that entry, which then answers it', async () => {
    const question = "What was TikTok Shop's GMV in Southeast Asia by quarter?";
    const res = await client.post('/inbox/not-stated', {
      csrf: client.csrf,
      briefing: SHIPPED_ID,
      question,
      answer: 'The article gives no quarterly figures.',
    });
    expect(res.status).toBe(303);
    const answer = await (await client.get(res.headers.get('location') ?? '')).text();
    expect(answer).toContain('The article gives no quarterly figures.');
    expect(answer).toContain('a detail the matched entry &quot;tiktok-shop-sea-gmv&quot; lists');
  });

  it('dismisses a question, which then leaves the list', async () => {
    const page = await (await client.get('/inbox')).text();
    const key = /name="key" value="([^"]*Lazada[^"]*)"/i.exec(page)?.[1];
    expect(key).toBeDefined();
    const res = await client.post('/inbox/dismiss', {
      csrf: client.csrf,
      key: (key ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    });
    expect(res.status).toBe(303);
    expect(await (await client.get('/inbox')).text()).not.toContain('Lazada');
  });

  it('names no file through a path: ids must be kebab-case, so ".." and encoded slashes find nothing', async () => {
    for (const p of [
      '/briefings/..%2F..%2Fetc',
      '/briefings/china-platforms-sea/entries/..%2Fpack',
      '/briefings/NOPE',
      '/assets/../package.json',
    ]) {
      const res = await client.get(p);
      expect({ p, status: res.status }).toEqual({ p, status: 404 });
    }
  });

  it('answers only to a loopback Host name', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(studio.url);
      request(
        { host: url.hostname, port: url.port, path: '/', headers: { host: `rebound.example:${url.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });
});

describe('The studio with STUDIO_TOKEN', () => {
  let studio: StudioFixture;
  beforeAll(async () => {
    studio = await startStudioFixture({ token: TOKEN });
  }, 60_000);
  afterAll(() => studio?.close());

  it('refuses every request without the token with 401 and a sign-in form, assets included', async () => {
    for (const p of ['/', '/ask?q=gmv', '/inbox', '/assets/studio.css', `/briefings/${SHIPPED_ID}`]) {
      const res = await fetch(new URL(p, studio.url));
      expect({ p, status: res.status }).toEqual({ p, status: 401 });
      expect(await res.text()).toContain('Sign in to the studio');
    }
    const wrong = await fetch(studio.url, { headers: { authorization: 'Bearer wrong-token-0123456789' } });
    expect(wrong.status).toBe(401);
  });

  it('lets a script in with the bearer token, POSTs included (a header no other site can send)', async () => {
    const bearer = { authorization: `Bearer ${TOKEN}` };
    expect((await fetch(studio.url, { headers: bearer })).status).toBe(200);
    const res = await fetch(new URL(`/briefings/${DRAFTED_ID}/entries/article-byline/approve`, studio.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { ...bearer, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(303);
  });

  it('signs a browser in with the token and then asks for CSRF tokens like any session', async () => {
    const origin = new URL(studio.url).origin;
    const signIn = await fetch(new URL('/signin', studio.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }),
    });
    expect(signIn.status).toBe(303);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    expect(signIn.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await fetch(studio.url, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Sign out');
    const forged = await fetch(new URL(`/briefings/${DRAFTED_ID}/entries/p8-s1/approve`, studio.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(forged.status).toBe(403);
  });
});
