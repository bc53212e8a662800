import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTagTree, type TagNode } from '../../core/tags/tree';
import { CreateTagForm } from './CreateTagForm';
import { ManagerNoticeProvider } from './ManagerNotice';
import { RulesSection } from './RulesSection';
import { TagManagerRow } from './TagManagerRow';
import { useTagCounts, useTags } from './use-tags';
import { useTagTotals } from './use-tag-totals';

function flatten(nodes: readonly TagNode[]): TagNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The body of the "Manage tags" dialog. */
export function TagManager() {
  const { t, i18n } = useTranslation();
  const tags = useTags();
  const counts = useTagCounts();
  const tree = buildTagTree(tags, counts, i18n.language);
  const totals = useTagTotals(tree, tags);
  const rows = flatten(tree);
  const treeId = useId();

  return (
    <ManagerNoticeProvider>
      <CreateTagForm />
      <section aria-labelledby={treeId}>
        <h3 id={treeId}>{t('tags.manager.tree')}</h3>
        {rows.length === 0 ? (
          <p className="empty-note">{t('tags.manager.empty')}</p>
        ) : (
          <ul aria-labelledby={treeId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {rows.map((node) => (
              <TagManagerRow key={node.tag.id} node={node} tags={tags} total={totals.get(node.tag.id)} />
            ))}
          </ul>
        )}
      </section>
      <RulesSection />
    </ManagerNoticeProvider>
  );
}
