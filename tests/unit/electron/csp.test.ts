import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspMetaTag } from '../../../electron/shared/csp';

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

  it('renders the same policy as a meta tag', () => {
    expect(cspMetaTag()).toBe(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
  });
});

describe('built index.html', () => {
  const html = new URL('../../../out/renderer/index.html', import.meta.url);
  it.skipIf(!existsSync(html))('carries exactly the same policy in its <meta>', () => {
    const source = readFileSync(html, 'utf8');
    const match = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(source);
    expect(match?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
