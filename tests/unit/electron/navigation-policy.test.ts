import { shouldCancelRequest } from '../../../electron/shared/sync-origin';
import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  decideWindowOpen,
  isExternalHttpsUrl,
  isPermissionAllowed,
  originOf,
} from '../../../electron/main/navigation-policy';

const APP = 'app://bundle';

describe('decideWindowOpen', () => {
  it('denies every new window and hands https to the system browser', () => {
    expect(decideWindowOpen('https://alianzapacifico.net/noticias')).toEqual({
      action: 'deny',
      openExternally: 'https://alianzapacifico.net/noticias',
    });
  });

  it.each([
    'http://alianzapacifico.net/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://bundle/index.html',
    'mailto:someone@example.org',
    'ms-settings:privacy',
    'https://user:pass@evil.example/',
    'not a url',
    '',
  ])('drops %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('decideNavigation', () => {
  it('allows our own pages only', () => {
    expect(decideNavigation('app://bundle/index.html#/search', APP)).toBe('allow');
    expect(decideNavigation('app://other/index.html', APP)).toBe('block');
    expect(decideNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe('allow');
    expect(decideNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe('block');
  });

  it('opens https externally instead of replacing the app', () => {
    expect(decideNavigation('https://example.org/', APP)).toBe('open-externally');
  });

  it.each(['http://example.org/', 'file:///C:/x.html', 'javascript:void(0)', 'data:text/html,hi', 'custom://x/y'])(
    'blocks %s',
    (url) => {
      expect(decideNavigation(url, APP)).toBe('block');
    },
  );
});

describe('helpers', () => {
  it('originOf handles custom schemes', () => {
    expect(originOf('app://bundle/a/b?c')).toBe('app://bundle');
    expect(originOf('javascript:alert(1)')).toBeNull();
  });

  it('isExternalHttpsUrl', () => {
    expect(isExternalHttpsUrl('https://example.org')).toBe(true);
    expect(isExternalHttpsUrl('HTTPS://EXAMPLE.ORG/x')).toBe(true);
    expect(isExternalHttpsUrl('http://example.org')).toBe(false);
  });

  it('denies permissions except sanitized clipboard writes', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });
});

describe('shouldCancelRequest without a team server', () => {
  it('cancels every network request of a packaged or preview run', () => {
    for (const url of ['https://example.org/a.png', 'http://127.0.0.1:5173/', 'wss://example.org/s', 'http://localhost/x']) {
      expect(shouldCancelRequest(url, { syncOrigin: null, devServerOrigin: null })).toBe(true);
    }
  });

  it('lets only the dev server through in an unpackaged dev run', () => {
    const dev = 'http://localhost:5173/';
    expect(shouldCancelRequest('http://localhost:5173/src/main.tsx', { syncOrigin: null, devServerOrigin: dev })).toBe(false);
    expect(shouldCancelRequest('ws://localhost:5173/', { syncOrigin: null, devServerOrigin: dev })).toBe(false);
    expect(shouldCancelRequest('ws://localhost:9999/', { syncOrigin: null, devServerOrigin: dev })).toBe(true);
    expect(shouldCancelRequest('http://localhost:5174/x', { syncOrigin: null, devServerOrigin: dev })).toBe(true);
    expect(shouldCancelRequest('https://example.org/', { syncOrigin: null, devServerOrigin: dev })).toBe(true);
  });
});
