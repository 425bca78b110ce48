import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSlackFile } from '../../src/slack/download-file.js';

// The download of a shared file against a local server standing in for files.slack.com.

let server: Server;
let base: string;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/missing') {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(req.url === '/big' ? 4096 : 100));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Downloading a file shared in Slack', () => {
  it('sends the bot token and gives back the bytes and their content type', async () => {
    const result = await downloadSlackFile(`${base}/small`, 'xoxb-token', 1024);
    expect(result).toMatchObject({ ok: true, contentType: 'text/html' });
    expect(result.ok && result.bytes.length).toBe(100);
    expect(seen.at(-1)?.authorization).toBe('Bearer xoxb-token');
  });

  it('stops reading a file larger than the limit, whatever files.info said', async () => {
    expect(await downloadSlackFile(`${base}/big`, 'xoxb-token', 1024)).toMatchObject({
      ok: false,
      reason: 'too_large',
    });
  });

  it('says what went wrong when Slack refuses it', async () => {
    expect(await downloadSlackFile(`${base}/missing`, 'xoxb-token', 1024)).toEqual({
      ok: false,
      reason: 'failed',
      detail: 'HTTP 404',
    });
  });
});
