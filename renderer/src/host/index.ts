/**
 * The renderer's only door to its host. Features call `getHost()` and never look at Electron
 * or at `window.paHost` themselves.
 */
import { HOST_GLOBAL, type HostApi } from '../../../electron/shared/host-contract';
import { selectHost } from './select-host';
import { createWebHost } from './web-host';

export type {
  AppInfo,
  BackupSnapshot,
  FileFilter,
  HostApi,
  OpenFilesOptions,
  OpenedFile,
  OpenOriginalRequest,
  OpenOriginalResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../../electron/shared/host-contract';
export { MAX_OPEN_FILE_BYTES, MAX_OPEN_TOTAL_BYTES, MAX_SAVE_BYTES } from '../../../electron/shared/host-contract';
export { IMPORT_EXTENSIONS } from '../core/import/formats';
export { safeFileName } from '../../../electron/shared/original-names';
export { filesFromDataTransfer } from './data-transfer';
export { blobBytes } from '../../../electron/shared/blob-bytes';
export { createWebHost } from './web-host';
export { isHostApi, selectHost } from './select-host';

/**
 * The preload's bridge, read once when this module loads (before any bulletin is shown) and only
 * as an OWN property of window: `contextBridge.exposeInMainWorld` defines one, while an element
 * with `id="paHost"` or `name="paHost"` in shown content only adds a named property on Window's
 * prototype chain. So `HOST_GLOBAL in window` or `window.paHost` could be clobbered by content;
 * this cannot.
 */
const bridge: Record<string, unknown> = {};
const own = typeof window === 'undefined' ? undefined : Object.getOwnPropertyDescriptor(window, HOST_GLOBAL);
if (own && 'value' in own) bridge[HOST_GLOBAL] = own.value;

let host: HostApi | null = null;

/** The host for this page (chosen once, then cached). */
export function getHost(): HostApi {
  host ??= selectHost(bridge, () => createWebHost());
  return host;
}

/** Whether the app runs inside Electron (for UI that differs, e.g. showing backups). Content cannot change it. */
export function isDesktopHost(): boolean {
  return HOST_GLOBAL in bridge;
}
