import type { ArchiveService } from '../../app/archive/archive-service';

/** A rule's preview: how many bulletins its query matches now, or why the query cannot run. */
export type RulePreview = { query: string; count: number } | { query: string; error: string };

/**
 * Counts the bulletins a rule query matches, reporting a query the search engine rejects instead
 * of silently counting zero (so nobody saves a rule that can never fire).
 */
export async function previewRule(service: ArchiveService, query: string): Promise<RulePreview> {
  const model = await service.query(query, { order: 'relevance', translations: false });
  if (model.kind === 'matches' && model.error) return { query, error: model.error };
  return { query, count: model.total };
}
