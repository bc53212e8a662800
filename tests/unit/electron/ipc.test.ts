import { describe, expect, it, vi } from 'vitest';
import { HostChannel, MAX_SAVE_BYTES, type HostChannelName } from '../../../electron/shared/host-contract';
import { createIpcHandlers, registerIpc, type InvokeEventLike } from '../../../electron/main/ipc';
import type { HostServices } from '../../../electron/main/host-services';

function fakeServices() {
  return {
    openFiles: vi.fn(async () => [{ name: 'a.txt', bytes: new Uint8Array([1]) }]),
    saveFile: vi.fn(async () => ({ saved: true, path: '/tmp/a.pdf' })),
    appInfo: vi.fn(() => ({ name: 'PA Bulletin Archive', version: '0.1.0', platform: 'electron' as const, locale: 'es' })),
    openExternal: vi.fn(async () => true),
    openOriginal: vi.fn(async () => ({ how: 'opened' as const })),
    clearOriginalCopies: vi.fn(async () => undefined),
    clearOriginalCopiesNow: vi.fn(),
    backups: {
      list: vi.fn(async () => []),
      write: vi.fn(async () => ({ name: 'n', createdAt: 1, bytes: 1 })),
      read: vi.fn(async () => new Uint8Array([9])),
    },
    team: {
      setServer: vi.fn(async () => ({ allowed: true, reloadNeeded: false })),
      secrets: { save: vi.fn(async () => true), load: vi.fn(async () => 'pw'), forget: vi.fn(async () => undefined) },
    },
  } satisfies HostServices;
}

const ours: InvokeEventLike = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
const foreign: InvokeEventLike = { senderFrame: { url: 'https://evil.example/', parent: null } };
const gone: InvokeEventLike = { senderFrame: null };

const validCalls: Record<HostChannelName, unknown[]> = {
  [HostChannel.openFiles]: [{ directories: true }],
  [HostChannel.saveFile]: [{ suggestedName: 'a.pdf', bytes: new Uint8Array([1]) }],
  [HostChannel.appInfo]: [],
  [HostChannel.openExternal]: ['https://example.org'],
  [HostChannel.listBackups]: [],
  [HostChannel.writeBackup]: ['daily', new Uint8Array([1])],
  [HostChannel.readBackup]: ['pa-backup-2024-05-20T12-00-00-123Z-daily.json'],
  [HostChannel.openOriginal]: [{ name: 'acta.pdf', bytes: new Uint8Array([37]) }],
  [HostChannel.setTeamServer]: ['https://couch.example.org'],
  [HostChannel.saveTeamPassword]: ['https://couch.example.org/team|ana', 'pw'],
  [HostChannel.loadTeamPassword]: ['https://couch.example.org/team|ana'],
  [HostChannel.forgetTeamPassword]: [],
};

