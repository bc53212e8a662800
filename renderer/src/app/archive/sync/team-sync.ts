/**
 * The one sync engine of this window, made on first use from the archive service (its `send` is the
 * engine's write path). PouchDB itself loads only when someone connects.
 */
import { createBackupFile } from '../../../core/backup/format';
import type { ArchiveService } from '../archive-service';
import { sanitizeBulletinHtml } from '../snapshots';
import { getHost } from '../../../host';
import { SyncEngine } from './engine';

const engines = new WeakMap<ArchiveService, SyncEngine>();

export function getTeamSync(service: ArchiveService): SyncEngine {
  let engine = engines.get(service);
  if (!engine) {
    engine = new SyncEngine({
      send: service.send,
      host: getHost(),
      reload: () => window.location.reload(),
      sanitizeHtml: sanitizeBulletinHtml,
      // "Start from the team's archive": an empty archive restored in place (on the desktop after a
      // before-restore snapshot), so the choice can be taken back from Settings → snapshots.
      clearLocalArchive: async () => {
        await service.send('archive/restore', {
          file: createBackupFile({ bulletins: [], tags: [], dossiers: [], savedSearches: [], rules: [] }),
          mode: 'replace',
        });
      },
    });
    engines.set(service, engine);
  }
  return engine;
}

export type { ConnectInput, FirstSyncChoice, SyncStatus } from './engine';
export { SyncError } from './errors';
