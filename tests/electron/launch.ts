/**
 * Launching the built desktop app for the Electron suite. Each launch gets a userData folder (a fresh
 * one, or one a test reuses to relaunch the same "laptop"). Where the Electron binary is missing the
 * calling test is marked skipped with the reason: it never pretends to have run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

export interface Launched {
  app: ElectronApplication;
  page: Page;
  userData: string;
}

const running = new Set<ElectronApplication>();
const folders = new Set<string>();

/** The runner's environment minus the dev-server URL (the test drives the built app://bundle). */
function testEnv(dir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  env['PA_USER_DATA_DIR'] = dir;
  return env;
}

/** The Electron executable, or the calling test is skipped with the reason (call before starting anything else). */
export function electronBinaryOrSkip(): string {
  const binary = findElectronBinary();
  if (!('path' in binary)) {
    test.skip(true, `Electron binary not available: ${binary.reason}`);
    throw new Error('unreachable: test.skip throws');
  }
  return binary.path;
}

/**
 * Launches the built app, or marks the test skipped with the reason. `userData` reuses a folder (a
 * relaunch); without it a fresh folder is made. Folders made here are removed by `closeAllLaunched`.
 */
export async function launchOrSkip(options: { userData?: string } = {}): Promise<Launched> {
  const executablePath = electronBinaryOrSkip();
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'pa-electron-'));
  folders.add(userData);
  const app = await electron.launch({
    executablePath,
    args: [join(process.cwd(), 'out/main/index.js')],
    env: testEnv(userData),
  });
  running.add(app);
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
  return { app, page, userData };
}

/** Quits one launched app (its userData folder stays, for a relaunch). */
export async function closeLaunched(launched: Launched): Promise<void> {
  running.delete(launched.app);
  await launched.app.close();
}

/** Quits every app still running and removes the userData folders (call from afterEach). */
export async function closeAllLaunched(): Promise<void> {
  for (const app of [...running]) await app.close().catch(() => undefined);
  running.clear();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}
