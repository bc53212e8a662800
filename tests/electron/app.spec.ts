import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

interface Launched {
  app: ElectronApplication;
  page: Page;
}

let launched: Launched | null = null;
let userData: string | null = null;

/** The runner's environment minus the dev-server URL (the test drives the built app://bundle). */
function testEnv(dir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  env['PA_USER_DATA_DIR'] = dir;
  return env;
}

/** Launches the built app with a fresh userData folder, or marks the test skipped with the reason. */
async function launchOrSkip(): Promise<Launched> {
  const binary = findElectronBinary();
  if (!('path' in binary)) {
    test.skip(true, `Electron binary not available: ${binary.reason}`);
    throw new Error('unreachable: test.skip throws');
  }
  userData = mkdtempSync(join(tmpdir(), 'pa-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [join(process.cwd(), 'out/main/index.js')],
    env: testEnv(userData),
  });
  // Never let a test open the real system browser: record instead.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as Record<string, unknown>)['__paOpened'] = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  launched = { app, page };
  return launched;
}

test.afterEach(async () => {
  await launched?.app.close();
  launched = null;
  if (userData) rmSync(userData, { recursive: true, force: true });
  userData = null;
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
    host: ['appInfo', 'listBackups', 'openExternal', 'openFiles', 'openOriginal', 'readBackup', 'saveFile', 'writeBackup'],
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
