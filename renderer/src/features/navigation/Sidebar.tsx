import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, SavedSearch } from '../../core/model';
import { buildTagTree, type TagNode } from '../../core/tags/tree';
import { listDossiers, listSavedSearches, tagCounts } from '../../data';
import { useArchive, useArchiveVersion } from '../../app/archive/ArchiveProvider';
import { useUiState } from '../../app/state';
import { NewDossierButton } from '../dossiers/NewDossierButton';
import { CollapsibleSection } from './CollapsibleSection';
import { TagManagerButton } from '../tags/TagManagerButton';
import { useTagNames } from '../tags/use-tags';
import { useTagTotals } from '../tags/use-tag-totals';
import { SavedSearchList } from '../search/SavedSearchList';

/** The query that filters by a tag: the sidebar and the search box speak the same language. */
export function tagQuery(path: string): string {
  return `tag:"${path.replace(/"/g, '')}"`;
}

function TagTreeItems({ nodes, activeQuery, totals }: { nodes: TagNode[]; activeQuery: string; totals: ReadonlyMap<string, number> }) {
  const { dispatch } = useUiState();
  const { service } = useArchive();
  const names = useTagNames();
  return (
    <ul>
      {nodes.map((node) => {
        // Written in the UI language: `tag:` accepts a tag's English and Spanish names alike.
        const query = tagQuery(names.path(service.getTags(), node.tag.id));
        return (
          <li key={node.tag.id} style={{ paddingLeft: node.depth * 12 }}>
            <button
              type="button"
              className="nav-item"
              aria-current={activeQuery === query ? 'page' : undefined}
              onClick={() => dispatch({ type: 'show', view: { kind: 'library' }, queryText: query })}
            >
              <span>
                <span className="chip-swatch" aria-hidden="true" style={{ color: node.tag.color }}>
                  ●{' '}
                </span>
                {names.name(node.tag)}
              </span>
              {/* With descendants: a parent counts the distinct bulletins its click opens. */}
              <span className="count">{totals.get(node.tag.id) ?? ''}</span>
            </button>
            {node.children.length > 0 ? <TagTreeItems nodes={node.children} activeQuery={activeQuery} totals={totals} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function Sidebar() {
  const { t, i18n } = useTranslation();
  const { service } = useArchive();
  const { state, dispatch } = useUiState();
  const version = useArchiveVersion();
  const [tree, setTree] = useState<TagNode[]>([]);
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [dossiers, setDossiers] = useState<Dossier[]>([]);
  const totals = useTagTotals(tree, service.getTags());

  useEffect(() => {
    let live = true;
    void Promise.all([tagCounts(), listSavedSearches(), listDossiers()]).then(([counts, savedSearches, dossierList]) => {
      if (!live) return;
      setTree(buildTagTree(service.getTags(), counts, i18n.language));
      setSaved(savedSearches);
      setDossiers(dossierList);
    });
    return () => {
      live = false;
    };
  }, [service, version, i18n.language]);

  const view = state.view;
  const plainLibrary = view.kind === 'library' && state.queryText.trim() === '';
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <ul>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={plainLibrary ? 'page' : undefined}
            onClick={() => dispatch({ type: 'show', view: { kind: 'library' }, queryText: '' })}
          >
            {t('nav.library')}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'trash' ? 'page' : undefined}
            onClick={() => dispatch({ type: 'show', view: { kind: 'trash' } })}
          >
            {t('nav.trash')}
          </button>
        </li>
      </ul>
      {/* Dossiers first: with a long tag tree below, New dossier stays in reach without scrolling. */}
      <CollapsibleSection id="dossiers" title={t('nav.dossiers')} actions={<NewDossierButton />}>
        {dossiers.length > 0 ? (
          <ul>
            {dossiers.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={view.kind === 'dossier' && view.dossierId === d.id ? 'page' : undefined}
                  onClick={() => dispatch({ type: 'show', view: { kind: 'dossier', dossierId: d.id } })}
                >
                  <span>{d.title}</span>
                  {/* The count is visual only: the button's accessible name is the dossier's title. */}
                  <span className="count" aria-hidden="true">
                    {d.items.length}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-note">{t('nav.noDossiers')}</p>
        )}
      </CollapsibleSection>
      {/* A long tag tree scrolls inside its section, so the sections below stay in reach. */}
      <CollapsibleSection id="tags" title={t('nav.tags')} actions={<TagManagerButton />} maxHeight="45vh">
        {tree.length > 0 ? <TagTreeItems nodes={tree} activeQuery={state.queryText.trim()} totals={totals} /> : <p className="empty-note">{t('nav.noTags')}</p>}
      </CollapsibleSection>
      <CollapsibleSection id="saved-searches" title={t('nav.savedSearches')}>
        {saved.length > 0 ? <SavedSearchList saved={saved} activeQuery={state.queryText.trim()} /> : <p className="empty-note">{t('nav.noSavedSearches')}</p>}
      </CollapsibleSection>
    </nav>
  );
}
