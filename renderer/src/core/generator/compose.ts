/**
 * Builds the pieces of one bulletin (title, dateline, paragraphs) from templates, entities and
 * Zipf-distributed vocabulary. Sentences are not grammatical, but their word statistics (function
 * words, a long tail, repeated topic words, names, numbers) resemble real bulletins.
 */
import {
  FIRST_NAMES, MONTHS_EN, MONTHS_ES, ORGANISATIONS, ROMAN, SURNAMES,
  type CountryName, type Organisation, type WorkingGroup,
} from './entities';
import type { ParsedBulletin } from '../model';
import { type Random, pick, randInt } from './prng';
import { type GenLanguage, type Vocabulary, zipfWord } from './vocabulary';

/** What a bulletin is about; fixed before any text is written. */
export interface Subject {
  language: GenLanguage;
  group: WorkingGroup;
  host: CountryName;
  city: string;
  /** Countries named in the text (canonical English names), host first. */
  countries: CountryName[];
  organisations: Organisation[];
  /** ISO date. */
  date: string;
  /** A dozen content words this bulletin keeps coming back to. */
  topicWords: string[];
}

const PA = { en: 'Pacific Alliance', es: 'Alianza del Pacífico' } as const;

function countryName(c: CountryName, lang: GenLanguage): string {
  return lang === 'en' ? c.en : c.es;
}

function listOf(items: string[], lang: GenLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'en' ? 'and' : 'y';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

function person(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)} ${pick(random, SURNAMES)}`;
}

/** A title from one of the language's templates; never ends with a full stop. */
export function composeTitle(s: Subject, random: Random): string {
  const g = s.group;
  const org = s.organisations[0] ?? pick(random, ORGANISATIONS);
  const ord = pick(random, ROMAN);
  const year = s.date.slice(0, 4);
  if (s.language === 'en') {
    const host = s.host.en;
    const templates = [
      () => `${host} hosts meeting of the ${g.en} of the ${PA.en}`,
      () => `${PA.en} ${g.en} holds its ${ord} meeting in ${s.city}`,
      () => `${org.acronym} and the ${PA.en} sign cooperation agreement on ${g.topicEn}`,
      () => `Webinar on ${g.topicEn} organized by the ${g.en} of the ${PA.en} was widely attended`,
      () => `${PA.en} countries agree on a roadmap for ${g.topicEn} ${year}-${Number(year) + 1}`,
      () => `${ord} Meeting of the ${g.en} promotes ${g.topicEn} in the region`,
      () => `Joint Press Release | Meeting between the ${org.en} and the National Coordinators of the ${PA.en}`,
      () => `Successful completion of the ${PA.en}'s project on ${g.topicEn}`,
      () => `Ministers of the ${PA.en} highlight progress on ${g.topicEn} in ${s.city}`,
    ];
    return pick(random, templates)();
  }
  const host = s.host.es;
  const templates = [
    () => `La ${PA.es} impulsa ${g.topicEs} en la región`,
    () => `${host} acoge reunión del ${g.es} de la ${PA.es}`,
    () => `Concluye con éxito el proyecto sobre ${g.topicEs} de la ${PA.es}`,
    () => `Ministros de la ${PA.es} acuerdan hoja de ruta sobre ${g.topicEs}`,
    () => `El ${org.acronym} y la ${PA.es} firman acuerdo de cooperación sobre ${g.topicEs}`,
    () => `Se realizó el ${ord} Encuentro del ${g.es} en ${s.city}`,
    () => `Comunicado conjunto | La ${PA.es} y ${org.es} refuerzan su cooperación`,
    () => `${g.es} de la ${PA.es} presenta resultados ${year}`,
  ];
  return pick(random, templates)();
}

/**
 * The dateline that opens a bulletin's first paragraph, as a pure function of the bulletin so the
 * text writer can recreate it: "November 14, 2023.-" or "9 November 2023.-" (English, style by
 * day parity), "Lima, 21 de noviembre de 2023.-" or "21 de noviembre de 2023.-" (Spanish).
 */
