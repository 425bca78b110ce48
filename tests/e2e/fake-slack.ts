import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitProblems } from './block-kit-limits.js';

// A stand-in for Slack's Web API (https://slack.com/api/<method>) and for response_url callbacks, on loopback.
// It records every call so tests can assert exactly what the bot asked Slack to do.
// Like Slack, it refuses a message or view over Block Kit's limits (see block-kit-limits.ts): the call is recorded
// as "<method> (refused)" with its problems, and answered invalid_blocks (400 for a response_url).
// File uploads (files.uploadV2) take three steps here as in Slack: files.getUploadURLExternal hands out
// <base>/upload/<file id>, the bytes are POSTed there (recorded as method "upload"), then files.completeUploadExternal.
// Files people share (hostFile) are described by files.info, whose url_private points back here: a GET there is
// recorded as method "file_download", with its headers, and answered with the file's bytes.

export type RecordedCall = {
  /** Web API method ("chat.postMessage"), or "response_url" for POSTs to a response URL. */
  method: string;
  path: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** Why Slack would refuse it (only on refused calls). */
  problems?: string[];
};

/** A file someone shared in the fake workspace. */
export type HostedFile = {
  id: string;
  name: string;
  bytes: Uint8Array;
  filetype?: string;
  mimetype?: string;
  /** What files.info says its size is; the bytes' length by default. */
  size?: number;
  /** The content-type the download is served with (Slack serves its sign-in page as text/html). */
  contentType?: string;
};

export type FakeSlack = {
  /** Base URL for SLACK_API_URL, ending with "/". */
  apiUrl: string;
  /** A response_url to put in command and action payloads. */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves once at least `count` calls to `method` have been recorded. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Delays every answer to `method` by ms (an answer still in flight while something else happens). */
  delay(method: string, ms: number): void;
  /** When the fake last finished answering `method` (performance.now()), if ever. */
  answeredAt(method: string): number | undefined;
  /** Makes the next call to `method` answer 429 with this Retry-After (seconds). */
  rateLimitNext(method: string, retryAfterSeconds: number): void;
  /**
   * Makes the next `times` calls to `method` fail as Slack sometimes does: no answer at all ('hang'), HTTP 500, or
   * HTTP 200 with {"ok": false, "error": "ratelimited"}. Each is recorded as "<method> (<failure>)".
   */
  failNext(method: string, failure: SlackFailure, times?: number): void;
  /** Makes a shared file known: files.info describes it, and its url_private serves it from this server. */
  hostFile(file: HostedFile): void;
  /** Forgets the calls recorded so far, and any failures still queued. */
  reset(): void;
  close(): Promise<void>;
};

export type SlackFailure = 'hang' | 'http500' | 'ratelimited200';

export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T0001' } as const;

