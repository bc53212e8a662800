/**
 * Expansion of typed words by names and families, applied to every search (unlike translations):
 * an organisation's other acronyms (BID ↔ IDB, OCDE ↔ OECD, CEPAL ↔ ECLAC, ANSEA ↔ ASEAN, from the
 * importer's table), a country's name in the other language (Japón ↔ Japan; bulletins carry the
 * canonical English name as metadata, so the canonical name is enough), and word families
 * (families.ts). Each becomes another alternative of the word's clause, so a clause still scores
 * as its best alternative.
 */
import { COUNTRIES, ORGANISATIONS } from '../import/metadata-names';
import { expandPattern } from '../import/pattern-expand';
import { foldText } from '../text/fold';
import { analyzeWord, tokenize } from './analyze';
import { englishDerivations, FAMILY_WEIGHT, spellingVariants, WORD_FAMILIES } from './families';
import { scoreTuning } from './score';
import type { GroupTerm, Query, QueryClause, QueryTerm, WordTerm } from './query-types';

interface CountryNames {
  pattern: RegExp;
  name: string;
  /** Every form the importer recognises (both languages, adjectives), folded: "singapore", "singapur". */
  forms: string[];
}

/** How much another form of a typed country name counts against the form typed (1). */
const NAME_FORM_WEIGHT = FAMILY_WEIGHT;

/** An organisation's full names (both languages) as a pattern over folded words, and its acronyms. */
interface OrganisationName {
  pattern: RegExp;
  acronyms: string[];
}

let tables: { orgs: Map<string, string>; orgForms: Map<string, string[]>; countries: CountryNames[]; families: Map<string, string[]>; orgNames: OrganisationName[] } | null = null;

