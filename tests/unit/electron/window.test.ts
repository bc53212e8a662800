import { describe, expect, it, vi } from 'vitest';
import { attachWindowGuards, buildWindowOptions, type GuardedContents } from '../../../electron/main/window';
import { buildMenuTemplate } from '../../../electron/main/menu';

describe('buildWindowOptions', () => {
  it('isolates and sandboxes the renderer', () => {
    const options = buildWindowOptions('/app/out/preload/index.cjs', { width: 1000, height: 700, maximized: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(options).toMatchObject({ width: 1000, height: 700, show: false });
    expect(options).not.toHaveProperty('maximized');
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => {
      openHandler = h;
    },
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
  };
  const navigate = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as GuardedContents, open: (url: string) => openHandler?.({ url }), navigate };
}

describe('attachWindowGuards', () => {
  it('denies window.open and sends only https to the browser', () => {
    const external = vi.fn();
    const fake = fakeContents();
    attachWindowGuards(fake.contents, 'app://bundle', external);
    expect(fake.open('https://example.org/a')).toEqual({ action: 'deny' });
    expect(fake.open('http://example.org/a')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(external.mock.calls).toEqual([['https://example.org/a']]);
  });

  it('blocks navigation away from the app and allows its own pages', () => {
    const external = vi.fn();
    const fake = fakeContents();
    attachWindowGuards(fake.contents, 'app://bundle', external);
    expect(fake.navigate('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(fake.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.navigate('will-redirect', 'http://example.org/')).toBe(true);
    expect(fake.navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(external.mock.calls).toEqual([['https://example.org/']]);
    expect(fake.navigate('will-attach-webview', 'app://bundle/index.html')).toBe(true);
  });
});

describe('buildMenuTemplate', () => {
  it('has the app menu on macOS only, and the standard menus', () => {
    const actions = { appName: 'PA Bulletin Archive', openBackupsFolder: vi.fn() };
    const mac = buildMenuTemplate('darwin', actions);
    const win = buildMenuTemplate('win32', actions);
    expect(mac[0]?.role).toBe('appMenu');
    expect(win.some((m) => m.role === 'appMenu')).toBe(false);
    for (const template of [mac, win]) {
      const names = template.map((m) => m.role ?? m.label);
      expect(names).toEqual(expect.arrayContaining(['File', 'editMenu', 'View', 'windowMenu', 'help']));
    }
    const file = win.find((m) => m.label === 'File');
    const items = Array.isArray(file?.submenu) ? file.submenu : [];
    const backups = items.find((i) => i.label === 'Open Backups Folder');
    backups?.click?.({} as never, undefined, {} as never);
    expect(actions.openBackupsFolder).toHaveBeenCalledTimes(1);
  });
});

describe('buildMenuTemplate by mode (issue 23)', () => {
  const roles = (template: ReturnType<typeof buildMenuTemplate>): string[] =>
    template.flatMap((m) => [m.role ?? '', ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.role ?? '') : [])]).filter(Boolean);
  it('offers Toggle Developer Tools only in development', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(buildMenuTemplate(platform, { appName: 'A', openBackupsFolder: vi.fn() }))).not.toContain('toggleDevTools');
      expect(roles(buildMenuTemplate(platform, { appName: 'A', openBackupsFolder: vi.fn(), development: false }))).not.toContain('toggleDevTools');
      expect(roles(buildMenuTemplate(platform, { appName: 'A', openBackupsFolder: vi.fn(), development: true }))).toContain('toggleDevTools');
    }
  });
});
