import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../renderer/src/core/model';
import {
  buildTagTree,
  descendantIds,
  findTagByName,
  tagPath,
  tagNameProblem,
  wouldCreateCycle,
  type TagNode,
} from '../../../../renderer/src/core/tags/tree';
import { defaultTagColor, isTagColor } from '../../../../renderer/src/core/tags/colors';

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, color: '#000000', parentId, createdAt: 0 });

const TAGS: Tag[] = [
  tag('tg', 'Technical groups'),
  tag('fish', 'Fisheries and Aquaculture', 'tg'),
  tag('sme', 'SMEs and Entrepreneurship', 'tg'),
  tag('art', 'Artisanal', 'fish'),
  tag('peru', 'Perú'),
  tag('peru2', 'Peru', 'tg'),
  tag('orphan', 'Orphan', 'missing'),
];

describe('tag tree helpers', () => {
  it('builds a sorted forest with own and total counts; orphans become roots', () => {
    const tree = buildTagTree(TAGS, new Map([['fish', 3], ['art', 2], ['tg', 1]]));
    expect(tree.map((n) => n.tag.id)).toEqual(['orphan', 'peru', 'tg']);
    const tg = tree.find((n) => n.tag.id === 'tg') as TagNode;
    expect(tg.children.map((n) => n.tag.name)).toEqual(['Fisheries and Aquaculture', 'Peru', 'SMEs and Entrepreneurship']);
    expect(tg.count).toBe(1);
    expect(tg.totalCount).toBe(6);
    expect(tg.children[0]?.children[0]).toMatchObject({ depth: 2, count: 2, totalCount: 2 });
    expect(buildTagTree(TAGS, { fish: 4 }).find((n) => n.tag.id === 'tg')?.totalCount).toBe(4);
  });

  it('survives a corrupted cycle without losing tags', () => {
    const cyclic = [tag('a', 'A', 'b'), tag('b', 'B', 'a'), tag('c', 'C', 'a')];
    const tree = buildTagTree(cyclic);
    const ids = (nodes: TagNode[]): string[] => nodes.flatMap((n) => [n.tag.id, ...ids(n.children)]);
    expect(ids(tree).sort()).toEqual(['a', 'b', 'c']);
    expect(descendantIds(cyclic, 'a').sort()).toEqual(['a', 'b', 'c']);
  });

  it('lists descendants (a parent includes its children) and paths', () => {
    expect(descendantIds(TAGS, 'tg').sort()).toEqual(['art', 'fish', 'peru2', 'sme', 'tg']);
    expect(descendantIds(TAGS, 'fish', false)).toEqual(['art']);
    expect(tagPath(TAGS, 'art')).toBe('Technical groups › Fisheries and Aquaculture › Artisanal');
    expect(tagPath(TAGS, 'nope')).toBe('');
  });

  it('finds tags by name or path, case- and accent-insensitively, preferring roots', () => {
    expect(findTagByName(TAGS, 'FISHERIES and aquaculture')?.id).toBe('fish');
    expect(findTagByName(TAGS, 'peru')?.id).toBe('peru');
    expect(findTagByName(TAGS, 'technical groups › perú')?.id).toBe('peru2');
    expect(findTagByName(TAGS, 'Technical Groups > Fisheries and Aquaculture/artisanal')?.id).toBe('art');
    expect(findTagByName(TAGS, 'Technical groups › Nothing')).toBeUndefined();
    expect(findTagByName(TAGS, '  ')).toBeUndefined();
  });

  it('detects cycles', () => {
    expect(wouldCreateCycle(TAGS, 'tg', 'art')).toBe(true);
    expect(wouldCreateCycle(TAGS, 'tg', 'tg')).toBe(true);
    expect(wouldCreateCycle(TAGS, 'art', 'sme')).toBe(false);
    expect(wouldCreateCycle(TAGS, 'art', null)).toBe(false);
  });

  it('property: moving a tag under a non-descendant never creates a cycle', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { minLength: 10, maxLength: 10 }), fc.nat(9), fc.nat(9), (parents, a, b) => {
        // Random forest: tag i's parent is some j < i (always acyclic).
        const tags = parents.map((p, i) => tag(`t${i}`, `T${i}`, i === 0 || p >= i ? null : `t${p}`));
        const refused = wouldCreateCycle(tags, `t${a}`, `t${b}`);
        if (refused) return descendantIds(tags, `t${a}`).includes(`t${b}`);
        const moved = tags.map((t) => (t.id === `t${a}` ? { ...t, parentId: `t${b}` } : t));
        // Walking up from every tag must terminate at a root.
        return moved.every((t) => {
          const seen = new Set<string>();
          let cur: Tag | undefined = t;
          while (cur?.parentId) {
            if (seen.has(cur.id)) return false;
            seen.add(cur.id);
            const pid: string = cur.parentId;
            cur = moved.find((x) => x.id === pid);
          }
          return true;
        });
      }),
    );
  });

  it('validates names and colours', () => {
    expect(tagNameProblem('')).toMatch(/needs a name/);
    expect(tagNameProblem('a › b')).toMatch(/›/);
    expect(tagNameProblem('x'.repeat(81))).toMatch(/80/);
    expect(tagNameProblem('Pesca')).toBeNull();
    expect(isTagColor('#abc')).toBe(true);
    expect(isTagColor('#a1b2c3')).toBe(true);
    expect(isTagColor('red')).toBe(false);
    expect(isTagColor(defaultTagColor(-3))).toBe(true);
  });
});
