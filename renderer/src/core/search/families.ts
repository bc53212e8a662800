/**
 * Word families beyond the stemmer: words a search for one member should also find (`pesquera`
 * finds `pesca`, `fishing` finds `fisheries`). A small list meant to be edited like the glossary:
 * one line per family, in either language; members are compared by their analysed keys, so
 * plurals and accents need not be listed. A member found through its family counts a little less
 * than the word typed (see `FAMILY_WEIGHT`).
 */
export const WORD_FAMILIES: readonly string[] = [
  'pesca pesquero pesquera pesquería pescador pescadora',
  'fishery fisheries fishing fisher fishers fisherman fishermen',
  'mipyme pyme mype',
  'sme smes msme msmes',
  'exportación exportador exportadora exportar',
  'export exports exporting exporter exporters',
  'joven juvenil juventud',
  'youth young',
  'mujer femenino femenina',
  'women woman',
  'emprendimiento emprendedor emprendedora emprender',
  'entrepreneurship entrepreneur entrepreneurs entrepreneurial',
  'turismo turístico turística turista',
  'tourism tourist touristic',
  'educación educativo educativa',
  'beca becario becaria',
  'minería minero minera',
  'mining miner',
  'agricultura agrícola',
  'agriculture agricultural',
  'acuicultura acuícola',
  'aduana aduanero aduanera',
  'customs',
  'innovación innovador innovadora',
  'innovation innovative',
  // Agenda words, noun ↔ adjective ↔ verb, as bulletins alternate them; not the very common ones
  // (economía, comercio, desarrollo, business), whose long postings would slow every search for little.
  'importación importador importadora importar',
  'import imports importing importer importers',
  'empoderamiento empoderar',
  'empowerment empower empowering',
  'sostenible sostenibilidad',
  'sustainable sustainability',
  'inversión inversionista inversor invertir',
  'investment investor invest',
  'ambiente ambiental',
  'environment environmental',
  'clima climático climática',
  'climate climatic',
  'migración migratorio migratoria migrante',
  'migration migratory migrant',
  'cultura cultural',
  'ciencia científico científica',
  'science scientific',
  'tecnología tecnológico tecnológica',
  'technology technological',
  'océano oceánico',
  'ocean oceanic',
  'competitividad competitivo competitiva',
  'competitiveness competitive',
  'regulación regulatorio regulatoria regulador',
  'regulation regulatory regulator',
  'negociación negociar negociador',
  'negotiation negotiate negotiator',
  'logística logístico',
  'logistics logistic',
  // Member or observer "states" and "countries" are the same thing in the bulletins' English. Not the
  // Spanish país/estado: "estado" is as often a status ("estado de avance").
  'country state',
];

/** How much a family member counts against the word typed (1). */
export const FAMILY_WEIGHT = 0.8;

/**
 * British and American spellings of an English word (folded): labour ↔ labor, authorised ↔ authorized,
 * organisation ↔ organization, programme ↔ program. Rules, not a list: bulletins from different
 * agencies spell the same word both ways, and the stemmer keeps the forms apart. A variant no
 * bulletin has matches nothing.
 */
export function spellingVariants(folded: string): string[] {
  const out: string[] = [];
  const our = /^([a-z]{3,})our(s|ed|ing|able)?$/u.exec(folded);
  if (our) out.push(`${our[1] ?? ''}or${our[2] ?? ''}`);
  const or = /^([a-z]{2,}[^u])or(s|ed|ing|able)?$/u.exec(folded);
  if (or) out.push(`${or[1] ?? ''}our${or[2] ?? ''}`);
  const ise = /^([a-z]{3,}[iy])([sz])(e|ed|es|ing|ation|ations|er|ers)$/u.exec(folded);
  if (ise) out.push(`${ise[1] ?? ''}${ise[2] === 's' ? 'z' : 's'}${ise[3] ?? ''}`);
  const mme = /^([a-z]{3,})(mme|m)(s?)$/u.exec(folded);
  if (mme && (mme[1] ?? '').endsWith('gra')) out.push(`${mme[1] ?? ''}${mme[2] === 'm' ? 'mme' : 'm'}${mme[3] ?? ''}`);
  return out;
}

/**
 * Suffixes of English derivation (agent noun, action noun, verb forms): a word ending in one of them
 * shares its root with the words ending in the others (financing ↔ finance, insurers ↔ insurance,
 * regulators ↔ regulating ↔ regulation). Plurals are gone already (the stemmer's key).
 */
const DERIVATION_SUFFIXES: readonly string[] = ['ing', 'er', 'or', 'ion', 'ance', 'ence', 'ment', 'ory', 'e'];
/**
 * A root shorter than this is not split: "station" → "stat" would reach "state", "nation" → "nat".
 * Spanish words seldom end in these suffixes with a root this long, and a form no bulletin has matches nothing.
 */
const MIN_ROOT = 5;

/**
 * The other English forms of a word's family, by rule (the light derivational step the stemmer leaves
 * out, as `WORD_FAMILIES` does by list for the agenda words): the root with each other suffix. The bare
 * root is not offered ("meeting" would reach "meet", "building" "build"): only root + suffix forms.
 * `key` is the stemmer's key of a folded word (singular). Most forms exist in no bulletin; each costs
 * one postings lookup.
 */
export function englishDerivations(key: string): string[] {
  if (!/^[a-z]+$/u.test(key)) return [];
  const out = new Set<string>();
  for (const suffix of DERIVATION_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const root = key.slice(0, key.length - suffix.length);
    if (root.length < MIN_ROOT) continue;
    for (const other of DERIVATION_SUFFIXES) if (other !== suffix) out.add(root + other);
  }
  // A word that is itself an agent noun or verb in -er/-or keeps that ending in its -ing form
  // (volunteer ↔ volunteering, monitor ↔ monitoring, engineer ↔ engineering): the step above only
  // swaps suffixes, so it never reached them. The bare word is offered only when it ends in -er/-or,
  // so "meeting" still does not reach "meet".
  const agent = /^([a-z]{4,}(?:er|or))(ing)?$/u.exec(key);
  if (agent) out.add(agent[2] === undefined ? `${agent[1] ?? ''}ing` : agent[1] ?? '');
  out.delete(key);
  return [...out];
}
