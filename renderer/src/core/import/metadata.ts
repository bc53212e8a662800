/**
 * Metadata guessed from a bulletin's text: language, countries and organisations mentioned.
 * Matching runs on folded text (see `foldText`) so accents and case never matter, except for
 * acronyms, which must be written in capitals to count ("UN", not "un").
 *
 * Speed: the text is folded once and scanned once into word tokens; every name pattern below is
 * expanded at load time into the finite set of strings it matches, indexed by its first word, so
 * a bulletin costs one Map lookup per word instead of one regex search per name over the whole
 * text. The results equal those of searching each pattern as a word-bounded regex.
 */
import type { Language } from '../model';
import { foldText } from '../text/fold';
import { expandPattern } from './pattern-expand';
import { type Scan, hashWord, isWordCodePoint, scanWords } from './word-scan';

const STOP_WORDS: Record<'es' | 'en' | 'pt' | 'fr' | 'it' | 'de', string> = {
  es: 'el los las del y que por con para una un se al es su sus como mas fue este esta entre sobre tambien ha han lo le',
  en: 'the of and to in is for on with that by was as at from this are which be has have an it their were will',
  pt: 'o os da do das dos e em para com uma um que nao mais foi ao pelo pela sao tambem',
  fr: 'le les des et du est une un dans pour pas sur au avec ce qui sont ont aux cette',
  it: 'il gli della delle e che per con una un sono nel alla dei degli questo anche',
  de: 'der die das und ist mit den von zu auf fur nicht ein eine dem des sich auch',
};
const PROFILE_LANGS = Object.keys(STOP_WORDS);

interface Entry {
  text: string;
  /** Indexes of the languages (into PROFILE_LANGS) or entities (into their table) it stands for. */
  ids: number[];
}

/** Adds `text` → `id` to a table keyed by the hash of `key` (the text's first word). */
function addEntry(table: Map<number, Entry[]>, key: string, text: string, id: number): void {
  const h = hashWord(key);
  const list = table.get(h) ?? [];
  const entry = list.find((e) => e.text === text);
  if (entry) entry.ids.push(id);
  else list.push({ text, ids: [id] });
  table.set(h, list);
}

/** Stop word → the profiles that list it. */
const STOP_INDEX = new Map<number, Entry[]>();
Object.values(STOP_WORDS).forEach((list, lang) => {
  for (const w of new Set(list.split(' '))) addEntry(STOP_INDEX, w, w, lang);
});
/** Only this much of the text is read to guess its language. */
const LANGUAGE_SAMPLE = 20_000;

/** `scan` is the scan of `folded`; every `\p{L}+` run that is a stop word counts for its profiles. */
function languageFromScan(folded: string, scan: Scan): Language {
  const hits = PROFILE_LANGS.map(() => 0);
  const { runHash, runStart, runEnd } = scan;
  for (let r = 0; r < runHash.length; r++) {
    const entries = STOP_INDEX.get(runHash[r] ?? 0);
    if (!entries) continue;
    const at = runStart[r] ?? 0;
    const length = (runEnd[r] ?? 0) - at;
    for (const { text, ids } of entries) {
      if (text.length === length && folded.startsWith(text, at)) for (const l of ids) hits[l] = (hits[l] ?? 0) + 1;
    }
  }
  let best = 'other';
  let bestHits = 0;
  let second = 0;
  PROFILE_LANGS.forEach((lang, i) => {
    const n = hits[i] ?? 0;
    if (n > bestHits) [second, bestHits, best] = [bestHits, n, lang];
    else if (n > second) second = n;
  });
  // Too few function words (a title, a list of names) or a tie: do not guess.
  if (bestHits < 2 || bestHits === second) return 'other';
  return best === 'es' || best === 'en' ? best : 'other';
}

/** Spanish, English or other, by which stop-word profile the text hits most. */
export function detectLanguage(text: string): Language {
  const folded = foldText(text.slice(0, LANGUAGE_SAMPLE));
  return languageFromScan(folded, scanWords(folded));
}

