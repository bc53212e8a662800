import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../../renderer/src/core/import/importers/text';
import { SearchEngine } from '../../../../renderer/src/core/search/engine';
import { parseQuery } from '../../../../renderer/src/core/search/query';
import { isTagColor } from '../../../../renderer/src/core/tags/colors';
import { STARTER_TAXONOMY, starterRules, type StarterTag } from '../../../../renderer/src/core/tags/starter-taxonomy';
import { tagNameKey, tagNameProblem } from '../../../../renderer/src/core/tags/tree';
import { readCorpusText } from '../../support/corpus';


function all(tags: readonly StarterTag[]): StarterTag[] {
  return tags.flatMap((t) => [t, ...all(t.children ?? [])]);
}

describe('starter taxonomy', () => {
  it('covers the required tags with valid names, colours and unique sibling names', () => {
    const names = all(STARTER_TAXONOMY).map((t) => t.name);
    for (const n of ['Chile', 'Colombia', 'Mexico', 'Peru', 'Council of Ministers', 'High-Level Group', 'National Coordinators',
      'Presidency Pro Tempore', 'Fisheries and Aquaculture', 'SMEs and Entrepreneurship', 'Digital Economy', 'Cooperation', 'Gender',
      'Environment and Green Growth', 'Labour', 'Education', 'Tourism', 'Trade and Customs', 'Youth', 'ASEAN', 'MERCOSUR', 'IDB', 'OECD', 'ECLAC']) {
      expect(names).toContain(n);
    }
    for (const t of all(STARTER_TAXONOMY)) {
      expect(tagNameProblem(t.name)).toBeNull();
      expect(isTagColor(t.color)).toBe(true);
      const keys = (t.children ?? []).map((c) => tagNameKey(c.name));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('every rule parses in the search query language', () => {
    const rules = starterRules();
    expect(rules.length).toBeGreaterThanOrEqual(24);
    for (const r of rules) {
      const parsed = parseQuery(r.query);
      expect(parsed.ok, `${r.path.join(' › ')}: ${r.query}`).toBe(true);
    }
  });

  it('tags the real corpus sensibly', () => {
    const bulletins = importPlainText(readCorpusText(), 'corpus.txt');
    expect(bulletins.length).toBe(10);
    const engine = new SearchEngine();
    engine.add(bulletins.map((b, i) => ({ id: String(i), title: b.title, body: b.body, tags: [], countries: b.countries, organisations: b.organisations, language: b.language, date: b.date })));
    const titlesFor = (name: string): string[] => {
      const rule = starterRules().find((r) => r.path[r.path.length - 1] === name);
      if (!rule) throw new Error(`no rule for ${name}`);
      const res = engine.search(rule.query, { prefixLast: false });
      return res.ids.map((id) => bulletins[Number(id)]?.title ?? '');
    };
    const has = (name: string, fragment: RegExp): boolean => titlesFor(name).some((t) => fragment.test(t));

    expect(has('Fisheries and Aquaculture', /Climate Change/)).toBe(true);
    expect(has('Fisheries and Aquaculture', /Artisanal Fisheries/)).toBe(true);
    expect(has('Fisheries and Aquaculture', /High-Level Group/)).toBe(false);
    expect(has('SMEs and Entrepreneurship', /Public-Private Dialogue/)).toBe(true);
    expect(has('SMEs and Entrepreneurship', /Exporting SME/)).toBe(true);
    expect(has('ASEAN', /ASEAN/)).toBe(true);
    expect(has('National Coordinators', /National Coordinators of the Pacific Alliance is held/)).toBe(true);
    expect(has('High-Level Group', /High-Level Group of the Pacific Alliance meets/)).toBe(true);
    expect(has('Youth', /Youth Volunteering/)).toBe(true);
    expect(has('Digital Economy', /digital security/)).toBe(true);
    expect(has('Digital Economy', /Climate Change/)).toBe(false);
    expect(has('Labour', /psychosocial occupational risks/)).toBe(true);
    expect(has('Cooperation', /Artisanal Fisheries/)).toBe(true);
    expect(has('Environment and Green Growth', /Climate Change/)).toBe(true);
    expect(has('IDB', /Public-Private Dialogue/)).toBe(true);
    expect(has('Peru', /High-Level Group/)).toBe(true);
    // Ministry names ("Foreign Trade and Tourism") must not make a bulletin about SMEs a tourism one.
    expect(has('Tourism', /Exporting SME/)).toBe(false);
    // No rule should tag (nearly) everything.
    for (const r of starterRules()) {
      if (r.query.startsWith('country:')) continue;
      expect(engine.search(r.query, { prefixLast: false }).total, r.query).toBeLessThanOrEqual(7);
    }
  });
});
