import { useEffect, useState } from 'react';
import type { Tag } from '../../core/model';
import { tagPath, type TagNode } from '../../core/tags/tree';
import { useArchive, useArchiveVersion } from '../../app/archive/ArchiveProvider';

/**
 * Bulletins per tag as a person reads the tree: a tag with sub-tags counts the distinct bulletins
 * carrying it or any tag below it — what a click on it opens. A leaf's count is its own links
 * (already known from the tag index); a parent's is asked of the search engine with the same
 * `tag:` filter the click runs, so the two cannot disagree, and a bulletin tagged with two
 * children counts once.
 */
export function useTagTotals(tree: readonly TagNode[], tags: readonly Tag[]): Map<string, number> {
  const { service } = useArchive();
  const version = useArchiveVersion();
  const [parents, setParents] = useState<Map<string, number>>(() => new Map());

  const parentIds = collectParents(tree);
  const key = parentIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key === '' ? [] : key.split(',');
    void Promise.all(
      ids.map(async (id) => [id, await service.countMatches(`tag:"${tagPath(tags, id).replace(/"/g, '')}"`)] as const),
    ).then(
      (entries) => live && setParents(new Map(entries)),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `version`: re-count after every change to the archive; `tags` changes with it.
  }, [service, key, tags, version]);

  const totals = new Map<string, number>();
  const walk = (nodes: readonly TagNode[]): void => {
    for (const node of nodes) {
      if (node.children.length === 0) totals.set(node.tag.id, node.count);
      else {
        const asked = parents.get(node.tag.id);
        if (asked !== undefined) totals.set(node.tag.id, asked);
      }
      walk(node.children);
    }
  };
  walk(tree);
  return totals;
}

function collectParents(nodes: readonly TagNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.children.length > 0) {
      out.push(node.tag.id);
      collectParents(node.children, out);
    }
  }
  return out;
}