export function formatDateline(b: Pick<ParsedBulletin, 'date' | 'place' | 'language'>): string | null {
  if (b.date === null) return null;
  const [y, m, d] = b.date.split('-').map(Number);
  const day = d ?? 1;
  const monthIndex = (m ?? 1) - 1;
  if (b.language === 'en') {
    const month = MONTHS_EN[monthIndex] ?? 'January';
    const text = day % 2 === 0 ? `${month} ${day}, ${y}.-` : `${day} ${month} ${y}.-`;
    return b.place ? `${b.place}, ${text}` : text;
  }
  const core = `${day} de ${MONTHS_ES[monthIndex] ?? 'enero'} de ${y}.-`;
  return b.place ? `${b.place}, ${core}` : core;
}

function amount(random: Random, lang: GenLanguage): string {
  const n = randInt(random, 5, 950) * 1000 + randInt(random, 0, 9) * 100;
  const formatted = lang === 'en' ? n.toLocaleString('en-US') : n.toLocaleString('en-US').replace(/,/g, '.');
  return `USD ${formatted}`;
}

/** A run of Zipf words, sometimes a topic word or a number, never empty. */
function wordRun(v: Vocabulary, s: Subject, random: Random, length: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.08 && s.topicWords.length > 0) out.push(pick(random, s.topicWords));
    else if (r < 0.085) out.push(String(randInt(random, 2, 250)));
    else {
      // Redraw an immediate repeat once: "the the" is rare in real prose.
      let w = zipfWord(v, random);
      if (w === out[out.length - 1]) w = zipfWord(v, random);
      out.push(w);
    }
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence, ending with a full stop. */
export function composeSentence(v: Vocabulary, s: Subject, random: Random): string {
  const lang = s.language;
  const r = random();
  const run = (min: number, max: number): string => wordRun(v, s, random, randInt(random, min, max)).join(' ');
  const countries = listOf(s.countries.map((c) => countryName(c, lang)), lang);
  const org = pick(random, s.organisations.length > 0 ? s.organisations : ORGANISATIONS);
  if (r < 0.08) {
    return lang === 'en'
      ? `The event was attended by representatives of ${countries}, the ${org.en} (${org.acronym}) and the ${s.group.en}.`
      : `El evento contó con la participación de representantes de ${countries}, ${org.acronym} (${org.es}) y el ${s.group.es}.`;
  }
  if (r < 0.16) {
    const who = person(random);
    return lang === 'en'
      ? `${who}, coordinator of the ${s.group.en} of ${countryName(s.host, lang)}, said that "${run(8, 20)}".`
      : `${who}, coordinador del ${s.group.es} de ${countryName(s.host, lang)}, señaló que «${run(8, 20)}».`;
  }
  if (r < 0.2) {
    return lang === 'en'
      ? `The initiative was financed by the ${PA.en} Cooperation Fund with ${amount(random, lang)}, ${run(6, 14)}.`
      : `La iniciativa fue financiada por el Fondo de Cooperación de la ${PA.es} con ${amount(random, lang)}, ${run(6, 14)}.`;
  }
  if (r < 0.26) {
    const where = lang === 'en' ? `in ${s.city}, ${s.host.en}` : `en ${s.city}, ${s.host.es}`;
    return `${capitalise(run(5, 12))} ${where} ${run(4, 10)}.`;
  }
  if (r < 0.32) {
    const pa = lang === 'en' ? `the ${PA.en}` : `la ${PA.es}`;
    return `${capitalise(run(4, 10))} ${pa} ${run(5, 14)}.`;
  }
  return `${capitalise(run(9, 28))}.`;
}

/** Joins sentences into paragraphs until the body has at least `targetWords` words. */
export function composeBody(v: Vocabulary, s: Subject, random: Random, targetWords: number): string {
  const paragraphs: string[] = [];
  let words = 0;
  let current: string[] = [];
  let sentencesLeft = randInt(random, 2, 5);
  while (words < targetWords) {
    const sentence = composeSentence(v, s, random);
    current.push(sentence);
    words += sentence.split(' ').length;
    sentencesLeft--;
    if (sentencesLeft === 0) {
      paragraphs.push(current.join(' '));
      current = [];
      sentencesLeft = randInt(random, 2, 5);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}
