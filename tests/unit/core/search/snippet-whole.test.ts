import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../../renderer/src/core/search/snippet';

describe('makeSnippet on text that fits', () => {
  it('keeps a short text whole, with its matches marked', () => {
    const title = 'The webinar on Climate Change organized by the Network of Fisheries andAquaculture Research Institutions';
    const parts = makeSnippet(title, ['fisheries'], title.length);
    expect(parts.map((p) => p.text).join('')).toBe(title);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Fisheries']);
  });
});
