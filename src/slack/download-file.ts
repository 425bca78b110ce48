// EDGE: a file shared in Slack, fetched from its url_private with the bot token, as Slack requires. Read as a stream
// and cut off one byte past the limit, so a file larger than files.info said never fills memory.

export type DownloadResult =
  | { ok: true; bytes: Uint8Array; contentType: string | undefined }
  | { ok: false; reason: 'too_large' | 'failed'; detail: string };

const DOWNLOAD_TIMEOUT_MS = 60_000;

export async function downloadSlackFile(
  url: string,
  token: string,
  maxBytes: number,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
): Promise<DownloadResult> {
  let response: Response;
  try {
    // fetch drops the Authorization header if Slack ever redirects to another origin, so the token stays with Slack.
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, reason: 'failed', detail: (error as Error).message };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'failed', detail: `HTTP ${response.status}` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too_large', detail: `more than ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: 'failed', detail: (error as Error).message };
  }
  return { ok: true, bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? undefined };
}
