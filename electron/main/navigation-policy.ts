/**
 * What the window may open or navigate to. Pure decisions; `window.ts` applies them.
 * Only https leaves the app (in the system browser); everything else is refused.
 */
import { isExternalHttpsUrl, originOf } from '../shared/url-policy';

export { isExternalHttpsUrl, originOf };

export interface WindowOpenDecision {
  /** New Electron windows are never created. */
  action: 'deny';
  /** The URL to hand to the system browser, or null to drop the request. */
  openExternally: string | null;
}

/** `setWindowOpenHandler`: always deny; https goes to the system browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isExternalHttpsUrl(url) ? url : null };
}

export type NavigationDecision = 'allow' | 'open-externally' | 'block';

/**
 * `will-navigate` / `will-redirect`: pages of our own origin are allowed, https is sent to the
 * system browser instead of replacing the app, anything else (http, file, javascript:, data:,
 * other schemes) is blocked.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  const origin = originOf(url);
  if (origin !== null && origin === appOrigin.toLowerCase().replace(/\/+$/, '')) return 'allow';
  return isExternalHttpsUrl(url) ? 'open-externally' : 'block';
}

// The app needs no camera, microphone, geolocation, notifications…; clipboard writes are the one
// capability the UI uses (copy a citation).
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Session permission requests: deny everything the app does not use. */
export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/**
 * The URL patterns the session's request filter sees (http, https, ws, wss). What passes is decided by
 * `shouldCancelRequest` (electron/shared/sync-origin.ts): only the dev server and the team server.
 */
export const NETWORK_REQUEST_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
