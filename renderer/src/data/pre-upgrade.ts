/**
 * A copy of the archive as it is BEFORE a schema upgrade. Dexie upgrades a database the moment the
 * current schema opens it, so this reads the old database in Dexie's dynamic mode (no schema
 * declared: it opens at whatever version is on disk and changes nothing) and exports it in the
 * backup format. Rows of every earlier version are understood: v1 kept bodies inline, v2+ in `bodies`.
 */
import Dexie from 'dexie';
import { createBackupFile, type BackupFile } from '../core/backup/format';
import type { Bulletin, Dossier, SavedSearch, Tag, TagRule } from '../core/model';
import { ARCHIVE_DB_NAME, ArchiveDb } from './db';
import { makeExcerpt } from './excerpt';

/** The schema version this build opens databases with. */
export function currentSchemaVersion(): number {
  const probe = new ArchiveDb('pa-schema-probe-never-opened');
  return probe.verno;
}

/** The on-disk schema version of the archive when it is older than this build's, else null. */
export async function pendingSchemaUpgrade(name: string = ARCHIVE_DB_NAME): Promise<{ from: number; to: number } | null> {
  if (!(await Dexie.exists(name))) return null;
  const probe = new Dexie(name);
  try {
    await probe.open();
    const to = currentSchemaVersion();
    return probe.verno < to ? { from: probe.verno, to } : null;
  } finally {
    probe.close();
  }
}

type OldRow = Record<string, unknown> & { id: string };

function toBulletin(row: OldRow, body: { body?: unknown; bodyHtml?: unknown } | undefined): Bulletin {
  const text = typeof row.body === 'string' ? row.body : typeof body?.body === 'string' ? body.body : '';
  const html = typeof row.bodyHtml === 'string' ? row.bodyHtml : typeof body?.bodyHtml === 'string' ? body.bodyHtml : null;
  const deletedAt = typeof row.deletedAt === 'number' && row.deletedAt > 0 ? row.deletedAt : null;
  const { trashed: _trashed, dateKey: _dateKey, body: _body, bodyHtml: _bodyHtml, ...rest } = row;
  return {
    ...(rest as unknown as Bulletin),
    excerpt: typeof row.excerpt === 'string' ? row.excerpt : makeExcerpt(text),
    body: text,
    bodyHtml: html,
    deletedAt,
  };
}

/** Exports the not-yet-upgraded archive as a backup file (read-only; the database is left as it is). */
export async function exportBeforeUpgrade(name: string = ARCHIVE_DB_NAME): Promise<BackupFile> {
  const db = new Dexie(name);
  await db.open();
  try {
    const table = (tableName: string) => (db.tables.some((t) => t.name === tableName) ? db.table(tableName).toArray() : Promise.resolve([]));
    const [rows, bodies, tags, dossiers, savedSearches, rules] = await Promise.all([
      table('bulletins') as Promise<OldRow[]>,
      table('bodies') as Promise<Array<{ id: string; body?: unknown; bodyHtml?: unknown }>>,
      table('tags') as Promise<Tag[]>,
      table('dossiers') as Promise<Dossier[]>,
      table('savedSearches') as Promise<SavedSearch[]>,
      table('rules') as Promise<TagRule[]>,
    ]);
    const bodyById = new Map(bodies.map((b) => [b.id, b]));
    return createBackupFile({
      bulletins: rows.map((row) => toBulletin(row, bodyById.get(row.id))),
      tags,
      dossiers,
      savedSearches,
      rules,
    });
  } finally {
    db.close();
  }
}
