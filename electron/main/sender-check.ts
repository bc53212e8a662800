/**
 * Every IPC call must come from the top frame of our own page: `app://bundle/` in production, or
 * the dev server origin when (and only when) running `electron-vite dev`.
 */
import { APP_ORIGIN } from './app-protocol';
import { originOf } from './navigation-policy';

/** The part of Electron's `WebFrameMain` the check reads. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export interface SenderPolicy {
  /** Dev server URL; pass it only in development, never in a packaged build. */
  devServerUrl?: string | undefined;
}

/** The origins an IPC sender may have under this policy. */
export function trustedOrigins(policy: SenderPolicy): string[] {
  const origins = [APP_ORIGIN];
  const dev = policy.devServerUrl ? originOf(policy.devServerUrl) : null;
  if (dev) origins.push(dev);
  return origins;
}

/**
 * True when the frame is a top-level frame whose URL is one of our origins. A missing frame
 * (destroyed or navigated away mid-call) or a sub-frame is never trusted.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, policy: SenderPolicy): boolean {
  if (!frame || typeof frame.url !== 'string') return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins(policy).includes(origin);
}
