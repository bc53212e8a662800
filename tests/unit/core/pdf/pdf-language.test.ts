import { describe, expect, it } from 'vitest';
import { buildDossierPdf } from '../../../../renderer/src/core/pdf';
import { pdfWordsFor } from '../../../../renderer/src/core/pdf/words';
import { loadFonts, makeBulletin, makeInput, openPdf } from './pdf-helpers';

const NOW = new Date(2023, 11, 1);

describe('a dossier PDF is written in the dossier language', () => {
  // The same Spanish-dated bulletins; only the dossier's language differs.
  const bulletins = [makeBulletin(1, { date: '2023-10-30' }), makeBulletin(2, { date: '2023-11-14' })];

  it('English: Contents, Page X of Y, English dates', async () => {
    const bytes = await buildDossierPdf(makeInput(bulletins, { language: 'en', grouping: 'month' }), loadFonts(), { now: NOW, labels: pdfWordsFor('en') });
    const pdf = await openPdf(bytes);
    const all = pdf.pages.map((p) => p.text).join('\n');
    expect(all).toContain('Contents');
    expect(all).toContain('Page 1 of');
    expect(all).toContain('30 October 2023');
    expect(all).toContain('PERIOD COVERED');
    expect(all).not.toMatch(/Índice|Página|de octubre/);
    expect(pdf.outline.map((o) => o.title)).toEqual(['October 2023', 'November 2023']);
  });

  it('Spanish: Índice, Página X de Y, "30 de octubre de 2023"', async () => {
    const bytes = await buildDossierPdf(makeInput(bulletins, { language: 'es', grouping: 'month' }), loadFonts(), { now: NOW, labels: pdfWordsFor('es') });
    const pdf = await openPdf(bytes);
    const all = pdf.pages.map((p) => p.text).join('\n');
    expect(all).toContain('Índice');
    expect(all).toContain('Página 1 de');
    expect(all).toContain('30 de octubre de 2023');
    expect(all).toContain('1 de diciembre de 2023'); // compiled on
    expect(all).not.toMatch(/Contents|Page \d+ of|30 October/);
    expect(pdf.outline.map((o) => o.title)).toEqual(['Octubre de 2023', 'Noviembre de 2023']);
  });
});