/** Spanish adjective endings: chileno, chilena, chilenos, chilenas. */
const ADJ = '(?:o|a|os|as)';
/** Canonical English name → folded patterns (regex sources, word-bounded when matched). */
const COUNTRIES: [string, string][] = [
  ['Chile', `chile|chileans?|chilen${ADJ}`],
  ['Colombia', `colombia|colombians?|colombian${ADJ}`],
  ['Mexico', `mexico|mejico|mexicans?|mexican${ADJ}`],
  ['Peru', `peru|peruvians?|peruan${ADJ}`],
  ['Argentina', `argentina|argentine|argentinians?|argentin${ADJ}`],
  ['Ecuador', `ecuador|ecuadorians?|ecuatorian${ADJ}`],
  ['Costa Rica', 'costa rica|costa ricans?|costarricenses?'],
  ['Panama', `panama|panamanians?|panamen${ADJ}`],
  ['Uruguay', `uruguay|uruguayans?|uruguay${ADJ}`],
  ['Paraguay', `paraguay|paraguayans?|paraguay${ADJ}`],
  ['Bolivia', `bolivia|bolivians?|bolivian${ADJ}`],
  ['Brazil', `brazil|brasil|brazilians?|brasilen${ADJ}|brasiler${ADJ}`],
  ['Guatemala', `guatemala|guatemalans?|guatemaltec${ADJ}`],
  ['Honduras', `honduras|hondurans?|honduren${ADJ}`],
  ['Dominican Republic', 'dominican republic|republica dominicana'],
  ['El Salvador', `el salvador|salvadorans?|salvadoren${ADJ}`],
  ['Venezuela', `venezuela|venezuelans?|venezolan${ADJ}`],
  ['Cuba', 'cuba|cubans?'],
  ['Canada', 'canada|canadians?|canadienses?'],
  ['United States', 'united states(?: of america)?|estados unidos|ee\\.? ?uu\\.?|u\\.s\\.a?\\.?|usa|estadounidenses?'],
  ['Spain', 'spain|espana'],
  ['Portugal', 'portugal'],
  ['Japan', `japan|japon|japanese|japones(?:a|es|as)?`],
  ['South Korea', `(?:south |republic of )?korea|(?:republica de )?corea(?: del sur)?|south koreans?|koreans?|corean${ADJ}`],
  ['China', `china|chinese|chin${ADJ}`],
  ['Australia', `australia|australians?|australian${ADJ}`],
  ['New Zealand', 'new zealand|nueva zelanda|nueva zelandia'],
  ['Singapore', 'singapore|singapur'],
  ['India', 'india'],
  ['Indonesia', `indonesia|indonesians?|indonesi${ADJ}`],
  ['Thailand', 'thailand|tailandia'],
  ['Philippines', 'philippines|filipinas'],
  ['Vietnam', 'viet ?nam'],
  ['Timor-Leste', 'timor[- ]leste|east timor|timor oriental'],
  ['Germany', 'germany|alemania'],
  ['France', 'france|francia'],
  ['Italy', 'italy|italia'],
  ['United Kingdom', 'united kingdom|reino unido|great britain|gran bretana|uk'],
  ['Netherlands', 'netherlands|paises bajos|holland|holanda'],
  ['Switzerland', 'switzerland|suiza'],
  ['Turkey', 'turkey|turkiye|turquia'],
  ['Israel', 'israel'],
  ['Morocco', 'morocco|marruecos'],
  ['Ukraine', 'ukraine|ucrania'],
  ['Trinidad and Tobago', 'trinidad (?:and|y) tobago'],
];

