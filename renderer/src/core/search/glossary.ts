/**
 * The built-in Spanish ↔ English glossary of Pacific Alliance terms, and translation expansion
 * for the "Also match translations" toggle.
 *
 * Expansion design: a query term that matches one side of an entry gets the other side added as
 * an alternative (OR) in the same clause. A multi-word translation is added as a phrase, so
 * "pesca" also matches "fisheries", and "cambio climático" also matches the phrase "climate change".
 * Terms are compared by their analysed keys, so accents, case and plurals do not matter.
 */
import type { GlossaryEntry } from '../backup/format';
import { analyze } from './analyze';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['pesca', 'fisheries'], ['pesca', 'fishing'], ['acuicultura', 'aquaculture'], ['pymes', 'SMEs'], ['mipymes', 'MSMEs'],
  ['pequeñas y medianas empresas', 'small and medium-sized enterprises'], ['cambio climático', 'climate change'],
  ['cooperación', 'cooperation'], ['seguridad digital', 'digital security'], ['emprendimiento', 'entrepreneurship'],
  ['emprendedores', 'entrepreneurs'], ['comercio', 'trade'], ['comercio exterior', 'foreign trade'], ['turismo', 'tourism'],
  ['género', 'gender'], ['educación', 'education'], ['medio ambiente', 'environment'], ['crecimiento verde', 'green growth'],
  ['economía digital', 'digital economy'], ['movilidad estudiantil', 'student mobility'], ['consejo de ministros', 'council of ministers'],
  ['coordinadores nacionales', 'national coordinators'], ['presidencia pro tempore', 'pro tempore presidency'],
  ['grupo técnico', 'technical group'], ['alianza del pacífico', 'pacific alliance'], ['cumbre', 'summit'],
  ['declaración', 'declaration'], ['hoja de ruta', 'roadmap'], ['estados observadores', 'observer states'],
  ['estado asociado', 'associate state'], ['integración', 'integration'], ['inversión', 'investment'],
  ['exportaciones', 'exports'], ['importaciones', 'imports'], ['aduanas', 'customs'], ['facilitación del comercio', 'trade facilitation'],
  ['innovación', 'innovation'], ['transformación digital', 'digital transformation'], ['mujeres', 'women'],
  ['empoderamiento económico', 'economic empowerment'], ['juventud', 'youth'], ['becas', 'scholarships'],
  ['cultura', 'culture'], ['salud', 'health'], ['minería', 'mining'], ['agricultura', 'agriculture'],
  ['desarrollo sostenible', 'sustainable development'], ['economía circular', 'circular economy'],
  ['contaminación por plásticos', 'plastic pollution'], ['océanos', 'oceans'], ['biodiversidad', 'biodiversity'],
  ['transparencia', 'transparency'], ['compras públicas', 'public procurement'], ['propiedad intelectual', 'intellectual property'],
  ['servicios financieros', 'financial services'], ['mercado de capitales', 'capital markets'], ['infraestructura', 'infrastructure'],
  ['competitividad', 'competitiveness'], ['reunión', 'meeting'], ['taller', 'workshop'], ['seminario web', 'webinar'],
  ['cadenas de valor', 'value chains'], ['encadenamientos productivos', 'productive linkages'],
  ['relacionamiento externo', 'external relations'], ['discapacidad', 'disability'], ['inclusión', 'inclusion'],
  ['ministerio', 'ministry'], ['cancillería', 'foreign ministry'], ['viceministros', 'vice ministers'],
];

/** The built-in glossary (a fresh copy each call, so callers may edit it). */
export function builtInGlossary(): GlossaryEntry[] {
  return PAIRS.map(([es, en]) => ({ es, en }));
}

/** Analysed key of a glossary side or term: its stems joined by spaces ("cambio climatico"). */
export function glossaryKey(text: string): string {
  return analyze(text).join(' ');
}

/** All translations of `term` (word or phrase) in `glossary`, in either direction, without duplicates. */
export function translationsOf(term: string, glossary: readonly GlossaryEntry[]): string[] {
  const key = glossaryKey(term);
  if (key === '') return [];
  const out = new Map<string, string>();
  for (const entry of glossary) {
    if (glossaryKey(entry.es) === key) out.set(glossaryKey(entry.en), entry.en);
    if (glossaryKey(entry.en) === key) out.set(glossaryKey(entry.es), entry.es);
  }
  out.delete(key);
  return [...out.values()];
}

/**
 * Expands each term with its translations: result[i] = [terms[i], ...translations of terms[i]].
 * Multi-word translations are returned as one string; the engine searches them as phrases.
 */
export function expandTerms(terms: readonly string[], glossary: readonly GlossaryEntry[]): string[][] {
  return terms.map((term) => [term, ...translationsOf(term, glossary)]);
}
