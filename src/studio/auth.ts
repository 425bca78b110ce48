import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Who may use the studio, and proof that a POST came from its own page.
//
// With STUDIO_TOKEN set, a request carries the token (Authorization: Bearer, for scripts) or a session cookie the
// sign-in form issued after checking it. Without a token (loopback only) anyone on the machine may use it, and the
// cookie only binds the CSRF token. A session is a random id, its issue time and an HMAC over both: nothing is kept
// in memory, and every comparison of a secret is constant-time (timingSafeEqual on equal-length digests).

export const SESSION_COOKIE = 'studio_session';
const SESSION_HOURS = 12;

export type StudioAuth = {
  /** True when STUDIO_TOKEN is set: a request without the token or a signed-in session is refused. */
  tokenRequired: boolean;
  /** `Authorization: Bearer <token>` carrying the token. */
  bearerMatches(authorization: string | undefined): boolean;
  /** The token typed into the sign-in form. */
  tokenMatches(candidate: string): boolean;
  /** A new session cookie value. */
  issueSession(nowMs: number): string;
  /** The session id of a valid, unexpired cookie value. */
  readSession(cookie: string | undefined, nowMs: number): string | undefined;
  /** The CSRF token of a session: forms carry it, POSTs must return it. */
  csrfToken(sessionId: string): string;
  csrfMatches(sessionId: string, candidate: string | undefined | null): boolean;
};

export function createStudioAuth(token: string | undefined): StudioAuth {
  // With a token, sessions outlive a restart (same key); without one, a fresh key per run is enough.
  const key = token ? createHmac('sha256', token).update('briefing-bot studio session key').digest() : randomBytes(32);
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  const tokenDigest = token === undefined ? undefined : digest(token);
  const matchesToken = (candidate: string) =>
    tokenDigest !== undefined && timingSafeEqual(digest(candidate), tokenDigest);

  return {
    tokenRequired: token !== undefined,
    bearerMatches: (authorization) => {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      return match !== null && matchesToken(match[1]);
    },
    tokenMatches: (candidate) => matchesToken(candidate),
    issueSession: (nowMs) => {
      const body = `${randomBytes(18).toString('base64url')}.${Math.floor(nowMs / 1000)}`;
      return `${body}.${mac(body)}`;
    },
    readSession: (cookie, nowMs) => {
      const parts = cookie?.split('.') ?? [];
      if (parts.length !== 3) return undefined;
      const [id, issued, signature] = parts;
      if (!equalText(signature, mac(`${id}.${issued}`))) return undefined;
      const age = nowMs / 1000 - Number(issued);
      if (!Number.isFinite(age) || age < -60 || age > SESSION_HOURS * 3600) return undefined;
      return id;
    },
    csrfToken: (sessionId) => mac(`csrf:${sessionId}`),
    csrfMatches: (sessionId, candidate) =>
      typeof candidate === 'string' && equalText(candidate, mac(`csrf:${sessionId}`)),
  };
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's request carries it). */
export function sessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Constant-time equality of two texts of any length (their digests are compared). */
function equalText(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}
