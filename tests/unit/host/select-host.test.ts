// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_GLOBAL, HostChannel, type HostApi } from '../../../electron/shared/host-contract';
import { isHostApi, selectHost } from '../../../renderer/src/host/select-host';

function fakeBridge(): HostApi {
  return Object.fromEntries(Object.keys(HostChannel).map((k) => [k, vi.fn()])) as unknown as HostApi;
}

afterEach(() => {
  Reflect.deleteProperty(window, HOST_GLOBAL);
  vi.resetModules();
});

describe('selectHost', () => {
  it('uses the preload bridge when present', () => {
    const bridge = fakeBridge();
    const web = vi.fn(fakeBridge);
    expect(selectHost({ [HOST_GLOBAL]: bridge }, web)).toBe(bridge);
    expect(web).not.toHaveBeenCalled();
  });

  it('falls back to the web host without a bridge', () => {
    const webHost = fakeBridge();
    expect(selectHost({}, () => webHost)).toBe(webHost);
  });

  it('refuses an incomplete bridge', () => {
    const partial = { ...fakeBridge(), readBackup: undefined };
    expect(() => selectHost({ [HOST_GLOBAL]: partial }, fakeBridge)).toThrow(/incomplete/);
    expect(isHostApi(null)).toBe(false);
  });

  it('getHost picks window.paHost in Electron and caches the choice', async () => {
    const bridge = fakeBridge();
    (window as unknown as Record<string, unknown>)[HOST_GLOBAL] = bridge;
    const { getHost, isDesktopHost } = await import('../../../renderer/src/host/index');
    expect(getHost()).toBe(bridge);
    expect(getHost()).toBe(bridge);
    expect(isDesktopHost()).toBe(true);
  });

  it('getHost builds the web host in a browser', async () => {
    const { getHost, isDesktopHost } = await import('../../../renderer/src/host/index');
    const host = getHost();
    expect((await host.appInfo()).platform).toBe('web');
    expect(isDesktopHost()).toBe(false);
  });

  it('content cannot clobber host detection: an element named paHost does not make the web twin desktop (issue 23)', async () => {
    const { getHost, isDesktopHost } = await import('../../../renderer/src/host/index');
    document.body.innerHTML = `<a id="${HOST_GLOBAL}" href="https://x.example">x</a>`;
    // Browsers expose named elements as window.paHost through Window's prototype chain (jsdom does
    // not implement that, so it is set up here the way Chromium has it; the e2e checks Chromium).
    const proto = Object.getPrototypeOf(window) as object;
    Object.defineProperty(proto, HOST_GLOBAL, { get: () => document.getElementById(HOST_GLOBAL), configurable: true });
    expect(HOST_GLOBAL in window).toBe(true);
    expect(isDesktopHost()).toBe(false);
    expect((await getHost().appInfo()).platform).toBe('web');
    const web = fakeBridge();
    expect(selectHost(window, () => web)).toBe(web);
    Reflect.deleteProperty(proto, HOST_GLOBAL);
    document.body.innerHTML = '';
  });
});
