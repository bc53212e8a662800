// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebHost, acceptAttribute } from '../../../renderer/src/host/web-host';
import { fileTooLargeError, totalTooLargeError } from '../../../electron/shared/file-limits';

/** Answers the next hidden file input with `files` (or a cancel when null). */
function answerPicker(files: File[] | null): { input: () => HTMLInputElement | undefined } {
  let seen: HTMLInputElement | undefined;
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    const input = this as HTMLInputElement;
    seen = input;
    if (files === null) {
      input.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  });
  return { input: () => seen };
}

function fileWithPath(content: string, name: string, relativePath: string): File {
  const file = new File([content], name);
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('web openFiles', () => {
  it('reads picked files through a hidden multi-file input with the import filter', async () => {
    const picker = answerPicker([new File(['hola'], 'a.txt'), new File(['%PDF'], 'b.pdf')]);
    const files = await createWebHost().openFiles();
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.pdf']);
    expect(new TextDecoder().decode(files[0]?.bytes)).toBe('hola');
    const input = picker.input();
    expect(input?.type).toBe('file');
    expect(input?.multiple).toBe(true);
    expect(input?.accept).toBe('.txt,.md,.markdown,.html,.htm,.pdf,.docx,.json');
    expect(input?.isConnected).toBe(false);
  });

  it('resolves empty when the picker is cancelled', async () => {
    answerPicker(null);
    expect(await createWebHost().openFiles()).toEqual([]);
  });

  it('picks folders with webkitdirectory and keeps importable files by relative path', async () => {
    const picker = answerPicker([
      fileWithPath('a', 'a.md', 'Bulletins/a.md'),
      fileWithPath('x', 'x.exe', 'Bulletins/x.exe'),
      fileWithPath('d', '.DS_Store', 'Bulletins/.DS_Store'),
      fileWithPath('c', 'c.HTML', 'Bulletins/2023/c.HTML'),
    ]);
    const files = await createWebHost().openFiles({ directories: true });
    expect(files.map((f) => f.name)).toEqual(['Bulletins/a.md', 'Bulletins/2023/c.HTML']);
    expect(picker.input()?.webkitdirectory).toBe(true);
  });

  it('marks files over the size limits with an error naming the limit', async () => {
    answerPicker([new File(['x'.repeat(11)], 'big.txt'), new File(['x'.repeat(6)], 'ok.txt'), new File(['x'.repeat(6)], 'late.txt')]);
    const files = await createWebHost({ limits: { fileBytes: 10, totalBytes: 10 } }).openFiles();
    expect(files[0]).toMatchObject({ name: 'big.txt', error: fileTooLargeError(10) });
    expect(files[0]?.bytes).toHaveLength(0);
    expect(files[1]?.error).toBeUndefined();
    expect(files[2]).toMatchObject({ name: 'late.txt', error: totalTooLargeError(10) });
  });

  it('opens a backup past the import limits (kept originals make backups large)', async () => {
    answerPicker([new File(['x'.repeat(11)], 'backup.json')]);
    const files = await createWebHost({ limits: { fileBytes: 10, totalBytes: 10 } }).openFiles({ backup: true });
    expect(files[0]?.error).toBeUndefined();
    expect(files[0]?.bytes).toHaveLength(11);
  });

  it('accept attribute follows the filters', () => {
    expect(acceptAttribute([{ name: 'JSON', extensions: ['JSON'] }])).toBe('.json');
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBeNull();
  });
});

describe('web saveFile', () => {
  let created: Blob[];
  beforeEach(() => {
    created = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        created.push(blob);
        return 'blob:fake/1';
      }),
      revokeObjectURL: vi.fn(),
    });
  });

  it('downloads a Blob under the suggested name and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    try {
      let clicked: HTMLAnchorElement | undefined;
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        const link = this as HTMLAnchorElement;
        clicked = link;
      });
      const result = await createWebHost().saveFile({ suggestedName: 'Dossier pesca.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
      expect(result).toEqual({ saved: true });
      expect(clicked?.download).toBe('Dossier pesca.pdf');
      expect(clicked?.href).toBe('blob:fake/1');
      expect(clicked?.isConnected).toBe(false);
      expect(created[0]?.size).toBe(4);
      expect(URL.revokeObjectURL).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:fake/1');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('web openOriginal', () => {
  it('downloads the stored Blob itself under its name, and never opens a window', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        created.push(blob);
        return 'blob:fake/2';
      }),
      revokeObjectURL: vi.fn(),
    });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this as HTMLAnchorElement;
    });
    const blob = new Blob([new Uint8Array([37, 80])], { type: 'application/pdf' });
    expect(await createWebHost().openOriginal({ name: 'acta.pdf', blob })).toEqual({ how: 'downloaded' });
    expect(created[0]).toBe(blob);
    expect(clicked?.download).toBe('acta.pdf');
    expect(open).not.toHaveBeenCalled();
  });
});

describe('web openExternal, appInfo and backups', () => {
  it('opens only https, with noopener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const host = createWebHost();
    for (const url of ['http://example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://u:p@x.org']) {
      expect(await host.openExternal(url)).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
    expect(await host.openExternal('https://alianzapacifico.net/')).toBe(true);
    expect(open).toHaveBeenCalledWith('https://alianzapacifico.net/', '_blank', 'noopener,noreferrer');
  });

  it('appInfo reports the web platform and browser language', async () => {
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('es-PE');
    expect(await createWebHost({ version: '1.2.3' }).appInfo()).toEqual({
      name: 'PA Bulletin Archive',
      version: '1.2.3',
      platform: 'web',
      locale: 'es-PE',
    });
  });

  it('has no backups', async () => {
    const host = createWebHost();
    expect(await host.listBackups()).toEqual([]);
    expect(await host.writeBackup('daily', new Uint8Array([1]))).toBeNull();
    await expect(host.readBackup('x')).rejects.toThrow(/desktop app/);
  });
});
