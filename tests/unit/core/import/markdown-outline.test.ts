/** An outliner's page (Logseq, Roam): stories are list items opening with a heading, with properties and nested paragraphs. */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../renderer/src/core/import/markdown';

const PAGE = [
  'title:: Clippings — November 2023',
  'tags:: [[Pacific Alliance]], [[press]]',
  '',
  '- ### Ministers open scholarship call',
  '  source:: [[Foreign Ministry]]',
  '  fecha:: [[Nov 21st, 2023]]',
  '\t- The mobility platform opened its call for master students.',
  '\t- Applications close on 15 February.',
  '- ### Peru and Mexico end fourth round of talks',
  '  date:: [[Nov 17th, 2023]]',
  '\t- Negotiators agreed on a work plan for authorised operators.',
].join('\n');

describe('outliner pages in Markdown', () => {
  const md = readMarkdown(PAGE);

  it('reads page properties as metadata and sets them aside', () => {
    expect(md.meta.title).toBe('Clippings — November 2023');
    expect(md.removed).toContain('tags:: Pacific Alliance, press');
    expect(md.text).not.toContain('title::');
  });

  it('writes each heading item as a heading, its date property as a date line and each nested block as a paragraph', () => {
    expect(md.text.split('\n\n')).toEqual([
      '### Ministers open scholarship call',
      'Nov 21st, 2023',
      'The mobility platform opened its call for master students.',
      'Applications close on 15 February.',
      '### Peru and Mexico end fourth round of talks',
      'Nov 17th, 2023',
      'Negotiators agreed on a work plan for authorised operators.',
    ]);
    expect(md.removed).toContain('source:: Foreign Ministry');
  });

  it('a list with one heading item stays a list', () => {
    const one = readMarkdown('- ### Only heading\n- second item\n- third item').text;
    expect(one).toContain('- ### Only heading');
  });
});
