/**
 * Cross-record checks of a backup: every id a record names must be in the file (a tag's parent,
 * a bulletin's tags and kept original, a dossier's items, a rule's tag), and no id repeats.
 * A reference pointing nowhere means the file was damaged or edited: it is refused, naming where.
 */
import type { Tag } from '../model';
import { BackupFormatError, fail } from './validate';

export interface ReferencedContent {
  bulletins: ReadonlyArray<{ id: string; tags: readonly string[]; originalId?: string }>;
  tags: readonly Tag[];
  dossiers: ReadonlyArray<{ id: string; items: readonly string[] }>;
  savedSearches: ReadonlyArray<{ id: string }>;
  rules: ReadonlyArray<{ id: string; tagId: string }>;
  originals?: ReadonlyArray<{ id: string }>;
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, table: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) throw new BackupFormatError(`The backup file is damaged: ${table}[${i}] repeats id "${item.id}" (${table} contains it twice).`);
    seen.add(item.id);
  });
  return seen;
}

function checkTagTree(tags: readonly Tag[], tagIds: ReadonlySet<string>): void {
  const parentOf = new Map(tags.map((t) => [t.id, t.parentId]));
  tags.forEach((t, i) => {
    if (t.parentId !== null && !tagIds.has(t.parentId)) fail(`tags[${i}].parentId`, `names tag "${t.parentId}", which is not in the backup`);
    const seen = new Set<string>();
    let cur: string | null | undefined = t.id;
    while (cur) {
      if (seen.has(cur)) throw new BackupFormatError(`The backup file is damaged: tag "${t.name}" (tags[${i}]) is its own ancestor.`);
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  });
}

/**
 * Refuses repeated ids and references to records the file does not hold. A bulletin's `originalId`
 * is checked only when the file carries originals: an export without them still names the files
 * the archive keeps (the restore keeps those links only where the archive has the file).
 * @throws BackupFormatError naming the record and field.
 */
export function checkReferences(file: ReferencedContent): void {
  const bulletinIds = uniqueIds(file.bulletins, 'bulletins');
  const tagIds = uniqueIds(file.tags, 'tags');
  uniqueIds(file.dossiers, 'dossiers');
  uniqueIds(file.savedSearches, 'savedSearches');
  uniqueIds(file.rules, 'rules');
  const originalIds = file.originals ? uniqueIds(file.originals, 'originals') : null;
  checkTagTree(file.tags, tagIds);
  file.bulletins.forEach((b, i) => {
    b.tags.forEach((t, j) => {
      if (!tagIds.has(t)) fail(`bulletins[${i}].tags[${j}]`, `names tag "${t}", which is not in the backup`);
    });
    if (originalIds && b.originalId !== undefined && !originalIds.has(b.originalId)) {
      fail(`bulletins[${i}].originalId`, `names the original file ${b.originalId.slice(0, 12)}…, which is not in the backup`);
    }
  });
  file.dossiers.forEach((d, i) => {
    d.items.forEach((item, j) => {
      if (!bulletinIds.has(item)) fail(`dossiers[${i}].items[${j}]`, `names bulletin "${item}", which is not in the backup`);
    });
  });
  file.rules.forEach((r, i) => {
    if (!tagIds.has(r.tagId)) fail(`rules[${i}].tagId`, `names tag "${r.tagId}", which is not in the backup`);
  });
}
