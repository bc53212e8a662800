/** The one mapping from a bulletin (stored, or parsed and about to be stored) to what the search engine indexes. */
import type { ParsedBulletin } from '../model';
import type { SearchDoc } from './engine-types';

/** The bulletin fields search reads; `dateEnd` is an approximate date's range end (BulletinSummary.dateEnd). */
export type SearchDocSource = Pick<ParsedBulletin, 'title' | 'body' | 'countries' | 'organisations' | 'language' | 'date'> & { dateEnd?: string };

export function toSearchDoc(b: SearchDocSource, id: string, tagIds: readonly string[], tagName: (id: string) => string): SearchDoc {
  return {
    id,
    title: b.title,
    body: b.body,
    tags: tagIds.map((tag) => ({ id: tag, name: tagName(tag) })),
    countries: b.countries,
    organisations: b.organisations,
    language: b.language,
    date: b.date,
    ...(b.dateEnd ? { dateEnd: b.dateEnd } : {}),
  };
}
