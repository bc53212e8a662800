/** An undated text listing's repeating unit, found from the file (text-units.ts). */
import { describe, expect, it } from 'vitest';
import { markTextUnits } from '../../../../renderer/src/core/import/text-units';
import { textToParas } from '../../../../renderer/src/core/import/paragraphs';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';

const alert = [
  'Google Alerts', '', '"Pacific Alliance"', 'Daily update ⋅ November 16, 2023', '', 'NEWS', '',
  'Pacific Alliance ministers back a joint fund', 'Latin Finance Daily', 'Trade ministers endorsed a fund that will co-invest in start-ups from the four countries.', '',
  'Peru and Chile sign a degrees protocol', 'Andes Business Journal', 'The protocol lets engineers registered in one country practise in the other.', '',
  'Mexico hosts meeting on critical minerals', 'Mining Weekly Americas', 'Officials from the four countries met in Monterrey to compare rules on lithium.', '',
  'See more results | Edit this alert',
].join('\n');

describe('markTextUnits', () => {
  it('marks each unit start, sets aside the source slot and the footer links, and reads the header date', () => {
    const r = markTextUnits(textToParas(alert));
    expect(r.paras.filter((p) => p.unit).map((p) => p.text)).toEqual([
      'Pacific Alliance ministers back a joint fund', 'Peru and Chile sign a degrees protocol', 'Mexico hosts meeting on critical minerals',
    ]);
    expect(r.furniture.map((i) => r.paras[i]?.text)).toEqual(['Latin Finance Daily', 'Andes Business Journal', 'Mining Weekly Americas', 'See more results | Edit this alert']);
    expect(r.issueDate).toEqual({ date: '2023-11-16', precision: 'day' });
  });

  it('leaves a story with subheadings and a dated listing alone', () => {
    const story = textToParas('Title of the story\n\nFirst paragraph of the story, a sentence.\n\nA subheading\n\nMore text of the story here.\n\nAnother subheading\n\nAnd the end of it.');
    expect(markTextUnits(story).paras.some((p) => p.unit)).toBe(false);
    const dated = textToParas(['A', 'Lima, 3 de octubre de 2023.- Texto uno.', '', 'B', 'Lima, 4 de octubre de 2023.- Texto dos.', '', 'C', 'Lima, 5 de octubre de 2023.- Texto tres.'].join('\n'));
    expect(markTextUnits(dated).furniture).toEqual([]);
  });

  it('keeps a deck of more than four words (a title and its deck over prose are not a source slot)', () => {
    const units = ['One', 'Two', 'Three'].map((n) => `${n} headline here\nA deck that says rather more than four words\nThe text of item ${n.toLowerCase()} is a sentence.`).join('\n\n');
    const r = markTextUnits(textToParas(units));
    expect(r.paras.filter((p) => p.unit)).toHaveLength(3);
    expect(r.furniture).toEqual([]);
  });
});

describe('an alerts digest imported', () => {
  it('is one bulletin per item, dated by its header', () => {
    const r = importPlainTextResult(alert, 'alert.txt', { fileDate: '2023-11-20' });
    expect(r.bulletins.map((b) => [b.title, b.date, b.body.slice(0, 14)])).toEqual([
      ['Pacific Alliance ministers back a joint fund', '2023-11-16', 'Trade minister'],
      ['Peru and Chile sign a degrees protocol', '2023-11-16', 'The protocol l'],
      ['Mexico hosts meeting on critical minerals', '2023-11-16', 'Officials from'],
    ]);
  });
});
