/** A news page's headline and date over the wire's own dateline: one story, not a caption "story" and an untitled one. */
import { describe, expect, it } from 'vitest';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';
import { mergePageHeaders, withoutLoneStoryHead, withoutPageTails } from '../../../../renderer/src/core/import/header-merge';
import type { SplitBulletin } from '../../../../renderer/src/core/import/splitter';

const PAGE = [
  'Chile and Peru extend border hours for freight',
  'Nov 14, 2023 09:15 a.m. EST',
  'Trucks wait at the Chacalluta border post near Arica. REUTERS/Ivan Alvarado',
  'SANTIAGO, Nov 14 (Reuters) - Chile and Peru agreed on Tuesday to keep the Chacalluta-Santa Rosa crossing open around the clock for freight.',
  '',
  'The measure starts next month and will be reviewed after the summer season.',
].join('\n');

const unit = (title: string, paragraphs: string[], titleFromBody = false, date: string | null = '2023-11-14'): SplitBulletin =>
  ({ title, titleFromBody, date, precision: 'day', place: null, paragraphs });

describe('mergePageHeaders', () => {
  it('reads a copied news page as one story: its headline and date, the wire text, the caption set aside', () => {
    const r = importPlainTextResult(PAGE, 'page.txt');
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]?.title).toBe('Chile and Peru extend border hours for freight');
    expect(r.bulletins[0]?.date).toBe('2023-11-14');
    expect(r.bulletins[0]?.body.startsWith('Chile and Peru agreed on Tuesday')).toBe(true);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });

  it('joins only a titled unit of short leftovers to an untitled unit of the same date', () => {
    const text = 'The measure starts next month and will be reviewed after the summer season.';
    expect(mergePageHeaders([unit('Head', ['EST']), unit(text, [text], true)]).bulletins).toHaveLength(1);
    // A real story (a sentence), another date, or a titled next unit: left as they are.
    expect(mergePageHeaders([unit('Head', ['It opened today.']), unit(text, [text], true)]).bulletins).toHaveLength(2);
    expect(mergePageHeaders([unit('Head', ['EST']), unit(text, [text], true, '2023-11-15')]).bulletins).toHaveLength(2);
    expect(mergePageHeaders([unit('Head', ['EST']), unit('Other', [text])]).bulletins).toHaveLength(2);
  });
});

describe('withoutPageTails', () => {
  const story = 'The ministers agreed on a roadmap for the single window.';
  it('sets aside the run of short unfinished lines after a story and a unit made only of them', () => {
    const tail = ['Like', 'Comment', 'Share', '72', 'More articles by Ana Ruiz'];
    const r = withoutPageTails([unit('Roadmap agreed', [story, ...tail]), unit('Signatures: a quick guide', ['Other people also viewed', 'Explore topics'])]);
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]?.paragraphs).toEqual([story]);
    expect(r.removed).toEqual([...tail, 'Signatures: a quick guide', 'Other people also viewed', 'Explore topics']);
  });

  it('keeps a short closing list, a bullet list and a next story with text', () => {
    const bullets = ['• Chile', '• Colombia', '• Mexico', '• Peru'];
    const units = [unit('A', [story, 'Press office', 'Tel. 123']), unit('B', [story, ...bullets]), unit('C', [story])];
    expect(withoutPageTails(units).bulletins).toEqual(units);
  });

  it('imports a copied profile article without its reaction bar and related titles, nothing lost', () => {
    const text = ['Roadmap agreed for the single window', 'Published Oct 18, 2023', story, 'The pilot starts in March and will be reviewed in June.',
      'Like', 'Celebrate', 'Support', '72', '8 comments', 'More articles by Ana Ruiz', 'Signatures and single windows: a quick guide', 'Jul 11, 2022', 'Explore topics', 'Sales'].join('\n');
    const r = importPlainTextResult(text, 'article.txt');
    expect(r.bulletins.map((b) => b.title)).toEqual(['Roadmap agreed for the single window']);
    expect(r.bulletins[0]?.body.endsWith('reviewed in June.')).toBe(true);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });
});

describe('withoutLoneStoryHead', () => {
  const story = 'The ministers agreed on a roadmap for the single window.';
  it('sets aside two or more short unfinished lines before a lone story’s first sentence', () => {
    const r = withoutLoneStoryHead([unit('Roadmap agreed', ['Trade policy lead | E-commerce | Pacific Alliance', '• Follow', story])]);
    expect(r.bulletins[0]?.paragraphs).toEqual([story]);
    expect(r.removed).toEqual(['Trade policy lead | E-commerce | Pacific Alliance', '• Follow']);
  });

  it('keeps one such line (a deck), and leaves every unit of a listing alone', () => {
    const deck = [unit('Roadmap agreed', ['A first step', story])];
    expect(withoutLoneStoryHead(deck).bulletins).toEqual(deck);
    const listing = [unit('A', ['Label', 'Kicker', story]), unit('B', [story])];
    expect(withoutLoneStoryHead(listing).bulletins).toEqual(listing);
  });
});

describe('a page tail holding a newsletter box', () => {
  const story = (paragraphs: string[]) => ({ title: 'T', titleFromBody: false, date: null, precision: 'unknown' as const, place: null, paragraphs });
  const last = 'Los gremios exportadores advirtieron que los costos logísticos siguen altos y pidieron acelerar la agenda de puertos.';
  it('sets aside related links under a label and a sign-up blurb between short lines', () => {
    const tail = ['Lea más en Bloomberg Línea:', 'Chile recorta su previsión para 2024', 'El peso colombiano se fortalece', 'Síganos en las redes', 'Newsletter Línea Financiera', 'Reciba las noticias más importantes del día en su correo.', 'Suscribirme', 'Términos de uso'];
    const r = withoutPageTails([story([last, ...tail])]);
    expect(r.bulletins[0]?.paragraphs).toEqual([last]);
    expect(r.removed).toEqual(tail);
  });
  it('keeps a story whose short last sentences have fewer than four unfinished lines around them', () => {
    const paragraphs = [last, 'Newsletter', 'Reciba las noticias en su correo.', 'Fin del texto.'];
    expect(withoutPageTails([story(paragraphs)]).bulletins[0]?.paragraphs).toEqual(paragraphs);
  });
});
