// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBackupFile } from '../../../renderer/src/core/backup/format';
import type { Bulletin } from '../../../renderer/src/core/model';
import { sanitizeBackupHtml } from '../../../renderer/src/app/archive/snapshots';

const bulletin = (id: string, bodyHtml: string | null): Bulletin => ({
  id,
  title: 'T',
  date: null,
  datePrecision: 'unknown',
  place: null,
  language: 'en',
  body: 'Body',
  bodyHtml,
  countries: [],
  organisations: [],
  tags: [],
  sourceFile: 'x.txt',
  batchId: 'b',
  contentHash: id,
  excerpt: 'Body',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
});

describe('sanitizeBackupHtml', () => {
  it('strips scripts, handlers, remote images and javascript: links from restored HTML', () => {
    const hostile =
      '<p onclick="alert(1)">Hi <a href="javascript:alert(2)">x</a> <a href="https://example.org/">ok</a></p><script>alert(3)</script><img src="https://evil.example/p.png"><iframe src="https://evil.example/"></iframe>';
    const file = createBackupFile({ bulletins: [bulletin('a', hostile), bulletin('b', null)], tags: [], dossiers: [], savedSearches: [], rules: [] });
    const clean = sanitizeBackupHtml(file);
    const html = clean.bulletins[0]?.bodyHtml ?? '';
    expect(html).toContain('<a href="https://example.org/">ok</a>');
    expect(html).not.toMatch(/onclick|javascript:|<script|<img|<iframe|evil\.example/);
    expect(clean.bulletins[1]?.bodyHtml).toBeNull();
  });

  it('returns the same object when there is no HTML to clean', () => {
    const file = createBackupFile({ bulletins: [bulletin('a', null)], tags: [], dossiers: [], savedSearches: [], rules: [] });
    expect(sanitizeBackupHtml(file)).toBe(file);
  });

  it('flattens deeply nested HTML and drops HTML past the bounds (restore runs on the UI thread)', () => {
    const deep = `${'<div>'.repeat(80_000)}<p>fondo</p>${'</div>'.repeat(80_000)}`; // 880,000 characters
    const huge = `<p>${'x'.repeat(1_000_001)}</p>`;
    const file = createBackupFile({ bulletins: [bulletin('a', deep), bulletin('b', huge)], tags: [], dossiers: [], savedSearches: [], rules: [] });
    const [a, b] = sanitizeBackupHtml(file).bulletins;
    expect(a?.bodyHtml).toContain('<p>fondo</p>');
    expect((a?.bodyHtml ?? '').split('<div>').length - 1).toBeLessThanOrEqual(128);
    expect(b?.bodyHtml).toBeNull();
  });
});
