import { describe, expect, it } from 'vitest';
import { shouldCancelRequest, syncServerOrigin } from '../../../electron/shared/sync-origin';

describe('syncServerOrigin', () => {
  it('accepts https servers and plain http only on this computer', () => {
    expect(syncServerOrigin('https://Couch.Example.org/base/')).toBe('https://couch.example.org');
    expect(syncServerOrigin('https://couch.example.org:6984')).toBe('https://couch.example.org:6984');
    expect(syncServerOrigin('http://127.0.0.1:5986')).toBe('http://127.0.0.1:5986');
    expect(syncServerOrigin('http://localhost:5984/')).toBe('http://localhost:5984');
  });

  it.each(['http://couch.example.org', 'ftp://x.org', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@x.org', 'not a url', ''])('refuses %s', (url) => {
    expect(syncServerOrigin(url)).toBeNull();
  });
});

describe('shouldCancelRequest', () => {
  const allowed = { syncOrigin: 'https://couch.example.org', devServerOrigin: null };

  it('lets through only the configured server', () => {
    expect(shouldCancelRequest('https://couch.example.org/team/_changes?since=0', allowed)).toBe(false);
    expect(shouldCancelRequest('https://couch.example.org/_session', allowed)).toBe(false);
  });

  it.each([
    'https://evil.example.org/steal',
    'https://couch.example.org.evil.org/',
    'http://couch.example.org/team',
    'https://couch.example.org:444/team',
    'wss://couch.example.org/',
    'https://example.org/',
    'http://127.0.0.1:5986/',
  ])('keeps other origins blocked: %s', (url) => {
    expect(shouldCancelRequest(url, allowed)).toBe(true);
  });

  it('blocks everything when no server is configured', () => {
    expect(shouldCancelRequest('https://couch.example.org/team', { syncOrigin: null, devServerOrigin: null })).toBe(true);
  });

  it('still lets the dev server through in an unpackaged dev run', () => {
    expect(shouldCancelRequest('ws://localhost:5173/', { syncOrigin: null, devServerOrigin: 'http://localhost:5173' })).toBe(false);
  });
});
