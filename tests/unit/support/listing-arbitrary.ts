/**
 * Generated bulletin listings for the nothing-lost properties: titles, datelines of every form the
 * splitter reads, subtitles, bullets, subheadings, paragraphs, chrome lines, blank lines or none.
 * `listingLines` gives the lines (for formats that lay them out: HTML, PDF, Word), `listing` the text.
 */
import fc from 'fast-check';

const WORDS = 'alliance pacific trade ministers cooperation fund youth women digital market lima bogotá santiago méxico reunión comercio cumbre plan meeting group the of and la de los en para with'.split(' ');
const word = fc.constantFrom(...WORDS);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const phrase = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const title = phrase(2, 12).map(cap);
const sentence = phrase(4, 25).map((s) => `${cap(s)}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const DATELINES = [
  'Lima, 12 de mayo de 2015 (Andina).-',
  'Ciudad de México, a 17 de febrero de 2023.-',
  'CIUDAD DE MÉXICO, febrero 17 (EL UNIVERSAL).-',
  'Punta Mita, México, 20 jun (SIG).',
  'Alianza del Pacífico (octubre 12/16).',
  '08:20 | Lima, ago. 1.',
  'August 4, 2023 –',
  '17 April, 2024.',
  'March 13th, 2023.-',
  'Bogotá, 5 sept. 2023 –',
  'November 9.-',
];
const dateline = fc.constantFrom(...DATELINES);
const CHROME = ['Read More »', 'Leer más', 'Compartir: Facebook X LinkedIn', 'Home » News', 'Inicio / Noticias', '-----', '* * *', 'Por Redacción EFE', '23 de diciembre de 2024 / Sin categoría', 'EVENTOS', 'COMUNICADO DE PRENSA'];
const chrome = fc.constantFrom(...CHROME);
const bullet = fc.tuple(fc.constantFrom('•', '-', '–'), phrase(2, 10)).map(([b, p]) => `${b} ${p}`);

const bulletin = fc
  .record({
    title,
    subtitle: fc.option(sentence, { nil: undefined }),
    bullets: fc.array(bullet, { maxLength: 3 }),
    dateline: fc.option(dateline, { nil: undefined }),
    first: paragraph,
    rest: fc.array(fc.oneof(paragraph, title, bullet, chrome), { maxLength: 4 }),
    prose: fc.boolean(),
    card: fc.boolean(),
  })
  .map((b) => {
    // Listing cards put the date above the title.
    if (b.card && b.dateline) return [b.dateline, b.title, b.first, ...b.rest];
    const lines = [b.title];
    if (b.subtitle) lines.push(b.subtitle);
    lines.push(...b.bullets);
    lines.push(b.dateline ? `${b.dateline} ${b.first}` : b.prose ? `On Wednesday, June 9, ${b.first.toLowerCase()}` : b.first);
    lines.push(...b.rest);
    return lines;
  });

export const listingLines = fc
  .record({ bulletins: fc.array(bulletin, { minLength: 1, maxLength: 6 }), gaps: fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\n  \n'), { minLength: 1, maxLength: 8 }), masthead: fc.boolean() })
  .map(({ bulletins, gaps, masthead }) => ({ lines: [...(masthead ? ['BOLETÍN INFORMATIVO', 'Número 12'] : []), ...bulletins.flat()], gaps }));

/** A generated listing as one text, lines parted by the generated gaps (one or more newlines). */
export const listing = listingLines.map(({ lines, gaps }) => lines.map((l, i) => l + (gaps[i % gaps.length] as string)).join(''));

