/**
 * The systems compared by `npm run relevance`: the app's engine (core/search, as the worker runs it)
 * with its "did you mean" (a query that finds nothing lists its correction's bulletins apart, as the
 * app shows them), and two peers on the same documents — MiniSearch 7 (OR, title ×2, fuzzy 0.2, prefix) and SQLite
 * FTS5 bm25 (title ×2). For cross-language queries the peers get the app's glossary expansion of the
 * query (same entries, same multi-word merging) as OR alternatives.
 */
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { SearchEngine } from '../../renderer/src/core/search/engine';
import type { SearchDoc, SearchResult } from '../../renderer/src/core/search/engine-types';
import { expandQuery } from '../../renderer/src/core/search/expand';
import { builtInGlossary } from '../../renderer/src/core/search/glossary';
import { parseQuery } from '../../renderer/src/core/search/query';
import { createSpellingIndex } from '../../renderer/src/core/search/spelling';
import type { QueryTerm } from '../../renderer/src/core/search/query-types';
import { foldText } from '../../renderer/src/core/text/fold';

export interface System {
  name: string;
  /** Ranked ids, best first. */
  search(q: string, crossLanguage: boolean): string[];
  close?(): void;
}

const LIMIT = 20;

/** The query's clauses as lists of alternatives (each a word or phrase text), glossary-expanded when asked. */
function clausesOf(q: string, crossLanguage: boolean): string[][] {
  const parsed = parseQuery(q);
  if (!parsed.ok) return [];
  const query = crossLanguage ? expandQuery(parsed.query, builtInGlossary()) : parsed.query;
  const text = (t: QueryTerm): string => t.text;
  // Each alternative text once: the app may search one translation two ways (phrase, words apart).
  return query.clauses.map((c) => [...new Set(c.anyOf.map(text))]);
}

const words = (text: string): string[] => foldText(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];

export function appSystem(docs: readonly SearchDoc[]): System {
  // With "did you mean", as the search worker runs it (it loads the spelling module on first need).
  const engine = new SearchEngine({ spelling: createSpellingIndex });
  engine.add(docs);
  return {
    name: 'this app',
    search(q, crossLanguage) {
      const result: SearchResult = engine.search(q, { expandTranslations: crossLanguage, limit: LIMIT });
      const partial = (result as SearchResult & { partial?: Array<{ ids: string[] }> }).partial ?? [];
      return [...result.ids, ...partial.flatMap((p) => p.ids)].slice(0, LIMIT);
    },
  };
}

export function miniSearchSystem(docs: readonly SearchDoc[]): System {
  const mini = new MiniSearch<SearchDoc & { meta: string }>({
    fields: ['title', 'body', 'meta'],
    processTerm: (term) => foldText(term.toLowerCase()),
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  mini.addAll(docs.map((d) => ({ ...d, meta: [...d.countries, ...d.organisations].join(' ') })));
  return {
    name: 'MiniSearch 7',
    search(q, crossLanguage) {
      const all = clausesOf(q, crossLanguage).flat().flatMap(words);
      return mini.search(all.join(' ')).slice(0, LIMIT).map((r) => String(r.id));
    },
  };
}

export function fts5System(docs: readonly SearchDoc[]): System {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE d USING fts5(id UNINDEXED, title, body, meta, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = db.prepare('INSERT INTO d (id, title, body, meta) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const d of docs) insert.run(d.id, d.title, d.body, [...d.countries, ...d.organisations].join(' '));
  })();
  const select = db.prepare('SELECT id FROM d WHERE d MATCH ? ORDER BY bm25(d, 0, 2.0, 1.0, 1.0) LIMIT ?');
  return {
    name: 'SQLite FTS5 bm25',
    search(q, crossLanguage) {
      // FTS5's own query semantics: every clause (implicit AND), each an OR of its alternatives (phrases quoted).
      const clauses = clausesOf(q, crossLanguage)
        .map((alts) => alts.map((a) => words(a)).filter((w) => w.length > 0).map((w) => `"${w.join(' ')}"`))
        .filter((alts) => alts.length > 0);
      if (clauses.length === 0) return [];
      const match = clauses.map((alts) => `(${alts.join(' OR ')})`).join(' AND ');
      return (select.all(match, LIMIT) as Array<{ id: string }>).map((r) => r.id);
    },
    close: () => db.close(),
  };
}
