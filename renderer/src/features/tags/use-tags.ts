import type { Tag } from '../../core/model';
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
