/**
 * Help data for the search-syntax popover, in English and Spanish. Every example must find
 * bulletins in the archive a first run gives (the shared corpus, in English, with the starter
 * tags): query-help-examples.test.ts checks it, so the Spanish examples use words that also occur
 * in English text (names, "pro tempore").
 */

export interface SyntaxHelpItem {
  syntax: string;
  example: string;
  meaning: string;
}

const EN: SyntaxHelpItem[] = [
  { syntax: 'word word', example: 'fisheries chile', meaning: 'Bulletins containing all the words (accents and plurals ignored).' },
  { syntax: '"phrase"', example: '"national coordinators"', meaning: 'The words together, in this order.' },
  { syntax: 'a OR b', example: 'pesca OR fisheries', meaning: 'Either word. "a OR b c" means (a or b) and c.' },
  { syntax: '-word', example: 'trade -chile', meaning: 'Leave out bulletins containing the word or "-phrase".' },
  { syntax: 'tag:Name', example: 'tag:"Green Growth"', meaning: 'Tagged with this tag or one of its sub-tags.' },
  { syntax: 'country:Name', example: 'country:peru', meaning: 'Mentions this country.' },
  { syntax: 'org:Name', example: 'org:IDB', meaning: 'Mentions this organisation.' },
  { syntax: 'lang:es|en', example: 'lang:en', meaning: 'Written in this language.' },
  { syntax: 'year:YYYY', example: 'year:2023', meaning: 'Published in this year (or year:2021..2023).' },
  { syntax: 'date:from..to', example: 'date:2023-10..2023-11', meaning: 'Published in this period; either end may be left open (date:..2023-06).' },
  { syntax: 'title:word', example: 'title:webinar', meaning: 'The word appears in the title.' },
];

const ES: SyntaxHelpItem[] = [
  { syntax: 'palabra palabra', example: 'pesca chile', meaning: 'Boletines que contienen todas las palabras (sin importar tildes ni plurales).' },
  { syntax: '"frase"', example: '"pro tempore"', meaning: 'Las palabras juntas, en ese orden.' },
  { syntax: 'a OR b', example: 'pesca OR fisheries', meaning: 'Cualquiera de las dos. "a OR b c" significa (a o b) y c.' },
  { syntax: '-palabra', example: 'perú -chile', meaning: 'Excluye boletines que contienen la palabra o la "-frase".' },
  { syntax: 'tag:Nombre', example: 'tag:"Crecimiento Verde"', meaning: 'Con esta etiqueta o una de sus subetiquetas.' },
  { syntax: 'country:Nombre', example: 'country:peru', meaning: 'Menciona este país.' },
  { syntax: 'org:Nombre', example: 'org:BID', meaning: 'Menciona esta organización.' },
  { syntax: 'lang:es|en', example: 'lang:en', meaning: 'Escrito en este idioma.' },
  { syntax: 'year:AAAA', example: 'year:2023', meaning: 'Publicado ese año (o year:2021..2023).' },
  { syntax: 'date:desde..hasta', example: 'date:2023-10..2023-11', meaning: 'Publicado en ese período; un extremo puede quedar abierto (date:..2023-06).' },
  { syntax: 'title:palabra', example: 'title:webinar', meaning: 'La palabra aparece en el título.' },
];

/** Rows for the syntax help popover in the given UI language. */
export function describeQuerySyntax(language: 'en' | 'es' = 'en'): SyntaxHelpItem[] {
  return (language === 'es' ? ES : EN).map((item) => ({ ...item }));
}
