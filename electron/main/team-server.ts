/**
 * The one network origin the desktop app may reach (issue 24): kept in a small file in the user-data
 * folder, so the page's CSP header names it from the first load of the next start. The session
 * filter (main/index.ts) and the CSP (`policy()`, used for every app:// response) both read it.
 * A loaded page keeps the CSP it was served with, so a new origin needs a reload (`reloadNeeded`).
 */
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { policyWithSyncOrigin } from '../shared/csp';
import { syncServerOrigin } from '../shared/sync-origin';

export interface TeamServer {
  /** The allowed origin, or null (then every network request stays cancelled). */
  origin(): string | null;
  /** The app policy plus the allowed origin, for app:// responses. */
  policy(basePolicy?: string): string;
  setServer(url: string | null): Promise<{ allowed: boolean; reloadNeeded: boolean }>;
}

export function createTeamServer(file: string): TeamServer {
  let current: string | null = null;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { origin?: unknown };
    current = typeof saved.origin === 'string' ? syncServerOrigin(saved.origin) : null;
  } catch {
    current = null;
  }
  // The origin the page's CSP was last served with; undefined until an app:// response (in `npm run
  // dev` the dev server serves the page, so no reload could ever help there).
  let served: string | null | undefined;
  return {
    origin: () => current,
    policy: (basePolicy) => {
      served = current;
      return policyWithSyncOrigin(current, basePolicy);
    },
    async setServer(url) {
      const origin = url === null ? null : syncServerOrigin(url);
      if (url !== null && origin === null) return { allowed: false, reloadNeeded: false };
      current = origin;
      if (origin) writeFileSync(file, JSON.stringify({ origin }));
      else rmSync(file, { force: true });
      return { allowed: true, reloadNeeded: served !== undefined && origin !== null && origin !== served };
    },
  };
}
