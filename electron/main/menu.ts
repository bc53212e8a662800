/**
 * The application menu: standard roles, plus a way to reach the backups folder. Developer tools
 * are in development builds only: in the shipped app they would hand anyone at the keyboard a
 * console running with the page's access to the archive and the host bridge.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  appName: string;
  openBackupsFolder(): void;
  /** True in an unpackaged development run (`!app.isPackaged`): adds Toggle Developer Tools. */
  development?: boolean;
}

/** The menu template for `platform` (macOS gets the app menu and its Window conventions). */
export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = actions.development ? [{ role: 'toggleDevTools' }] : [];
  const isMac = platform === 'darwin';
  const backupsItem: MenuItemConstructorOptions = { label: 'Open Backups Folder', click: () => actions.openBackupsFolder() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu', label: actions.appName });
  template.push(
    { label: 'File', submenu: [backupsItem, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...devItems,
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  );
  return template;
}
