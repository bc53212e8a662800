/**
 * The app's own export/backup file format ("Export archive", and the JSON importer).
 * Versioned so that older files can be read and unknown versions refused clearly.
 */
import type { Bulletin, Dossier, SavedSearch, Tag, TagRule } from '../model';

export const BACKUP_FORMAT = 'pa-bulletin-archive';
export const BACKUP_VERSION = 1;

/** One glossary pair for bilingual search expansion ("pesca" ↔ "fisheries"). */
export interface GlossaryEntry {
  es: string;
  en: string;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  bulletins: Bulletin[];
  tags: Tag[];
  dossiers: Dossier[];
  savedSearches: SavedSearch[];
  rules: TagRule[];
  /** User-edited glossary, when it differs from the built-in one. */
  glossary?: GlossaryEntry[];
}
