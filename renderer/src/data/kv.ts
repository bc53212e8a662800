/** Small settings and app state, stored as key/value rows. */
import type { GlossaryEntry } from '../core/backup/format';
import { emitArchiveChange } from './changes';
import { getArchiveDb } from './db';
import { withStorageErrors } from './errors';

/** The known settings and their value types. */
export interface ArchiveSettings {
  glossary: GlossaryEntry[];
  locale: string;
  theme: 'light' | 'dark' | 'system';
  lastExportAt: number;
  starterTaxonomyOffered: boolean;
}

export type SettingKey = keyof ArchiveSettings;

/** Reads a setting (undefined when never set). */
export async function getSetting<K extends SettingKey>(key: K): Promise<ArchiveSettings[K] | undefined> {
  const row = await getArchiveDb().kv.get(key);
  return row?.value as ArchiveSettings[K] | undefined;
}

/** Writes a setting. */
export async function setSetting<K extends SettingKey>(key: K, value: ArchiveSettings[K]): Promise<void> {
  await withStorageErrors(() => getArchiveDb().kv.put({ key, value }));
  emitArchiveChange({ kind: 'kv', ids: [key] });
}

/** Removes a setting (back to its default). */
export async function deleteSetting(key: SettingKey): Promise<void> {
  await withStorageErrors(() => getArchiveDb().kv.delete(key));
  emitArchiveChange({ kind: 'kv', ids: [key] });
}
