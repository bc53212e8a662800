/**
 * Applies translation expansion to a parsed query (see glossary.ts for the design).
 * Runs of consecutive single-word clauses that spell a multi-word glossary entry
 * ("cambio climatico" typed without quotes) become one clause: (cambio AND climatico) OR "climate change".
 */
import type { GlossaryEntry } from '../backup/format';
import { glossaryKey, translationsOf } from './glossary';
import type { Query, QueryClause, QueryTerm, WordTerm } from './query-types';
import { pushAll } from '../arrays';
import { foldText } from '../text/fold';
import { scoreTuning } from './score';

/**
 * A multi-word translation's words apart (all of them, anywhere) count this much: the other language
 * often splits a term ("movilidad estudiantil" → "Student and Academic Mobility"), but the phrase
 * itself is the surer sign.
 */
export const LOOSE_TRANSLATION_WEIGHT = 0.7;

/**
 * A Spanish word the glossary does not know may still have an English cognate spelled as the word
 * without its final vowel (crédito → credit, protocolo → protocol, producto → product): it is tried
 * as a loose translation, at the typed word's rarity. Five letters at least, so short Spanish words
 * do not reach unrelated English ones; a form no bulletin has matches nothing. Words with a suffix the
 * two languages spell apart (`SUFFIX_COGNATES`) try that instead, in either direction: English → Spanish
 * by dropping a letter was refused (cost → costa), by suffix it is not a guess.
 */
function cognates(text: string): QueryTerm[] {
  const folded = foldText(text.trim().toLowerCase());
  const rules = scoreTuning.moreCognates === 1 ? [...SUFFIX_COGNATES, ...MORE_SUFFIX_COGNATES] : SUFFIX_COGNATES;
  const forms = rules.flatMap(([pattern, endings]) => {
    const m = pattern.exec(folded);
    return m ? endings.map((e) => `${m[1] ?? ''}${e}`) : [];
  });
  const m = /^([a-z]{5,})[oae]s?$/u.exec(folded);
  if (forms.length === 0 && m) forms.push(m[1] ?? '');
  const out = forms.map((form): QueryTerm => ({ kind: 'word', text: form, field: 'any', prefix: false, weight: LOOSE_TRANSLATION_WEIGHT, idfOf: text }));
  const root = cognateRoot(folded);
  if (root !== null) out.push({ kind: 'word', text: root, field: 'any', prefix: true, weight: LOOSE_TRANSLATION_WEIGHT, idfOf: text });
  return out;
}

/** The shortest root a cognate prefix may have: shorter ones reach unrelated words in either language. */
const MIN_COGNATE_ROOT = 7;

/**
 * A Spanish word's root spelled the English way, as a prefix (catastróficos → catastroph…: catastrophe,
 * catastrophic; fotografía → photograph…): the endings of the two languages differ past the root, and
 * Spanish writes f where English keeps the Greek ph. Only with an f to respell (`cognateMode` 2: any
 * root), so the root is not just the Spanish word's own prefix; its completions score as a typed prefix's.
 */
function cognateRoot(folded: string): string | null {
  if (scoreTuning.cognateMode === 0) return null;
  // English → Spanish the other way round: photography → fotograf…, catastrophe → catastrof….
  const english = /^([a-z]*ph[a-z]*?)(?:ical|ic|e|y)?s?$/u.exec(folded);
  if (english) {
    const root = (english[1] ?? '').replace(/ph/gu, 'f');
    return root.length >= MIN_COGNATE_ROOT - 1 ? root : null;
  }
  const m = /^([a-z]+?)(?:ic[oa]|i[ao]|[oae])s?$/u.exec(folded);
  const root = m?.[1] ?? '';
  const respelled = root.replace(/f/gu, 'ph');
  if (respelled.length < MIN_COGNATE_ROOT) return null;
  return respelled !== root || scoreTuning.cognateMode === 2 ? respelled : null;
}

/**
 * Suffixes that Spanish and English spell apart on the same Latin word, both ways (certificación ↔
 * certification, productividad ↔ productivity, productivo ↔ productive, electrónico ↔ electronic): tried
 * like the cognate above, only for a word the glossary does not know. A stem of four letters at least.
 */
const SUFFIX_COGNATES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^([a-z]{4,})cion(?:es)?$/u, ['tion']],
  [/^([a-z]{4,})tions?$/u, ['cion']],
  [/^([a-z]{4,})idad(?:es)?$/u, ['ity']],
  [/^([a-z]{4,})it(?:y|ies)$/u, ['idad']],
  [/^([a-z]{4,})iv[oa]s?$/u, ['ive']],
  [/^([a-z]{4,})ives?$/u, ['ivo', 'iva']],
  [/^([a-z]{4,})ic[oa]s?$/u, ['ic']],
  [/^([a-z]{4,})ics?$/u, ['ico', 'ica']],
];

