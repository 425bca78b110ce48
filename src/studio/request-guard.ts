// Checks on where a request comes from, before any page or action runs. Pure (headers in, verdict out).

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** 127.0.0.0/8, ::1 and localhost: the interfaces only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return LOOPBACK_NAMES.has(bare) || /^127(?:\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(bare);
}

/**
 * Without a token the studio trusts whoever can reach it, so it must only be reached by a loopback name: a page on
 * another site that points its own name at 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
 * With a token, any name is fine: a request without the token gets nothing.
 */
export function hostAllowed(hostHeader: string | undefined, tokenRequired: boolean): boolean {
  if (tokenRequired) return true;
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '');
  return isLoopbackHost(name);
}

/**
 * A browser's POST names the page it came from (Origin, or Referer when a privacy setting drops Origin): it must be
 * this studio, by the same Host the request was sent to. A request naming neither is refused too.
 */
export function sameOrigin(headers: { origin?: string; referer?: string; host?: string }): boolean {
  const from = headers.origin && headers.origin !== 'null' ? headers.origin : headers.referer;
  if (!from || !headers.host) return false;
  try {
    return new URL(from).host === headers.host;
  } catch {
    return false;
  }
}
