import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../../renderer/src/core/search/snippet';

const marked = (parts: ReturnType<typeof makeSnippet>): string[] => parts.filter((p) => p.match).map((p) => p.text);

describe('makeSnippet', () => {
  it('marks words case-, accent- and plural-insensitively', () => {
    const parts = makeSnippet('Delegates from Perú discussed Fisheries and one fishery.', ['peru', 'fisheries']);
    expect(marked(parts)).toEqual(['Perú', 'Fisheries', 'fishery']);
    expect(parts.map((p) => p.text).join('')).toBe('Delegates from Perú discussed Fisheries and one fishery.');
  });

  it('marks prefixes for a term ending in *', () => {
    expect(marked(makeSnippet('La acuicultura crece.', ['acui*']))).toEqual(['acuicultura']);
  });

  it('windows long text around the match and stays within the limit', () => {
    const text = `${'lorem ipsum '.repeat(100)}the aquaculture sector ${'dolor sit '.repeat(100)}`;
    const parts = makeSnippet(text, ['aquaculture'], 120);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.length).toBeLessThanOrEqual(126);
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['aquaculture']);
  });

  it('never splits a surrogate pair', () => {
    const text = '𝄞'.repeat(200);
    for (const max of [1, 3, 7, 50]) {
      for (const part of makeSnippet(text, ['x'], max)) {
        expect(part.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    }
  });
});
