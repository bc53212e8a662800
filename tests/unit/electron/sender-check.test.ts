import { describe, expect, it } from 'vitest';
import { isTrustedSender, trustedOrigins } from '../../../electron/main/sender-check';

const top = (url: string) => ({ url, parent: null });

describe('isTrustedSender', () => {
  it('trusts the top frame of app://bundle', () => {
    expect(isTrustedSender(top('app://bundle/index.html'), {})).toBe(true);
  });

  it.each([
    ['foreign https origin', 'https://evil.example/'],
    ['other app host', 'app://evil/index.html'],
    ['file url', 'file:///home/u/index.html'],
    ['about:blank', 'about:blank'],
    ['empty url', ''],
    ['lookalike host', 'app://bundle.evil/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(top(url), {})).toBe(false);
  });

  it('refuses a missing frame and sub-frames', () => {
    expect(isTrustedSender(null, {})).toBe(false);
    expect(isTrustedSender(undefined, {})).toBe(false);
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: { url: 'app://bundle/' } }, {})).toBe(false);
  });

  it('trusts the dev server only when a dev URL is configured', () => {
    const dev = top('http://localhost:5173/');
    expect(isTrustedSender(dev, {})).toBe(false);
    expect(isTrustedSender(dev, { devServerUrl: undefined })).toBe(false);
    expect(isTrustedSender(dev, { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isTrustedSender(top('http://localhost:5174/'), { devServerUrl: 'http://localhost:5173' })).toBe(false);
  });

  it('lists the origins', () => {
    expect(trustedOrigins({})).toEqual(['app://bundle']);
    expect(trustedOrigins({ devServerUrl: 'http://localhost:5173/x' })).toEqual(['app://bundle', 'http://localhost:5173']);
  });
});