/** Canonical acronym → [acronyms that must appear in capitals, folded full names]. */
const ORGANISATIONS: [string, string, string][] = [
  ['IDB', 'IDB|BID|IADB', 'inter-?american development bank|banco interamericano de desarrollo'],
  ['OECD', 'OECD|OCDE', 'organi[sz]ation for economic co-?operation and development|organizacion para la cooperacion y (?:el )?desarrollo economicos?'],
  ['ECLAC', 'ECLAC|CEPAL', 'economic commission for latin america(?: and the caribbean)?|comision economica para america latina(?: y el caribe)?'],
  ['ASEAN', 'ASEAN|ANSEA', 'association of south ?east asian nations|asociacion de (?:las )?naciones del sudeste asiatico'],
  ['MERCOSUR', 'MERCOSUR|MERCOSUL|Mercosur|Mercosul', 'mercado comun del sur|southern common market'],
  ['CEAP', 'CEAP', '(?:pa|pacific alliance) business council|consejo empresarial de la alianza del pacifico'],
  ['IMARPE', 'IMARPE', 'instituto del mar del peru'],
  ['IFOP', 'IFOP', 'instituto de fomento pesquero'],
  ['INIDEP', 'INIDEP', 'instituto (?:nacional )?de investigacion y desarrollo pesquero'],
  ['CAF', 'CAF', 'development bank of latin america|banco de desarrollo de america latina|corporacion andina de fomento'],
  ['APEC', 'APEC', 'asia-? ?pacific economic cooperation|foro de cooperacion economica asia-? ?pacifico'],
  ['WTO', 'WTO|OMC', 'world trade organi[sz]ation|organizacion mundial del comercio'],
  ['FAO', 'FAO', 'food and agriculture organi[sz]ation|organizacion de las naciones unidas para la alimentacion y la agricultura'],
  ['ILO', 'ILO|OIT', 'international labou?r organi[sz]ation|organizacion internacional del trabajo'],
  ['UNDP', 'UNDP|PNUD', 'united nations development programme|programa de las naciones unidas para el desarrollo'],
  ['UN', 'UN|ONU', 'united nations|naciones unidas|organizacion de las naciones unidas'],
  ['EU', 'EU|UE', 'european union|union europea'],
  ['IMF', 'IMF|FMI', 'international monetary fund|fondo monetario internacional'],
  ['World Bank', 'WB', 'world bank|banco mundial'],
  ['OAS', 'OAS|OEA', 'organi[sz]ation of american states|organizacion de (?:los )?estados americanos'],
  ['UNESCO', 'UNESCO', 'united nations educational, scientific and cultural organi[sz]ation'],
  ['WHO', 'WHO|OMS', 'world health organi[sz]ation|organizacion mundial de la salud'],
  ['PAHO', 'PAHO|OPS', 'pan american health organi[sz]ation|organizacion panamericana de la salud'],
  ['UNCTAD', 'UNCTAD', 'united nations conference on trade and development'],
  ['PROCOLOMBIA', 'ProColombia|PROCOLOMBIA', 'procolombia'],
  ['PROMPERU', 'PROMPERÚ|PROMPERU|PromPerú|PromPeru', 'promperu'],
];

