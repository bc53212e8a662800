/**
 * Repairs words glued together by copy-paste from PDFs and web pages ("Fisheries andAquaculture",
 * "Development ofMSMEs"): the space between a lower-case word and the capitalised word or acronym
 * after it was lost. Only joins whose both halves are known words are split, so real camel-case
 * names ("iPhone", "McDonald", "LinkedIn", "YouTube", "PyMEs") stay as they are.
 */
import { builtInGlossary } from '../search/glossary';
import { STOP_WORDS } from '../search/stopwords';
import { STOP_WORDS as LANGUAGE_WORDS, ORGANISATIONS } from '../import/metadata-names';
import { foldText } from './fold';
import { pushAll } from '../arrays';

// Words of Pacific Alliance news the core's other lists lack; halves of a join are looked up here.
const EXTRA =
  'alliance pacific fisheries fishery aquaculture artisanal research institutions institutes network development ' +
  'entrepreneurship enterprises companies business council ministers minister ministry meeting summit group groups ' +
  'technical cooperation fund project projects programme program platform public private dialogue roadmap trade ' +
  'countries country region regional members member states observer associate national coordinators presidency ' +
  'women youth students scholarships education climate change digital economy market markets services innovation ' +
  'tourism health culture environment oceans plastics exporters exporting exports investment integration security ' +
  'alianza pacifico pesca acuicultura desarrollo empresas pymes mipymes consejo ministros reunion cumbre grupo ' +
  'tecnico cooperacion fondo proyecto programa plataforma dialogo comercio paises region miembros estados ' +
  'observadores coordinadores presidencia mujeres jovenes becas educacion cambio climatico economia mercado ' +
  'servicios innovacion turismo salud cultura ambiente exportadores inversion integracion seguridad ' +
  'chile colombia mexico peru lima bogota santiago ecuador';

// Left as they are even when both halves are words ("You" + "Tube", "Linked" + "In").
const NAMES = new Set(['youtube', 'linkedin', 'whatsapp', 'iphone', 'ipad', 'mcdonald', 'pymes', 'mipymes', 'facebook', 'powerpoint', 'javascript', 'paypal', 'tiktok']);

let dictionary: Set<string> | null = null;

/** The folded word list, built on first use from the stop words, glossary and metadata names. */
function words(): Set<string> {
  if (dictionary) return dictionary;
  const all = [...STOP_WORDS, ...Object.values(LANGUAGE_WORDS).join(' ').split(' '), ...EXTRA.split(' ')];
  for (const { es, en } of builtInGlossary()) pushAll(all, foldText(`${es} ${en}`).split(/[^\p{L}]+/u));
  for (const [acronym, , names] of ORGANISATIONS) pushAll(all, [acronym.toLowerCase(), ...names.split(/[^a-z]+/u)]);
  dictionary = new Set(all.filter((w) => w.length > 0));
  return dictionary;
}

// A letter run: a lower-case (or capitalised) word, then a capitalised word or an acronym ("MSMEs").
const JOIN = /(?<![\p{L}\p{N}])(\p{L}\p{Ll}+)(\p{Lu}\p{Ll}+|\p{Lu}{2,}s?)(?![\p{L}\p{N}])/gu;
// Latin letters only, without Unicode classes: this test runs on every imported body.
const ANY_JOIN = /[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/;

function isWord(folded: string): boolean {
  return words().has(folded) || (folded.endsWith('s') && words().has(folded.slice(0, -1)));
}

function shouldSplit(left: string, right: string): boolean {
  if (NAMES.has(foldText(left + right))) return false;
  const l = foldText(left);
  // A lower-case function word glued to any capitalised word ("andTechnology", "deValparaíso"):
  // brand names start with a capital ("InDesign", "YouTube") or a single letter ("iPhone").
  if (left === left.toLowerCase() && STOP_WORDS.has(l) && right.length >= 3) return true;
  if (!isWord(l)) return false;
  // A short capitalised prefix on a name is the name's own spelling (agencies' "ProColombia",
  // "ProChile", "PromPerú"); a space lost after a whole capitalised word has a longer left half.
  if (left !== left.toLowerCase() && left.length <= 4) return false;
  // An acronym ("MSMEs", "IDB") is a word by its shape; a capitalised half must be known and not tiny.
  if (/^\p{Lu}{2,}s?$/u.test(right)) return true;
  return right.length >= 3 && isWord(foldText(right));
}

/** `text` with glued lower→Upper joins of two known words split by a space. Pure and total. */
export function repairGluedWords(text: string): string {
  if (!ANY_JOIN.test(text)) return text;
  return text.replace(JOIN, (all, left: string, right: string) => (shouldSplit(left, right) ? `${left} ${right}` : all));
}