/** One form per index key ("chilean" and "chileans" are scored once). */
function distinctKeys(forms: readonly string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = tokenize(f).filter((t) => !t.stop).map((t) => t.stem).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function load(): NonNullable<typeof tables> {
  if (tables !== null) return tables;
  const orgs = new Map<string, string>();
  const orgForms = new Map<string, string[]>();
  for (const [canonical, acronyms, names] of ORGANISATIONS) {
    // Full names as plain words ("world health organization", "organizacion mundial de la salud").
    const forms = distinctKeys(expandPattern(names).map((f) => f.replace(/[^a-z0-9]+/gu, ' ').trim()).filter((f) => /\s/u.test(f)));
    for (const a of acronyms.split('|')) {
      orgs.set(foldText(a.toLowerCase()), canonical);
      orgForms.set(foldText(a.toLowerCase()), forms);
    }
  }
  // Plain word forms only (not "ee. uu.", "u.s.a"): each is searched as words.
  const countries = COUNTRIES.map(([name, source]): CountryNames => ({
    pattern: new RegExp(`^(?:${source})$`, 'u'), name,
    forms: distinctKeys(expandPattern(source).filter((f) => /^[a-z]{3,}(?: [a-z]{3,})*$/u.test(f))),
  }));
  const families = new Map<string, string[]>();
  for (const line of WORD_FAMILIES) {
    const words = line.split(/\s+/u).filter((w) => w.length > 0);
    for (const w of words) {
      const key = analyzeWord(w);
      if (key === null) continue;
      const others = words.filter((o) => analyzeWord(o) !== key);
      families.set(key, [...(families.get(key) ?? []), ...others]);
    }
  }
  // Typed words are joined by single spaces and their hyphens made spaces: "inter-?american" must match "inter american" too.
  const orgNames = ORGANISATIONS.map(([canonical, acronyms, names]): OrganisationName => ({
    pattern: new RegExp(`^(?:${names.replaceAll('-?', '[ -]?')})$`, 'u'),
    acronyms: [...new Set([...acronyms.split('|'), ...(/\s/u.test(canonical) ? [] : [canonical])].map((a) => foldText(a.toLowerCase())))],
  }));
  tables = { orgs, orgForms, countries, families, orgNames };
  return tables;
}

/** The canonical acronym of an organisation named by `value` (any of its acronyms), else `value`. */
export function canonicalOrganisation(value: string): string {
  return load().orgs.get(foldText(value.toLowerCase())) ?? value;
}

/** The canonical (English) country name for a typed name in either language, or null. */
export function canonicalCountry(value: string): string | null {
  const folded = foldText(value.toLowerCase()).trim();
  return countryOf(folded)?.name ?? null;
}

function countryOf(folded: string): CountryNames | null {
  for (const c of load().countries) if (c.pattern.test(folded)) return c;
  return null;
}

function alternativesOf(term: WordTerm, families: boolean, fullNames = true): QueryTerm[] {
  const t = load();
  const folded = foldText(term.text.toLowerCase());
  const out: QueryTerm[] = [];
  // A family member of a word that was itself added (a translation) keeps that word's cap and weight.
  const word = (text: string, weight?: number): WordTerm => ({
    kind: 'word', text, field: term.field, prefix: false,
    ...(weight === undefined ? {} : { weight: weight * (term.weight ?? 1), idfOf: term.idfOf ?? term.text }),
  });
  // A name of several words ("South Korea", "Corea del Sur") counts as one word: its words share the
  // weight. Scoring each word in full made a two-word name worth two typed words, so the canonical
  // name every tagged bulletin carries as metadata outranked the very word typed (`Corea`).
  const named = (text: string, weight: number): QueryTerm => {
    const parts = text.split(/\s+/u);
    return parts.length === 1 ? word(text, weight) : { kind: 'group', text, terms: parts.map((p) => word(p, weight / parts.length)) };
  };
  const org = t.orgs.get(folded);
  if (org !== undefined && foldText(org.toLowerCase()) !== folded) out.push(word(org));
  // A typed acronym also matches the organisation's full name in either language, as a name: bulletins
  // often spell it out, and some acronyms are stop words that no index holds ("OMS" → "WHO", "ONU" → "UN").
  // An acronym that is also a stop word ("un", "who") only when typed in capitals: "un acuerdo" is not
  // about the United Nations, and a stop word alone would otherwise require the name.
  const asAcronym = analyzeWord(term.text) !== null || (term.text === term.text.toUpperCase() && term.text !== term.text.toLowerCase());
  if (families && fullNames && asAcronym && scoreTuning.orgFullNames > 0) {
    for (const form of t.orgForms.get(folded) ?? []) {
      // As a phrase (2): the name's words in order, not scattered over a long bulletin; its words share the weight.
      out.push(scoreTuning.orgFullNames === 2 ? { kind: 'phrase', text: form, field: term.field, weight: NAME_FORM_WEIGHT, idfOf: term.idfOf ?? term.text } : named(form, NAME_FORM_WEIGHT));
    }
  }
  const country = countryOf(folded.trim());
  if (country !== null) {
    const canonical = foldText(country.name.toLowerCase());
    // The other forms (the canonical name, the other language's name, adjectives) count as the name:
    // bulletins carry the canonical name as metadata, and a title saying "Singapur" or "japonesa" is
    // about the country too. Like a family, they count a little less than the form typed and never
    // above its rarity, so the bulletins that use the typed form come first.
    if (canonical !== folded) out.push(named(country.name, NAME_FORM_WEIGHT));
    for (const form of country.forms) if (form !== folded && form !== canonical) out.push(named(form, NAME_FORM_WEIGHT));
  }
  const key = analyzeWord(term.text);
  for (const member of key === null || !families ? [] : (t.families.get(key) ?? [])) out.push(word(member, FAMILY_WEIGHT));
  // The other spelling of an English word ("labor" → "labour"), like a family member: "labor" is Spanish too.
  if (families) for (const variant of spellingVariants(folded)) out.push(word(variant, FAMILY_WEIGHT));
  // English forms of the same root (financing → finance, insurers → insurance), like a family member;
  // forms the list or a variant gave already are not added twice.
  if (families && key !== null && scoreTuning.derivations === 1) {
    const listed = new Set(out.map((o) => (o.kind === 'word' ? analyzeWord(o.text) : null)));
    for (const form of englishDerivations(key)) if (!listed.has(analyzeWord(form))) out.push(word(form, FAMILY_WEIGHT));
  }
  return out;
}

/** Variants of a group (words that must all match, e.g. "pesca artesanal" merged for its translation) with one word swapped for one of its alternatives. */
function groupVariants(group: GroupTerm, families: boolean): GroupTerm[] {
  const out: GroupTerm[] = [];
  group.terms.forEach((term, i) => {
    for (const alt of alternativesOf(term, families)) {
      const swapped = alt.kind === 'word' ? [alt] : alt.kind === 'group' ? alt.terms : [];
      if (swapped.length === 0) continue;
      const terms = [...group.terms.slice(0, i), ...swapped, ...group.terms.slice(i + 1)];
      out.push({ kind: 'group', text: terms.map((t) => t.text).join(' '), terms });
    }
  });
  return out;
}

/** The longest organisation name typed as a run of words. */
const MAX_NAME_WORDS = 12;

/** The plain words of a clause that is one word or phrase typed (not `OR`, a field or an expansion), else null. */
function typedWords(clause: QueryClause): WordTerm[] | null {
  const only = clause.anyOf.length === 1 ? clause.anyOf[0] : undefined;
  if (only?.kind === 'word' && only.field === 'any') return [only];
  if (only?.kind !== 'phrase' || only.field !== 'any') return null;
  return (only.text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((text) => ({ kind: 'word', text, field: 'any', prefix: false }));
}

/**
 * An organisation's full name typed as words ("Inter-American Development Bank", "Organización Mundial
 * del Comercio") becomes one clause: its words, or any of its acronyms. Bulletins that name it are
 * tagged with the canonical acronym (the importer's table), so one that only says "IDB" is found; word by
 * word, each must have "inter", "american", "development" and "bank". Like a multi-word translation,
 * the words together still score more than the acronym alone (a sum of words against one word).
 */
function mergeOrganisationNames(clauses: readonly QueryClause[]): QueryClause[] {
  const { orgNames } = load();
  const out: QueryClause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    let merged = false;
    for (let len = Math.min(MAX_NAME_WORDS, clauses.length - i); len >= 2 && !merged; len--) {
      const runs = clauses.slice(i, i + len).map(typedWords);
      if (runs.some((r) => r === null)) continue;
      const words = runs.flatMap((r) => r ?? []);
      const typed = clauses.slice(i, i + len).map((c) => c.anyOf[0]?.text ?? '').join(' ');
      const folded = foldText(typed.toLowerCase()).replace(/[^a-z0-9]+/gu, ' ').trim();
      const org = orgNames.find((o) => o.pattern.test(folded));
      if (org === undefined) continue;
      const acronyms = org.acronyms.map((a): WordTerm => ({ kind: 'word', text: a, field: 'any', prefix: false }));
      out.push({ anyOf: [{ kind: 'group', text: typed, terms: words }, ...acronyms] });
      i += len - 1;
      merged = true;
    }
    const clause = clauses[i];
    if (!merged && clause !== undefined) out.push(clause);
  }
  return out;
}

/** `query` with every plain word's names (and family, when `families`) added to its clause. */
export function expandNames(query: Query, families = true): Query {
  // A clause that starts with words typed together (a full name or a glossary entry merged) has its
  // words already: its acronyms do not add the full names again.
  const expand = (fullNames: boolean) => (term: QueryTerm): QueryTerm[] => {
    if (term.kind === 'word') return [term, ...alternativesOf(term, families, fullNames)];
    if (term.kind === 'group') return [term, ...groupVariants(term, families)];
    return [term];
  };
  const clauses = scoreTuning.orgNames === 1 ? mergeOrganisationNames(query.clauses) : query.clauses;
  return { ...query, clauses: clauses.map((c) => ({ anyOf: c.anyOf.flatMap(expand(c.anyOf[0]?.kind !== 'group')) })) };
}
