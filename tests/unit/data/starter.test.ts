import { describe, expect, it } from 'vitest';
import { useFreshDb } from './helpers';
import { createTag, installStarterTaxonomy, listRules, listTags } from '../../../renderer/src/data';
import { starterRules } from '../../../renderer/src/core/tags/starter-taxonomy';
import { findTagByName } from '../../../renderer/src/core/tags/tree';

useFreshDb();

describe('installStarterTaxonomy', () => {
  it('creates the hierarchy and rules once (idempotent), reusing same-named tags', async () => {
    const existing = await createTag({ name: 'technical GROUPS' });
    const first = await installStarterTaxonomy();
    const rulesCount = starterRules().length;
    expect(first.rulesCreated).toBe(rulesCount);
    expect(first.rules).toHaveLength(rulesCount);
    const tags = await listTags();
    expect(first.tagsCreated).toBe(tags.length - 1);
    const fish = findTagByName(tags, 'Technical groups › Fisheries and Aquaculture');
    expect(fish?.parentId).toBe(existing.id);
    const second = await installStarterTaxonomy();
    expect(second).toMatchObject({ tagsCreated: 0, rulesCreated: 0 });
    expect(second.rules).toHaveLength(rulesCount);
    expect(await listTags()).toHaveLength(tags.length);
    const rules = await listRules();
    expect(rules).toHaveLength(rulesCount);
    expect(rules.find((r) => r.tagId === fish?.id)?.query).toMatch(/pesca/);
  });
});