/**
 * More Latin suffixes the two languages spell apart (turismo ↔ tourism is not one: the stems differ too;
 * terrorismo ↔ terrorism, monetario ↔ monetary, transparencia ↔ transparency, agricultura ↔ agriculture,
 * economía ↔ economy, famoso ↔ famous, político ↔ political). English -y → Spanish -ía is not
 * tried: policy → policía (police). A form no bulletin has matches nothing.
 */
const MORE_SUFFIX_COGNATES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^([a-z]{4,})ism[oa]s?$/u, ['ism']],
  [/^([a-z]{4,})isms?$/u, ['ismo']],
  [/^([a-z]{4,})ari[oa]s?$/u, ['ary']],
  [/^([a-z]{4,})ar(?:y|ies)$/u, ['ario', 'aria']],
  [/^([a-z]{3,})encias?$/u, ['ence', 'ency']],
  [/^([a-z]{3,})en(?:ce|ces|cy|cies)$/u, ['encia']],
  [/^([a-z]{3,})ancias?$/u, ['ance', 'ancy']],
  [/^([a-z]{3,})an(?:ce|ces|cy|cies)$/u, ['ancia']],
  [/^([a-z]{4,})uras?$/u, ['ure']],
  [/^([a-z]{4,})ures?$/u, ['ura']],
  [/^([a-z]{4,}[^cn])ias?$/u, ['y']],
  [/^([a-z]{4,})os[oa]s?$/u, ['ous']],
  [/^([a-z]{4,})ous$/u, ['oso', 'osa']],
  [/^([a-z]{4,})ic[oa]s?$/u, ['ical']],
  [/^([a-z]{4,})icals?$/u, ['ico', 'ica']],
];

function translationTerms(text: string, glossary: readonly GlossaryEntry[]): QueryTerm[] {
  // A one-word translation scores with the rarity of the word typed, at most: the other language's
  // word is often rarer only because fewer bulletins are in that language, and would otherwise put
  // them all above the language typed ("fisheries" ranking every "pesquero" first).
  const typedOne = !/\s/u.test(text.trim());
  const found = translationsOf(text, glossary);
  if (found.length === 0 && typedOne) return cognates(text);
  return found.flatMap((t): QueryTerm[] => {
    const words = t.trim().split(/\s+/u);
    if (words.length === 1) return [{ kind: 'word', text: t, field: 'any', prefix: false, ...(typedOne ? { idfOf: text } : {}) }];
    const loose: QueryTerm = {
      kind: 'group', text: t,
      terms: words.map((w) => ({ kind: 'word', text: w, field: 'any', prefix: false, weight: LOOSE_TRANSLATION_WEIGHT })),
    };
    return [{ kind: 'phrase', text: t, field: 'any' }, loose];
  });
}

function singleWord(clause: QueryClause | undefined): WordTerm | null {
  const term = clause?.anyOf.length === 1 ? clause.anyOf[0] : undefined;
  return term?.kind === 'word' && term.field === 'any' ? term : null;
}

/**
 * Returns a copy of `query` where every term also matches its glossary translations; with `merge`
 * false, words that spell a multi-word entry stay apart, each with its own translations (what partial
 * matches of a merged clause are listed by).
 */
export function expandQuery(query: Query, glossary: readonly GlossaryEntry[], merge = true): Query {
  const multiWord = new Set<string>();
  if (merge) for (const e of glossary) for (const side of [e.es, e.en]) if (/\s/.test(side.trim())) multiWord.add(glossaryKey(side));
  const clauses: QueryClause[] = [];
  const source = query.clauses;
  for (let i = 0; i < source.length; i++) {
    // Longest run of plain words (up to 4) that spells a multi-word entry.
    let merged = false;
    for (let len = Math.min(4, source.length - i); len >= 2 && !merged; len--) {
      const words = source.slice(i, i + len).map(singleWord);
      if (words.some((w) => w === null)) continue;
      const typed = words.map((w) => w?.text ?? '').join(' ');
      if (!multiWord.has(glossaryKey(typed))) continue;
      const group: QueryTerm = { kind: 'group', text: typed, terms: words.filter((w): w is WordTerm => w !== null) };
      clauses.push({ anyOf: [group, ...translationTerms(typed, glossary)] });
      i += len - 1;
      merged = true;
    }
    if (merged) continue;
    const clause = source[i];
    if (!clause) continue;
    const anyOf: QueryTerm[] = [];
    for (const term of clause.anyOf) {
      anyOf.push(term);
      if (term.kind !== 'group' && term.field === 'any') pushAll(anyOf, translationTerms(term.text, glossary));
    }
    clauses.push({ anyOf });
  }
  return { ...query, clauses };
}
