/**
 * Writers for generated corpora: the app's backup JSON (what "Import archive" reads) and the
 * plain multi-bulletin text staff paste from the PA website (what the text importer splits).
 */
import { BACKUP_FORMAT, type BackupFile } from '../backup/format';
import { contentHash } from '../import/hash';
import type { Bulletin, ParsedBulletin, Tag } from '../model';
import { formatDateline } from './compose';
import type { GeneratedBulletin } from './generate';

/** Fixed timestamps so that a generated backup is byte-identical for the same seed. */
const EPOCH = Date.UTC(2026, 0, 1);
const TAG_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

/** Same cut as the data layer's excerpt, kept local because core/ cannot import data/. */
function excerptOf(body: string, length = 200): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Stable tag id for a tag name. */
export function generatedTagId(name: string): string {
  return `tag-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function isGenerated(x: ParsedBulletin | GeneratedBulletin): x is GeneratedBulletin {
  return 'bulletin' in x;
}

/**
 * A stored-shape bulletin for a generated one: deterministic id (`gen-<index>`), excerpt and
 * content hash computed as the import path would.
 */
export function toStoredBulletin(b: ParsedBulletin, index: number, tagNames: readonly string[] = []): Bulletin {
  const at = EPOCH + index * 1000;
  return {
    id: `gen-${String(index).padStart(7, '0')}`,
    title: b.title,
    date: b.date,
    datePrecision: b.datePrecision,
    place: b.place,
    language: b.language,
    countries: b.countries,
    organisations: b.organisations,
    tags: tagNames.map(generatedTagId),
    sourceFile: b.sourceFile,
    batchId: 'gen-batch',
    contentHash: contentHash(b.title, b.body),
    excerpt: excerptOf(b.body),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    body: b.body,
    bodyHtml: b.bodyHtml,
  };
}

/**
 * The app's backup file for generated bulletins. Pass `generateTagged(...)` output to get tags
 * (one Tag per distinct name), or plain bulletins for an untagged archive.
 */
export function toExportJson(items: readonly (ParsedBulletin | GeneratedBulletin)[]): BackupFile {
  const tagNames = new Set<string>();
  const bulletins = items.map((item, i) => {
    const b = isGenerated(item) ? item.bulletin : item;
    const names = isGenerated(item) ? item.tagNames : [];
    for (const name of names) tagNames.add(name);
    return toStoredBulletin(b, i, names);
  });
  return { ...backupHeader(), bulletins, tags: makeTags(tagNames) };
}

/** Tag records for tag names, in the given order, with ids from `generatedTagId`. */
export function makeTags(names: Iterable<string>): Tag[] {
  return [...names].map((name, i) => ({
    id: generatedTagId(name),
    name,
    color: TAG_COLORS[i % TAG_COLORS.length] ?? '#1f77b4',
    parentId: null,
    createdAt: EPOCH,
  }));
}

/** Every field of a generated backup except `bulletins` and `tags` (for streaming writers). */
export function backupHeader(): Omit<BackupFile, 'bulletins' | 'tags'> {
  return {
    format: BACKUP_FORMAT,
    // Version 2: streamed by scripts/generate-corpus.mjs without the checksum version 3 requires.
    version: 2,
    exportedAt: new Date(EPOCH).toISOString(),
    dossiers: [],
    savedSearches: [],
    rules: [],
  };
}

/**
 * Bulletins as one plain-text page: title line, blank line, dateline + first paragraph, further
 * paragraphs separated by blank lines, and a blank line between bulletins — the layout of
 * `/work/shared/corpus`. The text importer splits it back into the same bulletins.
 */
export function toMultiBulletinText(bulletins: readonly ParsedBulletin[]): string {
  return bulletins
    .map((b) => {
      const dateline = formatDateline(b);
      const body = dateline ? `${dateline} ${b.body}` : b.body;
      return `${b.title}\n\n${body}\n`;
    })
    .join('\n');
}
