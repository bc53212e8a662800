import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspMetaTag, policyWithSyncOrigin, WEB_TWIN_POLICY } from '../../../electron/shared/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows no remote origins and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|wasm-unsafe-eval/);
  });

  it('locks scripts, objects, base and forms down', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('renders the web twin policy as a meta tag', () => {
    expect(cspMetaTag()).toBe(`<meta http-equiv="Content-Security-Policy" content="${WEB_TWIN_POLICY}" />`);
  });

  it('the web twin policy differs only in connect-src: https servers and this computer, for the team archive', () => {
    const web = directives(WEB_TWIN_POLICY);
    for (const [name, values] of policy) if (name !== 'connect-src') expect(web.get(name), name).toEqual(values);
    expect(web.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
  });

  it('adds exactly the configured team server to the app policy, and nothing for junk', () => {
    const withServer = directives(policyWithSyncOrigin('https://couch.example.org'));
    expect(withServer.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https://couch.example.org']);
    expect(withServer.get('script-src')).toEqual(["'self'"]);
    expect(policyWithSyncOrigin(null)).toBe(CONTENT_SECURITY_POLICY);
    expect(policyWithSyncOrigin("https://x.org; script-src 'unsafe-eval'")).toBe(CONTENT_SECURITY_POLICY);
    expect(policyWithSyncOrigin('https://*')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('built index.html', () => {
  const html = new URL('../../../out/renderer/index.html', import.meta.url);
  it.skipIf(!existsSync(html))('carries the web twin policy in its <meta>', () => {
    const source = readFileSync(html, 'utf8');
    const match = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(source);
    expect(match?.[1]).toBe(WEB_TWIN_POLICY);
  });
});
