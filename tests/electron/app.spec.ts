import { expect, test } from '@playwright/test';
import { closeAllLaunched, launchOrSkip } from './launch';

test.afterEach(async () => {
  await closeAllLaunched();
});

// Page functions run in the renderer; this project is typed without the DOM lib, so they reach
// the page's globals through these minimal shapes.
interface PageGlobals {
  paHost?: Record<string, unknown> & { appInfo(): Promise<{ platform: string }> };
  require?: unknown;
  process?: unknown;
  open(url: string, target?: string): unknown;
  location: { href: string };
  setTimeout(fn: () => void, ms: number): unknown;
  document: {
    head: { append(node: unknown): void };
    createElement(tag: 'script'): { src: string; onerror: (() => void) | null; onload: (() => void) | null };
  };
}

test('the window loads the app from app://bundle with the host bridge and no Node', async () => {
  const { page } = await launchOrSkip();
  expect(page.url()).toBe('app://bundle/index.html');
  await expect(page).toHaveTitle(/PA Bulletin Archive/);
  const surface = await page.evaluate(async () => {
    const w = globalThis as unknown as PageGlobals;
    return {
      host: Object.keys(w.paHost ?? {}).sort(),
      require: typeof w.require,
      process: typeof w.process,
      platform: w.paHost ? (await w.paHost.appInfo()).platform : null,
    };
  });
  expect(surface).toEqual({
    host: ['appInfo', 'forgetTeamPassword', 'listBackups', 'loadTeamPassword', 'openExternal', 'openFiles', 'openOriginal', 'readBackup', 'saveFile', 'saveTeamPassword', 'setTeamServer', 'writeBackup'],
    require: 'undefined',
    process: 'undefined',
    platform: 'electron',
  });
});

test('the Content-Security-Policy is in force (no eval, no remote scripts)', async () => {
  const { page } = await launchOrSkip();
  const result = await page.evaluate(async () => {
    const w = globalThis as unknown as PageGlobals;
    let evalBlocked = false;
    try {
      new Function('return 1')();
    } catch {
      evalBlocked = true;
    }
    const remoteBlocked = await new Promise<boolean>((resolve) => {
      const script = w.document.createElement('script');
      script.src = 'https://example.org/x.js';
      script.onerror = () => resolve(true);
      script.onload = () => resolve(false);
      w.document.head.append(script);
      w.setTimeout(() => resolve(true), 3000);
    });
    return { evalBlocked, remoteBlocked };
  });
  expect(result).toEqual({ evalBlocked: true, remoteBlocked: true });
});

test('window.open of an external link does not replace or add app windows', async () => {
  const { app, page } = await launchOrSkip();
  const returned = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.org/news', '_blank') === null);
  expect(returned).toBe(true);
  await page.evaluate(() => (globalThis as unknown as PageGlobals).open('file:///etc/passwd'));
  await page.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toBe('app://bundle/index.html');
  const sent = await app.evaluate(() => (globalThis as Record<string, unknown>)['__paOpened']);
  expect(sent).toEqual(['https://example.org/news']);
});

test('navigation away from the app is blocked', async () => {
  const { page } = await launchOrSkip();
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'http://example.org/';
  });
  await page.waitForTimeout(300);
  expect(page.url()).toBe('app://bundle/index.html');
});
