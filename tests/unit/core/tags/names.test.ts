import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../renderer/src/core/model';
import { namesFromForm, tagAllNames, tagDisplayName } from '../../../../renderer/src/core/tags/names';
import { STARTER_TAXONOMY, type StarterTag } from '../../../../renderer/src/core/tags/starter-taxonomy';
import { buildTagTree, findTagByName, tagDisplayPath, tagNameKey, tagNameProblem, tagPathVariants } from '../../../../renderer/src/core/tags/tree';
import { countryDisplayName } from '../../../../renderer/src/core/text/country-names';

const tag = (id: string, name: string, parentId: string | null = null, names?: Tag['names']): Tag => ({
  id, name, color: '#1f77b4', parentId, createdAt: 0, ...(names ? { names } : {}),
});

function all(tags: readonly StarterTag[]): StarterTag[] {
  return tags.flatMap((t) => [t, ...all(t.children ?? [])]);
}

describe('tag names per language', () => {
  it('shows the name of the UI language, else the tag’s own name', () => {
    const t = tag('f', 'Fisheries', null, { es: 'Pesca' });
    expect(tagDisplayName(t, 'en')).toBe('Fisheries');
    expect(tagDisplayName(t, 'es')).toBe('Pesca');
    expect(tagDisplayName(t, 'es-MX')).toBe('Pesca');
    expect(tagDisplayName(tag('x', 'Webinars'), 'es')).toBe('Webinars');
    expect(tagDisplayName(tag('y', 'Fisheries', null, { en: 'Fisheries & Aquaculture' }), 'en-US')).toBe('Fisheries & Aquaculture');
  });

  it('shows starter tags in Spanish even in archives made before tags had names', () => {
    expect(tagDisplayName(tag('a', 'Technical groups'), 'es')).toBe('Grupos técnicos');
    expect(tagDisplayName(tag('b', 'Member countries'), 'es')).toBe('Países miembros');
    // An explicit empty Spanish name means "none": the fallback does not bring one back.
    expect(tagDisplayName(tag('c', 'Technical groups', null, { es: '' }), 'es')).toBe('Technical groups');
  });

  it('lists every name a tag answers to, once each', () => {
    expect(tagAllNames(tag('p', 'Peru', null, { en: 'Peru', es: 'Perú' }))).toEqual(['Peru']);
    expect(tagAllNames(tag('f', 'Fisheries and Aquaculture', null, { en: 'Fisheries and Aquaculture', es: 'Pesca y Acuicultura' }))).toEqual([
      'Fisheries and Aquaculture',
      'Pesca y Acuicultura',
    ]);
    expect(tagAllNames(tag('g', 'Gender'))).toEqual(['Gender', 'Género']);
  });

  it('finds a tag, and a path, by either language', () => {
    const tags = [tag('g', 'Technical groups', null, { es: 'Grupos técnicos' }), tag('f', 'Fisheries and Aquaculture', 'g', { es: 'Pesca y Acuicultura' })];
    expect(findTagByName(tags, 'pesca y acuicultura')?.id).toBe('f');
    expect(findTagByName(tags, 'Grupos tecnicos › Pesca y Acuicultura')?.id).toBe('f');
    expect(findTagByName(tags, 'Technical groups > Fisheries and Aquaculture')?.id).toBe('f');
    expect(tagDisplayPath(tags, 'f', 'es')).toBe('Grupos técnicos › Pesca y Acuicultura');
    expect(tagPathVariants(tags, 'f')).toEqual(['Technical groups › Fisheries and Aquaculture', 'Grupos técnicos › Pesca y Acuicultura']);
  });

  it('sorts the tree by the names a language shows', () => {
    const tags = [tag('m', 'Member countries'), tag('t', 'Technical groups'), tag('p', 'Partners')];
    expect(buildTagTree(tags).map((n) => n.tag.name)).toEqual(['Member countries', 'Partners', 'Technical groups']);
    expect(buildTagTree(tags, undefined, 'es').map((n) => tagDisplayName(n.tag, 'es'))).toEqual(['Grupos técnicos', 'Países miembros', 'Socios']);
  });

  it('maps a rename form onto names: the Spanish field sets names.es, empty clears it', () => {
    expect(namesFromForm(' Pesca ', { en: 'Fisheries', es: 'Pescas' })).toEqual({ es: 'Pesca' });
    expect(namesFromForm('', { es: 'Pesca' })).toEqual({ es: '' });
  });

  it('gives every starter tag a valid Spanish name, unique among its siblings', () => {
    const walk = (items: readonly StarterTag[]): void => {
      const keys = items.map((item) => tagNameKey(item.es));
      expect(new Set(keys).size).toBe(keys.length);
      for (const item of items) {
        expect(tagNameProblem(item.es)).toBeNull();
        walk(item.children ?? []);
      }
    };
    walk(STARTER_TAXONOMY);
    const spanish = all(STARTER_TAXONOMY).map((t) => t.es);
    expect(spanish).toEqual(expect.arrayContaining(['Países miembros', 'Grupos técnicos', 'Pesca y Acuicultura', 'México', 'Perú']));
  });
});

describe('country names in the UI language', () => {
  it('writes the canonical English names as the locale does', () => {
    expect(countryDisplayName('Mexico', 'es')).toBe('México');
    expect(countryDisplayName('Peru', 'es')).toBe('Perú');
    expect(countryDisplayName('Colombia', 'es')).toBe('Colombia');
    expect(countryDisplayName('United States', 'es')).toBe('Estados Unidos');
    expect(countryDisplayName('Peru', 'en-US')).toBe('Peru');
    expect(countryDisplayName('Atlantis', 'es')).toBe('Atlantis');
  });
});
