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
 * Session web requests to the network (http, https, ws, wss): the app is fully offline, so all of
 * them are cancelled, whatever imported content or a bug asks for. The one exception is the
 * electron-vite dev server of an unpackaged `npm run dev`, which serves the page itself.
 */
export function shouldCancelNetworkRequest(url: string, devServerOrigin: string | null): boolean {
  if (devServerOrigin === null) return true;
  // Vite's hot reload talks to the same host and port over ws.
  const asHttp = url.replace(/^ws(s?):/iu, 'http$1:');
  return originOf(asHttp) !== devServerOrigin.toLowerCase().replace(/\/+$/, '');
}

/** The URL patterns whose requests pass through `shouldCancelNetworkRequest`. */
export const NETWORK_REQUEST_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
