/**
 * The relevance test set (tests/fixtures/relevance): the written bulletins, the shared corpus's ten
 * (imported by the app's own text importer) and generated ones, as search documents, and the
 * judged queries. Read-only: judgments were written before any tuning and are not edited by code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateTagged } from '../../renderer/src/core/generator';
import { extractMetadata } from '../../renderer/src/core/import/metadata';
import { importPlainText } from '../../renderer/src/core/import/importers/text';
import type { SearchDoc } from '../../renderer/src/core/search/engine-types';
import type { Language } from '../../renderer/src/core/model';
import { CORPUS_FILE } from '../unit/support/corpus';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/relevance');
/** The check set: written after the main set was tuned, over its corpus plus 26 more bulletins. */
export const CHECK_FIXTURES = resolve(import.meta.dirname, '../fixtures/relevance-check');
/** The third set: sealed until its one scoring at dc3a7c0, since read and tuned on (README, Sealed set). */
export const CHECK2_FIXTURES = resolve(import.meta.dirname, '../fixtures/relevance-check2');
/** The fourth set: scored unseen at 10b6924 / 06f2bb5, then opened for tuning (its README). */
export const CHECK3_FIXTURES = resolve(import.meta.dirname, '../fixtures/relevance-check3');

export type Group = 'es' | 'en' | 'cross';
export interface Judged {
  group: Group;
  q: string;
  rel: Record<string, number>;
}
interface JudgmentFile {
  /** A folder (relative to this one) whose documents come first: a check set over a larger corpus. */
  base?: string;
  corpus?: Record<string, string>;
  generated?: { seed: number; count: number };
  queries: Judged[];
}

/** Parses `### id | date-or-'-' | lang` records: title line, then body. */
export function parseWritten(text: string, file: string): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const record of text.split(/^### /mu).slice(1)) {
    const [head = '', title = '', ...rest] = record.split('\n');
    const [id, date, lang] = head.split('|').map((s) => s.trim());
    if (!id || !date || (lang !== 'es' && lang !== 'en') || !title.trim()) throw new Error(`${file}: bad record "${head}"`);
    const body = rest.join('\n').trim();
    const meta = extractMetadata(`${title}\n${body}`);
    docs.push({
      id, title: title.trim(), body, tags: [], countries: meta.countries, organisations: meta.organisations,
      language: lang as Language, date: date === '-' ? null : date,
    });
  }
  return docs;
}

export interface TestSet {
  docs: SearchDoc[];
  queries: Judged[];
}

export function loadTestSet(dir = FIXTURES): TestSet {
  const judgments = JSON.parse(readFileSync(resolve(dir, 'judgments.json'), 'utf8')) as JudgmentFile;
  const docs: SearchDoc[] = judgments.base ? loadTestSet(resolve(dir, judgments.base)).docs : [];
  for (const name of ['bulletins-es.txt', 'bulletins-en.txt']) docs.push(...parseWritten(readFileSync(resolve(dir, name), 'utf8'), name));
  const shared = importPlainText(readFileSync(CORPUS_FILE, 'utf8'), 'pacific-alliance-news.txt');
  for (const [id, needle] of Object.entries(judgments.corpus ?? {})) {
    const b = shared.find((s) => s.title.toLowerCase().includes(needle.toLowerCase()));
    if (!b) throw new Error(`judgments.json: no shared-corpus bulletin titled like "${needle}" (${id})`);
    docs.push({ id, title: b.title, body: b.body, tags: [], countries: b.countries, organisations: b.organisations, language: b.language, date: b.date });
  }
  const generated = judgments.generated ?? { count: 0, seed: 0 };
  generateTagged(generated.count, generated.seed).forEach((g, i) => {
    const b = g.bulletin;
    docs.push({
      id: `g${i}`, title: b.title, body: b.body, tags: g.tagNames.map((name) => ({ id: `tag-${name}`, name })),
      countries: b.countries, organisations: b.organisations, language: b.language, date: b.date,
    });
  });
  const ids = new Set(docs.map((d) => d.id));
  if (ids.size !== docs.length) throw new Error(`${dir}: two bulletins share an id`);
  for (const q of judgments.queries) for (const id of Object.keys(q.rel)) if (!ids.has(id)) throw new Error(`judgments.json: "${q.q}" judges unknown bulletin ${id}`);
  return { docs, queries: judgments.queries };
}
