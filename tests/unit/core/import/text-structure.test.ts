/** Plain-text structure: an e-mail's header block and underlined / "** " headings. */
import { describe, expect, it } from 'vitest';
import { readTextStructure } from '../../../../renderer/src/core/import/text-structure';

describe('readTextStructure', () => {
  it('sets aside a leading e-mail header block (English and Outlook Spanish)', () => {
    const en = readTextStructure('Subject: Brief\nFrom: Council <a@b.org>\nDate: Tue, 14 Nov 2023 09:02:11 -0500\nTo: x@y.org\n\nBody text.');
    expect(en.text).toBe('\nBody text.');
    expect(en.removed).toHaveLength(4);
    const es = readTextStructure('De: Prensa <p@x.cl>\nEnviado el: martes, 14 de noviembre de 2023 9:15\nPara: Lista\nAsunto: Boletín 87\n\nTexto.');
    expect(es.text).toBe('\nTexto.');
  });

  it('keeps labelled lines that are no header block (no sender, or no subject or date)', () => {
    const text = 'Fecha: 14/11/2023\nFuente: Cancillería\nDate: today\n\nTexto.';
    expect(readTextStructure(text)).toEqual({ text, removed: [] });
    const later = 'Intro.\n\nFrom: a\nTo: c\n\nTexto.';
    expect(readTextStructure(later).text).toBe(later);
  });

  it('sets aside a forwarded message\'s header block inside the text, and a raw message\'s transport fields, folded lines and MIME parts', () => {
    const chain = 'Intro.\n\nFrom: Media Relations <media@subrei.gob.cl>\nSent: Friday, November 17, 2023 4:02 PM\nTo: Daniela\nSubject: Press release\n\nTexto.';
    expect(readTextStructure(chain).text).toBe('Intro.\n\n\nTexto.');
    const raw = [
      'Return-Path: <prensa@mincetur.gob.pe>',
      'Received: from relay (relay [190.102.140.23])',
      '\tby mx.example.org with ESMTPS id 4f2a9c1b',
      'From: "Oficina de Prensa" <prensa@mincetur.gob.pe>',
      'Subject: Notas de prensa',
      'Date: Thu, 14 Nov 2024 18:02:11 -0500',
      'Content-Type: multipart/mixed; boundary="----=_NextPart_000_0A1B"',
      '',
      'This is a multi-part message in MIME format.',
      '',
      '------=_NextPart_000_0A1B',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Texto de la nota.',
    ].join('\n');
    const r = readTextStructure(raw);
    expect(r.text.trim()).toBe('Texto de la nota.');
    expect(r.removed).toContain('by mx.example.org with ESMTPS id 4f2a9c1b');
    expect(r.removed).toContain('------=_NextPart_000_0A1B');
    // A rule between two stories of the message stays: it separates them.
    expect(readTextStructure(`${raw}\n\n------------\n\nOtra nota.`).text).toContain('------------');
  });

  it('sets aside a signature below a "-- " line near the end, not a long tail', () => {
    const r = readTextStructure('Texto de la nota.\n--\nUnidad de Comunicaciones\nTeatinos 180, Santiago');
    expect(r.text).toBe('Texto de la nota.');
    expect(r.removed).toEqual(['--', 'Unidad de Comunicaciones', 'Teatinos 180, Santiago']);
    const long = `Intro.\n--\n${Array.from({ length: 25 }, (_, i) => `Línea ${i}.`).join('\n')}`;
    expect(readTextStructure(long).text).toBe(long);
  });

  it('moves the date that opens a heading to a line of its own under it', () => {
    expect(readTextStructure('## 2023-11-20 – Peru hosts meeting\n\nText.').text).toBe('## Peru hosts meeting\n2023-11-20\n\nText.');
    expect(readTextStructure('### 14 de noviembre de 2023: Chile y Perú firman\nTexto.').text).toBe('### Chile y Perú firman\n14 de noviembre de 2023\nTexto.');
    const plain = '## 2023 Edition of the forum\n## 12 measures adopted';
    expect(readTextStructure(plain).text).toBe(plain);
  });

  it('moves the source and date that close a digest headline to a line of its own under it', () => {
    const text = 'Resumen de prensa\n\nCHILE Y PERÚ AMPLÍAN HORARIO DE FRONTERA (La Tercera, 3 dic)\nLas aduanas acordaron.\n\nMexico opens trade office in Lima (Reuters, 14 November 2023)\nText.';
    expect(readTextStructure(text).text.split('\n')).toEqual([
      'Resumen de prensa', '', 'CHILE Y PERÚ AMPLÍAN HORARIO DE FRONTERA', 'La Tercera, 3 dic', 'Las aduanas acordaron.', '',
      'Mexico opens trade office in Lima', 'Reuters, 14 November 2023', 'Text.',
    ]);
    // Parentheses that hold no date, or a sentence before them, stay as written.
    for (const line of ['Cumbre en Lima (actualizado)', 'Se firmó el acuerdo. (EFE, 3 dic)', 'Foro de la Alianza (edición 2023)']) {
      expect(readTextStructure(line).text).toBe(line);
    }
  });

  it('reads a pipe table whose rows are stories by its cells (date, title, body), whatever the header says', () => {
    const text = [
      '| Headline | Summary | Outlet | Day |',
      '|:--|:--|:--|:--|',
      '| Ports share container data | The port authorities agreed to publish monthly container figures in one format. | Andina | 11 Mar 2024 |',
      '| Chile tests instant payments | The central bank started a six-month pilot of instant transfers between firms. | DF | 12 Mar 2024 |',
    ].join('\n');
    const r = readTextStructure(text);
    expect(r.text.split('\n').filter((l) => l.length > 0)).toEqual([
      'Ports share container data', '11 Mar 2024', 'The port authorities agreed to publish monthly container figures in one format.', 'Andina',
      'Chile tests instant payments', '12 Mar 2024', 'The central bank started a six-month pilot of instant transfers between firms.', 'DF',
    ]);
    expect(r.removed).toEqual(['| Headline | Summary | Outlet | Day |', '|:--|:--|:--|:--|']);
    // A table of figures (no date column, no text column) stays as written.
    const figures = '| País | 2023 | 2024 |\n|---|---|---|\n| Perú | 12 | 14 |\n| Chile | 9 | 11 |';
    expect(readTextStructure(figures).text).toBe(figures);
  });

  it('reads a line over a rule and a "** " line as headings, not a story’s last sentence over a rule', () => {
    expect(readTextStructure('** New guide\n-----\nNovember 10, 2023').text).toBe('## New guide\nNovember 10, 2023');
    expect(readTextStructure('\nNew guide\n=====\nText.').text).toBe('\n## New guide\nText.');
    const story = 'The guide is online.\n-----\nNext title';
    expect(readTextStructure(story).text).toBe(story);
    const sentence = '\nThe guide is online.\n-----\n';
    expect(readTextStructure(sentence).text).toBe(sentence);
  });
});
