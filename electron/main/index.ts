/**
 * Entry point of the main process: wiring only. Every decision lives in a small module next to
 * this one and is unit-tested there.
 */
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { createBackupStore } from './backups';
import { createHostServices } from './host-services';
import { createIpcHandlers, registerIpc } from './ipc';
import { createFileLog } from './log';
import { buildMenuTemplate } from './menu';
import { NETWORK_REQUEST_PATTERNS, isPermissionAllowed, originOf } from './navigation-policy';
import { watchRendererHealth } from './renderer-health';
import { shouldCancelRequest } from '../shared/sync-origin';
import { createTeamSecrets } from './team-secrets';
import { createTeamServer } from './team-server';
import { attachWindowGuards, buildWindowOptions } from './window';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const iconPath = join(here, '../../resources/icon.png');
// The dev server is trusted only in an unpackaged run started by electron-vite.
const devServerUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined;
// Electron tests give every run its own profile (never honoured by a packaged build).
const userDataOverride = (!app.isPackaged && process.env['PA_USER_DATA_DIR']) || undefined;
if (userDataOverride) app.setPath('userData', userDataOverride);
const pageOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN;

let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const openExternal = (url: string): void => {
  void shell.openExternal(url);
};

function createWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const restored = restoreBounds(loadWindowState(stateFile), workAreas);
  const win = new BrowserWindow(buildWindowOptions(preloadPath, restored, iconPath));
  mainWindow = win;
  if (restored.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => {
    mainWindow = null;
  });
  watchRendererHealth(win, {
    locale: app.getLocale(),
    log: createFileLog(join(app.getPath('userData'), 'logs', 'main.log')),
    ask: (options) => dialog.showMessageBox(win, options),
    quit: () => app.quit(),
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => attachWindowGuards(contents, pageOrigin, openExternal));

  void app.whenReady().then(() => {
    // Team archive (issue 24): one configured server may be reached; everything else stays cancelled.
    const teamServer = createTeamServer(join(app.getPath('userData'), 'team-server.json'));
    registerAppProtocol(protocol, rendererRoot, (base) => teamServer.policy(base));
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionAllowed(permission)));
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));
    // No device (USB, serial, HID) and no screen capture is ever granted; no network request leaves.
    session.defaultSession.setDevicePermissionHandler(() => false);
    session.defaultSession.setDisplayMediaRequestHandler((_request, callback) => callback(null));
    const devServerOrigin = devServerUrl ? originOf(devServerUrl) : null;
    session.defaultSession.webRequest.onBeforeRequest({ urls: NETWORK_REQUEST_PATTERNS }, (details, callback) =>
      callback({ cancel: shouldCancelRequest(details.url, { syncOrigin: teamServer.origin(), devServerOrigin }) }),
    );

    const backupsDir = join(app.getPath('userData'), 'backups');
    const services = createHostServices({
      app,
      dialog,
      shell,
      getWindow: () => mainWindow,
      backups: createBackupStore(backupsDir),
      platform: process.platform,
      team: {
        setServer: (url) => teamServer.setServer(url),
        secrets: createTeamSecrets(safeStorage, join(app.getPath('userData'), 'team-archive-secret.json')),
      },
    });
    registerIpc(ipcMain, createIpcHandlers(services, { devServerUrl }));
    // Temp copies of originals: an earlier run's at start, this run's at quit.
    void services.clearOriginalCopies().catch(() => undefined);
    app.on('will-quit', () => services.clearOriginalCopiesNow());

    const template = buildMenuTemplate(process.platform, {
      appName: app.getName(),
      openBackupsFolder: () => void shell.openPath(backupsDir),
      development: !app.isPackaged,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));

    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
