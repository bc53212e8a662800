/**
 * A light, language-neutral plural stemmer for Spanish and English.
 *
 * The same function runs on documents and queries, so a plural and its singular reach the same
 * index key ("naciones" → "nacion", "policies" → "policy"). It only removes plural endings:
 * derivational suffixes are left alone so distinct words stay distinct ("meeting" ≠ "meet"),
 * and letters are never de-duplicated ("perro" ≠ "pero"). Where Spanish and English endings
 * conflict (English "services" vs Spanish "veces") the rule that serves more words wins and
 * the losers are listed as exceptions.
 */

const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['paises', 'pais'], ['peces', 'pez'], ['veces', 'vez'], ['voces', 'voz'], ['luces', 'luz'], ['raices', 'raiz'],
  ['capaces', 'capaz'], ['eficaces', 'eficaz'], ['lapices', 'lapiz'], ['lugares', 'lugar'], ['solicitudes', 'solicitud'],
  ['juventudes', 'juventud'], ['species', 'species'], ['especies', 'especie'], ['series', 'serie'],
  ['superficies', 'superficie'], ['movies', 'movie'], ['cookies', 'cookie'], ['calories', 'calorie'], ['news', 'news'],
  ['leyes', 'ley'], ['meses', 'mes'], ['interes', 'interes'], ['intereses', 'interes'], ['reyes', 'rey'], ['bueyes', 'buey'], ['status', 'status'], ['analisis', 'analisis'],
]);

/** Ordered plural rules: [ending, replacement, minimum length of the result]. */
const RULES: ReadonlyArray<readonly [string, string, number]> = [
  ['sses', 'ss', 3],
  ['iones', 'ion', 3],
  ['dades', 'dad', 3],
  ['ies', 'y', 3],
  ['eses', 'e', 3],
  ['ores', 'or', 5],
  ['ales', 'al', 5],
  ['eles', 'el', 4],
  ['oles', 'ol', 5],
  ['eres', 'er', 4],
  ['lares', 'lar', 5],
  ['enes', 'en', 5],
  ['xes', 'x', 3],
  ['ches', 'ch', 4],
  ['shes', 'sh', 4],
];

/** Returns the index key of one folded (lower-case, accent-free) token. */
export function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  for (const [ending, replacement, minLength] of RULES) {
    if (word.endsWith(ending)) {
      const result = word.slice(0, word.length - ending.length) + replacement;
      if (result.length >= minLength) return result;
    }
  }
  // Words ending in -ss, -us, -is are not plurals ("business", "campus", "crisis", "pais").
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}
