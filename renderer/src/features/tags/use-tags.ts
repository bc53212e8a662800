import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../core/model';
import { tagDisplayName } from '../../core/tags/names';
import { tagDisplayPath } from '../../core/tags/tree';
import { tagCounts } from '../../data';
import { useArchive, useArchiveRead, useArchiveVersion } from '../../app/archive/ArchiveProvider';

/** The current tags; the component re-renders whenever the archive changes. */
export function useTags(): Tag[] {
  const { service } = useArchive();
  // Subscribing is the point: the service swaps its tag array on every tag change.
  useArchiveVersion();
  return service.getTags();
}

/** Live bulletins per tag id, re-counted (through the multiEntry index) when the archive changes. */
export function useTagCounts(): Map<string, number> {
  return useArchiveRead(tagCounts, NO_COUNTS);
}

const NO_COUNTS = new Map<string, number>();

/** Tag names and paths in the UI language (a tag may carry an English and a Spanish name). */
export function useTagNames(): { language: string; name(tag: Pick<Tag, 'name' | 'names'>): string; path(tags: readonly Tag[], id: string): string } {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      name: (tag: Pick<Tag, 'name' | 'names'>) => tagDisplayName(tag, language),
      path: (tags: readonly Tag[], id: string) => tagDisplayPath(tags, id, language),
    }),
    [language],
  );
}
