import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostServices, type HostServiceDeps } from '../../../electron/main/host-services';

describe('host services', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pa-host-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function make(overrides: Partial<HostServiceDeps['dialog']> = {}) {
    const shell = { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async (_path: string) => '') };
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [join(dir, 'a.txt')] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'out.pdf') })),
      ...overrides,
    };
    const app = {
      getName: () => 'PA Bulletin Archive',
      getVersion: () => '0.1.0',
      getLocale: () => 'es-CL',
      getPath: () => dir,
    };
    const backups = { list: vi.fn(), write: vi.fn(), read: vi.fn() };
    const services = createHostServices({
      app: app as HostServiceDeps['app'],
      dialog: dialog as unknown as HostServiceDeps['dialog'],
      shell,
      getWindow: () => null,
      backups,
      platform: 'linux',
      team: { setServer: vi.fn(), secrets: { save: vi.fn(), load: vi.fn(), forget: vi.fn() } },
    });
    return { services, shell, dialog };
  }

  it('openFiles reads what the dialog returned', async () => {
    writeFileSync(join(dir, 'a.txt'), 'hola');
    const { services, dialog } = make();
    const files = await services.openFiles({});
    expect(files).toEqual([{ name: 'a.txt', bytes: new TextEncoder().encode('hola'), lastModified: expect.any(Number) }]);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
  });

  it('openFiles with backup: true reads a backup past the 50 MB import limit', async () => {
    const path = join(dir, 'backup.json');
    writeFileSync(path, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const { services } = make({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [path] })) });
    const json = [{ name: 'JSON', extensions: ['json'] }];
    expect((await services.openFiles({ filters: json }))[0]?.error).toMatch(/limit/);
    const [file] = await services.openFiles({ filters: json, backup: true });
    expect(file?.error).toBeUndefined();
    expect(file?.bytes.byteLength).toBe(51 * 1024 * 1024);
  });

  it('openFiles returns nothing when cancelled', async () => {
    const { services } = make({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await services.openFiles({})).toEqual([]);
  });

  it('saveFile proposes the suggested name and writes the bytes', async () => {
    const { services, dialog } = make();
    const result = await services.saveFile({ suggestedName: 'dossier.pdf', bytes: new Uint8Array([37, 80]) });
    expect(result).toEqual({ saved: true, path: join(dir, 'out.pdf') });
    expect(readFileSync(join(dir, 'out.pdf'))).toEqual(Buffer.from([37, 80]));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(dir, 'dossier.pdf') }));
  });

  it('saveFile reports a cancelled dialog', async () => {
    const { services } = make({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    expect(await services.saveFile({ suggestedName: 'x.pdf', bytes: new Uint8Array() })).toEqual({ saved: false });
  });

  it('openExternal only opens https', async () => {
    const { services, shell } = make();
    expect(await services.openExternal('http://example.org')).toBe(false);
    expect(await services.openExternal('file:///etc/passwd')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(await services.openExternal('https://example.org')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org');
  });

  it('openOriginal writes a temp copy under its name and opens it with the system viewer', async () => {
    const { services, shell } = make();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(await services.openOriginal({ name: 'acta.pdf', bytes })).toEqual({ how: 'opened' });
    const first = shell.openPath.mock.calls[0]?.[0] ?? '';
    expect(first.startsWith(join(dir, 'pa-bulletin-archive-originals-'))).toBe(true);
    expect(first.endsWith('acta.pdf')).toBe(true);
    expect(readFileSync(first)).toEqual(Buffer.from(bytes));
    // A second open of the same name never overwrites the first copy.
    await services.openOriginal({ name: 'acta.pdf', bytes: new Uint8Array([1]) });
    expect(shell.openPath.mock.calls[1]?.[0]).not.toBe(first);
    expect(readFileSync(first)).toEqual(Buffer.from(bytes));
  });

  it('clearOriginalCopies removes the temp copies of earlier runs; clearOriginalCopiesNow this run’s', async () => {
    const earlier = make();
    await earlier.services.openOriginal({ name: 'acta.pdf', bytes: new Uint8Array([1]) });
    const old = earlier.shell.openPath.mock.calls[0]?.[0] ?? '';
    const { services, shell } = make();
    await services.openOriginal({ name: 'acta.pdf', bytes: new Uint8Array([1]) });
    const copy = shell.openPath.mock.calls[0]?.[0] ?? '';
    expect(existsSync(old) && existsSync(copy)).toBe(true);
    await services.clearOriginalCopies();
    expect([existsSync(old), existsSync(copy)]).toEqual([false, true]);
    services.clearOriginalCopiesNow();
    expect(existsSync(copy)).toBe(false);
    await services.clearOriginalCopies();
  });

  it('openOriginal never hands HTML to the system browser: it opens its text as .txt under a sanitised name', async () => {
    const { services, shell } = make();
    const page = '<script>fetch("https://evil.example/")</script><p>hola</p>';
    await services.openOriginal({ name: 'a\u202Efdp.html', bytes: new TextEncoder().encode(page) });
    const opened = shell.openPath.mock.calls[0]?.[0] ?? '';
    expect(opened.endsWith(`${sep}afdp.html.txt`)).toBe(true);
    expect(readFileSync(opened, 'utf8')).toBe(page);
    await services.openOriginal({ name: 'CON.txt', bytes: new Uint8Array([65]) });
    expect(shell.openPath.mock.calls[1]?.[0]?.endsWith(`${sep}_CON.txt`)).toBe(true);
  });

  it('openOriginal reports a viewer that could not open the file', async () => {
    const { services, shell } = make();
    shell.openPath.mockResolvedValueOnce('no application');
    await expect(services.openOriginal({ name: 'acta.pdf', bytes: new Uint8Array([1]) })).rejects.toThrow(/could not open acta\.pdf: no application/);
  });

  it('appInfo reports electron and the OS locale', () => {
    expect(make().services.appInfo()).toEqual({ name: 'PA Bulletin Archive', version: '0.1.0', platform: 'electron', locale: 'es-CL' });
  });
});
