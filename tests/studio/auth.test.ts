import { describe, expect, it } from 'vitest';
import { createStudioAuth, readCookie, sessionCookie } from '../../src/studio/auth.js';
import { hostAllowed, isLoopbackHost, sameOrigin } from '../../src/studio/request-guard.js';
import { parseStudioConfig } from '../../src/studio/studio-config.js';

const TOKEN = 'a-studio-token-of-some-length';
const NOW = 1_750_000_000_000;

describe('Studio access with a token', () => {
  const auth = createStudioAuth(TOKEN);

  it('accepts the token as a bearer header or typed into the form, and nothing else', () => {
    expect(auth.bearerMatches(`Bearer ${TOKEN}`)).toBe(true);
    expect(auth.bearerMatches(`bearer ${TOKEN}`)).toBe(true);
    expect(auth.bearerMatches(`Bearer ${TOKEN}x`)).toBe(false);
    expect(auth.bearerMatches(`Basic ${TOKEN}`)).toBe(false);
    expect(auth.bearerMatches(undefined)).toBe(false);
    expect(auth.tokenMatches(TOKEN)).toBe(true);
    expect(auth.tokenMatches(TOKEN.slice(0, -1))).toBe(false);
    expect(auth.tokenMatches('')).toBe(false);
  });

  it('issues a session that reads back until it expires, and refuses one with any character changed', () => {
    const cookie = auth.issueSession(NOW);
    const id = auth.readSession(cookie, NOW + 60_000);
    expect(id).toMatch(/^[\w-]{24}$/);
    expect(auth.readSession(cookie, NOW + 13 * 3600_000)).toBeUndefined();
    const tampered = cookie.replace(/\.(\d+)\./, (_m, t) => `.${Number(t) + 3600}.`);
    expect(auth.readSession(tampered, NOW)).toBeUndefined();
    expect(auth.readSession(`${cookie}x`, NOW)).toBeUndefined();
    expect(auth.readSession('a.b', NOW)).toBeUndefined();
  });

  it("binds the CSRF token to its session: another session's token is refused", () => {
    const a = auth.readSession(auth.issueSession(NOW), NOW) as string;
    const b = auth.readSession(auth.issueSession(NOW), NOW) as string;
    expect(auth.csrfMatches(a, auth.csrfToken(a))).toBe(true);
    expect(auth.csrfMatches(a, auth.csrfToken(b))).toBe(false);
    expect(auth.csrfMatches(a, null)).toBe(false);
  });

  it('keeps sessions across a restart with the same token, and not with another', () => {
    const cookie = auth.issueSession(NOW);
    expect(createStudioAuth(TOKEN).readSession(cookie, NOW)).toBeDefined();
    expect(createStudioAuth(`${TOKEN}2`).readSession(cookie, NOW)).toBeUndefined();
  });

  it('sets the cookie HttpOnly and SameSite=Strict, and finds it among others', () => {
    expect(sessionCookie('v', false)).toBe('studio_session=v; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200');
    expect(readCookie('a=1; studio_session=x.y.z; b=2', 'studio_session')).toBe('x.y.z');
  });
});

describe('Where a request may come from', () => {
  it('knows the loopback names and addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'studio.example.com']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('without a token answers only to a loopback Host, so a rebound DNS name is refused', () => {
    expect(hostAllowed('127.0.0.1:4100', false)).toBe(true);
    expect(hostAllowed('localhost:4100', false)).toBe(true);
    expect(hostAllowed('[::1]:4100', false)).toBe(true);
    expect(hostAllowed('evil.example:4100', false)).toBe(false);
    expect(hostAllowed(undefined, false)).toBe(false);
    expect(hostAllowed('studio.example.com', true)).toBe(true);
  });

  it('takes a POST only from a page of the same host', () => {
    expect(sameOrigin({ origin: 'http://127.0.0.1:4100', host: '127.0.0.1:4100' })).toBe(true);
    expect(sameOrigin({ referer: 'http://127.0.0.1:4100/inbox', host: '127.0.0.1:4100' })).toBe(true);
    expect(sameOrigin({ origin: 'http://evil.example', host: '127.0.0.1:4100' })).toBe(false);
    expect(sameOrigin({ origin: 'null', host: '127.0.0.1:4100' })).toBe(false);
    expect(sameOrigin({ host: '127.0.0.1:4100' })).toBe(false);
  });
});

describe('Studio settings', () => {
  it('listen on 127.0.0.1:4100 and read the knowledge folder by default', () => {
    const parsed = parseStudioConfig({});
    expect(parsed).toMatchObject({
      ok: true,
      value: { STUDIO_HOST: '127.0.0.1', STUDIO_PORT: 4100, KNOWLEDGE_DIR: 'knowledge', DATA_DIR: './data' },
    });
  });

  it('refuse another interface without a token, saying what to do', () => {
    expect(parseStudioConfig({ STUDIO_HOST: '0.0.0.0' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_config',
        problems: [
          {
            variable: 'STUDIO_TOKEN',
            message:
              'is required to listen on 0.0.0.0, which other machines can reach: set STUDIO_TOKEN (at least 16 characters), or leave STUDIO_HOST at 127.0.0.1',
          },
        ],
      },
    });
    expect(parseStudioConfig({ STUDIO_HOST: '0.0.0.0', STUDIO_TOKEN: TOKEN }).ok).toBe(true);
  });

  it('refuse a short token and a port out of range', () => {
    const parsed = parseStudioConfig({ STUDIO_TOKEN: 'short', STUDIO_PORT: '70000' });
    expect(parsed.ok ? [] : parsed.error.problems.map((p) => p.variable)).toEqual(['STUDIO_PORT', 'STUDIO_TOKEN']);
  });
});