/** The first eight bytes of every PNG file. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const rateLimited = new Map<string, number>();
  const delays = new Map<string, number>();
  const answered = new Map<string, number>();
  const failures = new Map<string, SlackFailure[]>();
  const hosted = new Map<string, HostedFile>();
  let waiters: Array<() => void> = [];
  let tsCounter = 0;
  let fileCounter = 0;
  let base = '';

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString('utf8');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path.startsWith('/upload/')) {
        void receiveUpload(path, bytes, req.headers).then(() => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('OK');
        });
        return;
      }
      if (path.startsWith('/files-pri/')) {
        const file = hosted.get(path.split('/')[2] ?? '');
        calls.push({ method: 'file_download', path, body: {}, headers: req.headers });
        for (const wake of waiters) wake();
        res.writeHead(file ? 200 : 404, { 'content-type': file?.contentType ?? 'application/octet-stream' });
        res.end(file ? Buffer.from(file.bytes) : 'not found');
        return;
      }
      const isResponseUrl = path.startsWith('/response/');
      const method = isResponseUrl ? 'response_url' : path.replace(/^\/api\//, '');
      const retryAfter = rateLimited.get(method);
      if (retryAfter !== undefined) {
        rateLimited.delete(method);
        calls.push({
          method: `${method} (429)`,
          path,
          body: parseBody(raw, req.headers['content-type']),
          headers: req.headers,
        });
        res.writeHead(429, { 'retry-after': String(retryAfter), 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      const body = parseBody(raw, req.headers['content-type']);
      const failure = failures.get(method)?.shift();
      if (failure) {
        calls.push({ method: `${method} (${failure})`, path, body, headers: req.headers });
        for (const wake of waiters) wake();
        if (failure === 'hang') return;
        res.writeHead(failure === 'http500' ? 500 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: failure === 'http500' ? 'internal_error' : 'ratelimited' }));
        return;
      }
      const problems = limitProblems(method, body);
      if (problems.length > 0) {
        calls.push({ method: `${method} (refused)`, path, body, headers: req.headers, problems });
        for (const wake of waiters) wake();
        res.writeHead(isResponseUrl ? 400 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'invalid_blocks' }));
        return;
      }
      calls.push({ method, path, body, headers: req.headers });
      for (const wake of waiters) wake();
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer(method, body)));
        answered.set(method, performance.now());
      }, delays.get(method) ?? 0);
    });
  });

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake',
          user: 'briefingbot',
          team_id: FAKE_BOT.teamId,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
        };
      case 'chat.postMessage':
        tsCounter += 1;
        return { ok: true, channel: body.channel, ts: `1700000000.${String(tsCounter).padStart(6, '0')}` };
      case 'response_url':
        return { ok: true };
      case 'files.getUploadURLExternal': {
        fileCounter += 1;
        const fileId = `F${String(fileCounter).padStart(4, '0')}`;
        return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.info': {
        const file = hosted.get(String(body.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        const url = `${base}/files-pri/${file.id}/${encodeURIComponent(file.name)}`;
        return {
          ok: true,
          file: {
            id: file.id,
            name: file.name,
            title: file.name,
            filetype: file.filetype,
            mimetype: file.mimetype,
            size: file.size ?? file.bytes.length,
            url_private: url,
            url_private_download: `${url}?download=1`,
          },
        };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(body.files) ? (body.files as Array<{ id?: string; title?: string }>) : [];
        return { ok: true, files: files.map(({ id, title }) => ({ id, title })) };
      }
      default:
        return { ok: true };
    }
  };

  /** Records an upload's size and whether it is a PNG; the client sends the bytes as a multipart "body" field. */
  const receiveUpload = async (path: string, bytes: Buffer, headers: IncomingMessage['headers']): Promise<void> => {
    let file = bytes;
    const contentType = headers['content-type'];
    if (contentType?.includes('multipart/form-data')) {
      const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
      const part = [...form.values()].find((value) => typeof value !== 'string');
      if (part && typeof part !== 'string') file = Buffer.from(await part.arrayBuffer());
    }
    calls.push({
      method: 'upload',
      path,
      body: {
        fileId: path.slice('/upload/'.length),
        byteLength: file.length,
        isPng: file.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE),
      },
      headers,
    });
    for (const wake of waiters) wake();
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  const callsTo = (method: string) => calls.filter((call) => call.method === method);

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = 'r1') => `${base}/response/${id}`,
    calls,
    callsTo,
    waitFor: (method, count = 1, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = callsTo(method);
          if (found.length < count) return false;
          resolve(found);
          return true;
        };
        if (check()) return;
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== wake);
          reject(
            new Error(
              `timed out waiting for ${count} call(s) to ${method}; got: ${calls.map((c) => c.method).join(', ')}`,
            ),
          );
        }, timeoutMs);
        const wake = () => {
          if (check()) {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== wake);
          }
        };
        waiters.push(wake);
      }),
    rateLimitNext: (method, seconds) => rateLimited.set(method, seconds),
    failNext: (method, failure, times = 1) =>
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]),
    hostFile: (file) => hosted.set(file.id, file),
    delay: (method, ms) => delays.set(method, ms),
    answeredAt: (method) => answered.get(method),
    reset: () => {
      calls.length = 0;
      failures.clear();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url']);

function limitProblems(method: string, body: Record<string, unknown>): string[] {
  if (MESSAGE_METHODS.has(method)) return blockKitProblems(body);
  if (method === 'views.publish' && body.view && typeof body.view === 'object')
    return blockKitProblems(body.view as Record<string, unknown>, 'view');
  return [];
}

/** The Web API client sends form-encoded bodies with nested values JSON-encoded; response_url gets JSON. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