/** The leading word (letters and digits) of a phrase: the token a match must start with. */
function firstWord(phrase: string): string {
  let end = 0;
  while (end < phrase.length) {
    const cp = phrase.codePointAt(end) ?? 0;
    if (!isWordCodePoint(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return phrase.slice(0, end);
}

/** Hash of the first word → the phrases (all expansions of every pattern) that start with it. */
function phraseIndex(patterns: readonly string[]): Map<number, Entry[]> {
  const index = new Map<number, Entry[]>();
  patterns.forEach((pattern, entity) => {
    for (const text of expandPattern(pattern)) addEntry(index, firstWord(text), text, entity);
  });
  return index;
}

const COUNTRY_INDEX = phraseIndex(COUNTRIES.map(([, src]) => src));
const ORG_FULL_INDEX = phraseIndex(ORGANISATIONS.map(([, , full]) => full));
/** Acronyms are single words, so a word either is one or is not. */
const ORG_ACRONYMS = new Map<number, Entry[]>();
ORGANISATIONS.forEach(([, acr], entity) => {
  for (const a of expandPattern(acr)) {
    if (firstWord(a) !== a) throw new Error(`acronym ${JSON.stringify(a)} is not a single word`);
    addEntry(ORG_ACRONYMS, a, a, entity);
  }
});

/** True when `text` has no letter or digit at `at` (or ends there): the end of a word-bounded match. */
function endsWord(text: string, at: number): boolean {
  return at >= text.length || !isWordCodePoint(text.codePointAt(at) ?? 0);
}

/**
 * Position of the first word-bounded match of each entity in `folded` (-1 when none), the same
 * as `folded.search(/(?<![\p{L}\p{N}])(?:pattern)(?![\p{L}\p{N}])/u)` for each pattern.
 */
function firstMatches(folded: string, scan: Scan, index: ReadonlyMap<number, Entry[]>, count: number): number[] {
  const first = new Array<number>(count).fill(-1);
  const { wordHash, wordStart } = scan;
  for (let w = 0; w < wordHash.length; w++) {
    const phrases = index.get(wordHash[w] ?? 0);
    if (!phrases) continue;
    const at = wordStart[w] ?? 0;
    // A phrase that starts at a word start and ends at a word end is a word-bounded match; a
    // hash collision fails the startsWith.
    for (const { text, ids } of phrases) {
      if (!folded.startsWith(text, at) || !endsWord(folded, at + text.length)) continue;
      for (const e of ids) if (first[e] === -1) first[e] = at;
    }
  }
  return first;
}

/** Names in first-mention order; ties keep the table order. */
function firstMentionOrder(names: readonly string[], positions: readonly number[]): string[] {
  return names
    .map((name, i) => [name, positions[i] ?? -1] as const)
    .filter(([, i]) => i >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
}

const COUNTRY_NAMES = COUNTRIES.map(([name]) => name);
const ORG_NAMES = ORGANISATIONS.map(([name]) => name);

function countriesOf(folded: string, scan: Scan): string[] {
  return firstMentionOrder(COUNTRY_NAMES, firstMatches(folded, scan, COUNTRY_INDEX, COUNTRIES.length));
}

/** Canonical English names of the countries mentioned, in first-mention order. */
export function findCountries(text: string): string[] {
  const folded = foldText(text);
  return countriesOf(folded, scanWords(folded));
}

const CAPS_WORD = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu;

/**
 * An acronym written in capitals counts unless it sits in an all-caps passage ("UN ENCUENTRO
 * REGIONAL" is Spanish "un", not the United Nations): two-letter acronyms need fewer than two
 * other all-caps words within 30 characters.
 */
function acronymCounts(text: string, at: number, acronym: string): boolean {
  if (acronym.length > 2) return true;
  const around = text.slice(Math.max(0, at - 30), at + acronym.length + 30);
  const capsWords = around.match(CAPS_WORD) ?? [];
  return capsWords.filter((w) => w !== acronym).length < 2;
}

/** Position in `text` (original case) of each organisation's first counted acronym, or -1. */
function acronymPositions(text: string): number[] {
  const first = new Array<number>(ORGANISATIONS.length).fill(-1);
  const { wordHash, wordStart, wordEnd } = scanWords(text);
  for (let w = 0; w < wordHash.length; w++) {
    const entries = ORG_ACRONYMS.get(wordHash[w] ?? 0);
    if (!entries) continue;
    const at = wordStart[w] ?? 0;
    const length = (wordEnd[w] ?? 0) - at;
    for (const { text: acronym, ids } of entries) {
      if (acronym.length !== length || !text.startsWith(acronym, at)) continue;
      for (const e of ids) if (first[e] === -1 && acronymCounts(text, at, acronym)) first[e] = at;
    }
  }
  return first;
}

function organisationsOf(text: string, folded: string, scan: Scan): string[] {
  const acr = acronymPositions(text);
  const full = firstMatches(folded, scan, ORG_FULL_INDEX, ORGANISATIONS.length);
  // The earlier of the two mentions (acronym positions count in the original text, as always).
  const positions = acr.map((a, i) => {
    const f = full[i] ?? -1;
    return a < 0 ? f : f < 0 ? a : Math.min(a, f);
  });
  return firstMentionOrder(ORG_NAMES, positions);
}

/** Canonical acronyms of the organisations mentioned, in first-mention order. */
export function findOrganisations(text: string): string[] {
  const folded = foldText(text);
  return organisationsOf(text, folded, scanWords(folded));
}

export interface TextMetadata {
  language: Language;
  countries: string[];
  organisations: string[];
}

/**
 * Language, countries and organisations of a text in one pass: the same results as
 * `detectLanguage`, `findCountries` and `findOrganisations`, folding and scanning the text once.
 */
export function extractMetadata(text: string): TextMetadata {
  const folded = foldText(text);
  const scan = scanWords(folded);
  return {
    // Only the first 20,000 characters count: reuse the scan unless the text is longer.
    language: text.length <= LANGUAGE_SAMPLE ? languageFromScan(folded, scan) : detectLanguage(text),
    countries: countriesOf(folded, scan),
    organisations: organisationsOf(text, folded, scan),
  };
}
