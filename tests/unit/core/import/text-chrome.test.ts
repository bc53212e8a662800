import { describe, expect, it } from 'vitest';
import { textToParas } from '../../../../renderer/src/core/import/paragraphs';
import { stripTextChrome } from '../../../../renderer/src/core/import/text-chrome';

describe('stripTextChrome', () => {
  it('removes pasted chrome and drawn rules, keeps content, and marks the paragraph after a rule', () => {
    const text = ['Home » News', 'Title one', 'Body one is a sentence.', 'Read More »', '-----', 'Title two', 'Body two.', 'Compartir: Facebook X LinkedIn', '* * *'].join('\n\n');
    const { paras, removed } = stripTextChrome(textToParas(text));
    expect(paras.map((p) => p.text)).toEqual(['Title one', 'Body one is a sentence.', 'Title two', 'Body two.']);
    // "* * *" reads as a bullet line first; either way it has no words and goes as a rule.
    expect(removed).toEqual(['Home » News', 'Read More »', '-----', 'Compartir: Facebook X LinkedIn', '• * *']);
    expect(paras.map((p) => p.ruleBefore === true)).toEqual([false, false, true, false]);
  });

  it('reduces a post-meta line to its date, which the splitter reads as a dateline', () => {
    const { paras, removed } = stripTextChrome(textToParas('Title\n\n23 de diciembre de 2024 / Sin categoría\n\nBody.'));
    expect(paras.map((p) => p.text)).toEqual(['Title', '23 de diciembre de 2024', 'Body.']);
    expect(removed).toEqual(['23 de diciembre de 2024 / Sin categoría']);
  });

  it('never looks at long paragraphs', () => {
    const long = `Read More » ${'x '.repeat(150)}`.trim();
    expect(stripTextChrome(textToParas(long)).removed).toEqual([]);
  });
});

describe('related stories in pasted text', () => {
  it('drops a "More in …" heading and the list under it, not the list of a story', () => {
    const p = (text: string, bullet = false) => ({ text, heading: 0, bullet });
    const r = stripTextChrome([p('Texto de la nota.'), p('More in Andina:'), p('• Peru exports rise', true), p('• Lima hosts forum', true), p('Next title')]);
    expect(r.paras.map((x) => x.text)).toEqual(['Texto de la nota.', 'Next title']);
    const story = stripTextChrome([p('Los ejes son:'), p('• comercio', true)]);
    expect(story.paras).toHaveLength(2);
  });
});
