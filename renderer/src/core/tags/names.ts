/**
 * A tag's names per UI language. A tag has its own `name` and may carry `names.en` / `names.es`;
 * the UI shows the one for its language and `tag:` finds any of them.
 */
import type { Tag } from '../model';
import { foldText } from '../text/fold';
import { STARTER_TAXONOMY, type StarterTag } from './starter-taxonomy';

/** The UI languages a tag can be named in. */
export type TagLanguage = 'en' | 'es';

let starterSpanish: Map<string, string> | null = null;

/**
 * English starter name (folded) → Spanish name. Archives that installed the starter taxonomy
 * before tags had `names` still show it in Spanish, as long as the tag keeps its English name.
 */
function starterSpanishName(name: string): string | undefined {
  if (!starterSpanish) {
    const map = new Map<string, string>();
    const walk = (items: readonly StarterTag[]): void => {
      for (const item of items) {
        map.set(foldText(item.name).trim(), item.es);
        walk(item.children ?? []);
      }
    };
    walk(STARTER_TAXONOMY);
    starterSpanish = map;
  }
  return starterSpanish.get(foldText(name).trim());
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** "es-MX", "es" → 'es'; anything else → 'en'. */
export function tagLanguageOf(uiLanguage: string): TagLanguage {
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * The name to show for `tag` in a UI language (`en`, `es`, or a locale such as `es-MX`): its name
 * in that language when it has one, else its own name.
 */
export function tagDisplayName(tag: Pick<Tag, 'name' | 'names'>, language: string): string {
  const lang = tagLanguageOf(language);
  const own = clean(tag.names?.[lang]);
  if (own) return own;
  if (lang === 'es' && tag.names?.es === undefined) return starterSpanishName(tag.name) ?? tag.name;
  return tag.name;
}

/** Every name `tag` answers to (its own name first, no repeats by folded form), for `tag:` and pickers. */
export function tagAllNames(tag: Pick<Tag, 'name' | 'names'>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const candidates = [tag.name, tag.names?.en, tag.names?.es, tag.names?.es === undefined ? starterSpanishName(tag.name) : undefined];
  for (const candidate of candidates) {
    const name = clean(candidate);
    if (!name) continue;
    const key = foldText(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * The `names` a tag gets from a rename form: the English field is the tag's own name (kept out of
 * `names.en`), the Spanish field its Spanish name. An empty Spanish field removes it.
 */
export function namesFromForm(spanish: string, previous?: Tag['names']): Tag['names'] {
  const { en: _en, es: _es, ...rest } = previous ?? {};
  const es = clean(spanish);
  // An explicit empty string marks "no Spanish name" so the starter fallback does not bring one back.
  return { ...rest, es: es ?? '' };
}