describe('IPC handlers', () => {
  it('has exactly one handler per channel', () => {
    const handlers = createIpcHandlers(fakeServices(), {});
    expect(Object.keys(handlers).sort()).toEqual(Object.values(HostChannel).sort());
  });

  it.each(Object.entries(validCalls))('%s works for our page and refuses foreign or missing frames', async (channel, args) => {
    const services = fakeServices();
    const handler = createIpcHandlers(services, {})[channel as HostChannelName];
    await expect(handler(ours, ...args)).resolves.toBeDefined();
    await expect(handler(foreign, ...args)).rejects.toThrow(/not the app's own page/);
    await expect(handler(gone, ...args)).rejects.toThrow(/not the app's own page/);
  });

  it('does not reach the service when the sender is foreign', async () => {
    const services = fakeServices();
    const handlers = createIpcHandlers(services, {});
    await expect(handlers[HostChannel.saveFile](foreign, validCalls[HostChannel.saveFile][0])).rejects.toThrow();
    expect(services.saveFile).not.toHaveBeenCalled();
  });

  it('accepts the dev server only in dev', async () => {
    const dev: InvokeEventLike = { senderFrame: { url: 'http://localhost:5173/', parent: null } };
    await expect(createIpcHandlers(fakeServices(), {})[HostChannel.appInfo](dev)).rejects.toThrow();
    await expect(createIpcHandlers(fakeServices(), { devServerUrl: 'http://localhost:5173' })[HostChannel.appInfo](dev)).resolves.toMatchObject({
      platform: 'electron',
    });
  });

  it('validates arguments before calling services', async () => {
    const services = fakeServices();
    const h = createIpcHandlers(services, {});
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_BYTES + 1 });
    await expect(h[HostChannel.saveFile](ours, { suggestedName: '../x.pdf', bytes: new Uint8Array(1) })).rejects.toThrow(/bare file name/);
    await expect(h[HostChannel.saveFile](ours, { suggestedName: 'x.pdf', bytes: huge })).rejects.toThrow(/limit/);
    await expect(h[HostChannel.writeBackup](ours, 'daily', 'not bytes')).rejects.toThrow();
    await expect(h[HostChannel.writeBackup](ours, 'weekly', new Uint8Array(1))).rejects.toThrow();
    await expect(h[HostChannel.readBackup](ours, '../window-state.json')).rejects.toThrow();
    await expect(h[HostChannel.openFiles](ours, { directories: 'yes' })).rejects.toThrow();
    // The system viewer picks a program by extension: only importable files are opened.
    await expect(h[HostChannel.openOriginal](ours, { name: 'run.exe', bytes: new Uint8Array(1) })).rejects.toThrow(/importable extension/);
    await expect(h[HostChannel.openOriginal](ours, { name: '../acta.pdf', bytes: new Uint8Array(1) })).rejects.toThrow(/bare file name/);
    await expect(h[HostChannel.openOriginal](ours, { name: 'acta.pdf', bytes: 'x' })).rejects.toThrow();
    await expect(h[HostChannel.openOriginal](ours, { name: 'acta.pdf', bytes: new Uint8Array(1) }, 'extra')).rejects.toThrow();
    await expect(h[HostChannel.openExternal](ours, { href: 'https://x' })).rejects.toThrow();
    await expect(h[HostChannel.appInfo](ours, 'extra')).rejects.toThrow();
    await expect(h[HostChannel.openFiles](ours, {}, 'extra')).rejects.toThrow();
    expect(services.saveFile).not.toHaveBeenCalled();
    expect(services.backups.write).not.toHaveBeenCalled();
    expect(services.backups.read).not.toHaveBeenCalled();
    expect(services.openFiles).not.toHaveBeenCalled();
    expect(services.openExternal).not.toHaveBeenCalled();
  });

  it('passes validated arguments through', async () => {
    const services = fakeServices();
    const h = createIpcHandlers(services, {});
    await h[HostChannel.openFiles](ours, undefined);
    expect(services.openFiles).toHaveBeenCalledWith({});
    const bytes = new Uint8Array([5]);
    await h[HostChannel.writeBackup](ours, 'before-restore', bytes);
    expect(services.backups.write).toHaveBeenCalledWith('before-restore', bytes);
  });

  it('registerIpc installs every handler on ipcMain', async () => {
    const handle = vi.fn();
    registerIpc({ handle }, createIpcHandlers(fakeServices(), {}));
    expect(handle.mock.calls.map((c) => c[0] as string).sort()).toEqual(Object.values(HostChannel).sort());
  });
});

describe('team archive IPC', () => {
  it('refuses a team server that is not https (or http on this computer)', async () => {
    const handlers = createIpcHandlers(fakeServices(), {});
    const set = handlers[HostChannel.setTeamServer];
    await expect(set(ours, 'http://couch.example.org')).rejects.toThrow(/https team server/);
    await expect(set(ours, 'javascript:alert(1)')).rejects.toThrow();
    await expect(set(ours, 'https://couch.example.org')).resolves.toEqual({ allowed: true, reloadNeeded: false });
    await expect(set(ours, null)).resolves.toEqual({ allowed: true, reloadNeeded: false });
    await expect(handlers[HostChannel.saveTeamPassword](ours, 'k', 42)).rejects.toThrow(/password/);
  });
});
