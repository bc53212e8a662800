/**
 * The main window's options and the guards every web contents gets. Kept free of value imports
 * from Electron so the security-relevant settings are unit-tested.
 */
import type { BrowserWindowConstructorOptions, Event, WebContents } from 'electron';
import { decideNavigation, decideWindowOpen } from './navigation-policy';
import type { RestoredWindowState } from './window-state';
import { MIN_SIZE } from './window-state';

/** BrowserWindow options: an isolated, sandboxed renderer that only talks through the preload. */
export function buildWindowOptions(preloadPath: string, restored: RestoredWindowState, iconPath?: string): BrowserWindowConstructorOptions {
  const { maximized: _maximized, ...bounds } = restored;
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'PA Bulletin Archive',
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/** The WebContents surface the guards use. */
export type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * Denies new windows (https goes to the system browser), and blocks navigation away from
 * `appOrigin` — a stray link or injected script can never replace the app with another page.
 */
export function attachWindowGuards(contents: GuardedContents, appOrigin: string, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return { action: decision.action };
  });
  const onNavigate = (event: Event, url: string): void => {
    const decision = decideNavigation(url, appOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternal(url);
  };
  contents.on('will-navigate', (event, url) => onNavigate(event, url));
  contents.on('will-redirect', (event, url) => onNavigate(event, url));
  // No <webview> anywhere in the app; refuse any attempt to attach one.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
