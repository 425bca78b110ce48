import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, type StudioAuth, sessionCookie } from './auth.js';
import { notFound } from './handlers/not-found.js';
import { html } from './html.js';
import { messagePage } from './pages/layout.js';
import { signInPage } from './pages/sign-in-page.js';
import { hostAllowed, sameOrigin } from './request-guard.js';
import { matchRoute } from './routes.js';
import type { StudioDeps, StudioRequest, StudioResponse } from './studio-http.js';

// EDGE: the studio's HTTP server (Node's http module; a few routes and urlencoded forms need no framework). Every
// request passes, in order: the Host check, authentication (token or session), for a POST the same-origin and CSRF
// checks, then its route. Handlers return values; only this file writes to sockets.

const MAX_BODY_BYTES = 1024 * 1024;
const ASSETS: Record<string, { file: string; type: string }> = {
  '/assets/studio.css': { file: 'assets/studio.css', type: 'text/css; charset=utf-8' },
  '/assets/studio.js': { file: 'assets/studio.js', type: 'text/javascript; charset=utf-8' },
};

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

type Auth = { via: 'bearer' } | { via: 'session'; sessionId: string; setCookie?: string } | { via: 'none' };

export function createStudioServer(deps: StudioDeps, auth: StudioAuth): Server {
  const assets = new Map(
    Object.entries(ASSETS).map(([path, asset]) => [
      path,
      { body: readFileSync(new URL(asset.file, import.meta.url)), type: asset.type },
    ]),
  );

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://studio.invalid');
    if (!hostAllowed(req.headers.host, auth.tokenRequired))
      return sendText(res, 403, 'This studio answers only on a loopback address (localhost, 127.0.0.1 or [::1]).');
    if (method !== 'GET' && method !== 'POST') return sendText(res, 405, 'Only GET and POST are used here.');
    const secure = req.headers['x-forwarded-proto'] === 'https';

    const who = authenticate(req, auth, deps.nowMs(), secure);
    if (who.via === 'none') {
      if (method === 'POST' && url.pathname === '/signin') return signIn(req, res, secure);
      res.setHeader('WWW-Authenticate', 'Bearer realm="studio"');
      return sendSignIn(res, 401, false);
    }
    if (who.via === 'session' && who.setCookie) res.setHeader('Set-Cookie', who.setCookie);

    const asset = method === 'GET' ? assets.get(url.pathname) : undefined;
    if (asset) return send(res, 200, asset.type, asset.body, CSP);

    let form = new URLSearchParams();
    const csrf = who.via === 'session' ? auth.csrfToken(who.sessionId) : '';
    if (method === 'POST') {
      const body = await readBody(req);
      if (body === 'too_large') return sendText(res, 413, 'That form is larger than the studio accepts (1 MB).');
      if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? ''))
        return sendText(res, 415, 'Send the form as application/x-www-form-urlencoded.');
      form = new URLSearchParams(body);
      // A bearer token cannot be sent by another site's page, so only cookie sessions need the CSRF proof.
      if (who.via === 'session') {
        const fromHere = sameOrigin({
          origin: req.headers.origin,
          referer: req.headers.referer,
          host: req.headers.host,
        });
        if (!fromHere || !auth.csrfMatches(who.sessionId, form.get('csrf')))
          return sendForbidden(res, deps, url.pathname);
      }
      if (url.pathname === '/signout') {
        res.setHeader('Set-Cookie', clearedSessionCookie());
        return redirectTo(res, '/');
      }
    }

    const request: StudioRequest = {
      method: method as 'GET' | 'POST',
      path: url.pathname,
      params: {},
      query: url.searchParams,
      form,
      csrf,
      frame: auth.tokenRequired && who.via === 'session' ? { signOut: { csrf } } : {},
    };
    const matched = matchRoute(method, url.pathname);
    let response: StudioResponse;
    if (matched === undefined) response = await notFound(request, deps);
    else if ('methodNotAllowed' in matched) return sendText(res, 405, 'That address does not take this method.');
    else response = await matched.handler({ ...request, params: matched.params }, deps);
    if (response.kind === 'redirect') return redirectTo(res, response.location);
    return send(res, response.status ?? 200, 'text/html; charset=utf-8', response.html.toString(), CSP);
  };

  const signIn = async (req: IncomingMessage, res: ServerResponse, secure: boolean) => {
    const body = await readBody(req);
    const fromHere = sameOrigin({ origin: req.headers.origin, referer: req.headers.referer, host: req.headers.host });
    if (body === 'too_large' || !fromHere) return sendSignIn(res, 401, true);
    if (!auth.tokenMatches(new URLSearchParams(body).get('token') ?? '')) {
      deps.logger.warn('studio sign-in with a wrong token', { from: req.socket.remoteAddress });
      return sendSignIn(res, 401, true);
    }
    res.setHeader('Set-Cookie', sessionCookie(auth.issueSession(deps.nowMs()), secure));
    return redirectTo(res, '/');
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error('studio request failed', { method: req.method, path: req.url?.split('?')[0], error });
      if (!res.headersSent)
        sendText(res, 500, 'Something went wrong; nothing was changed. The studio log has the details.');
      else res.end();
    });
  });
}

function authenticate(req: IncomingMessage, auth: StudioAuth, nowMs: number, secure: boolean): Auth {
  if (auth.tokenRequired && auth.bearerMatches(req.headers.authorization)) return { via: 'bearer' };
  const sessionId = auth.readSession(readCookie(req.headers.cookie, SESSION_COOKIE), nowMs);
  if (sessionId) return { via: 'session', sessionId };
  if (auth.tokenRequired) return { via: 'none' };
  // No token: anyone who reaches the loopback studio may use it; the session only carries the CSRF binding.
  const cookie = auth.issueSession(nowMs);
  const issued = auth.readSession(cookie, nowMs) as string;
  return { via: 'session', sessionId: issued, setCookie: sessionCookie(cookie, secure) };
}

function sendSignIn(res: ServerResponse, status: number, failed: boolean): void {
  const nonce = randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
  send(res, status, 'text/html; charset=utf-8', signInPage({ nonce, failed }).toString(), csp);
}

function sendForbidden(res: ServerResponse, deps: StudioDeps, path: string): void {
  const body = messagePage(
    { title: 'Form expired', section: null },
    'This form has expired',
    html`The form was not sent from this studio's page, or the page is older than your session. Nothing was changed: <a href="/">reload the studio</a> and try again.`,
  );
  deps.logger.warn('studio refused a POST without a valid CSRF token or from another origin', { path });
  send(res, 403, 'text/html; charset=utf-8', body.toString(), CSP);
}

function redirectTo(res: ServerResponse, location: string): void {
  res.setHeader('Location', location);
  send(res, 303, 'text/plain; charset=utf-8', '', CSP);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, 'text/plain; charset=utf-8', `${text}\n`, CSP);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, csp: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
