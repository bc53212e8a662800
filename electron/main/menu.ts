/** The application menu: standard roles, plus a way to reach the backups folder. */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  appName: string;
  openBackupsFolder(): void;
}

/** The menu template for `platform` (macOS gets the app menu and its Window conventions). */
export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
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
        { role: 'toggleDevTools' },
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
