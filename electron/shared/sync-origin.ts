/**
 * The one network destination the desktop app may reach: the team archive's server (issue 24).
 * Main cancels every other http(s)/ws request in its session and adds only this origin to the
 * page's `connect-src`. Pure functions, shared by main (the session filter) and the IPC validator.
 */

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The origin a team server URL may be reached at: https anywhere, plain http only on this
 * computer (a test server or a local CouchDB). Null for anything else (other schemes, credentials
 * in the URL, unparsable text).
 */
export function syncServerOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null;
  const secure = parsed.protocol === 'https:';
  const loopback = parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  if (!secure && !loopback) return null;
  return parsed.origin.toLowerCase();
}

/**
 * The session filter's decision for one request: cancel unless it goes to the configured team
 * server's exact origin (scheme, host and port), or to the dev server of `npm run dev`.
 */
export function shouldCancelRequest(requestUrl: string, allowed: { syncOrigin: string | null; devServerOrigin: string | null }): boolean {
  let origin: string;
  try {
    const parsed = new URL(requestUrl.replace(/^ws(s?):/iu, 'http$1:'));
    origin = parsed.origin.toLowerCase();
  } catch {
    return true;
  }
  if (allowed.devServerOrigin && origin === allowed.devServerOrigin.toLowerCase().replace(/\/+$/, '')) return false;
  // Only http(s) to the team server: no websocket, and the scheme must match exactly.
  if (allowed.syncOrigin && /^https?:/i.test(requestUrl) && origin === allowed.syncOrigin) return false;
  return true;
}
