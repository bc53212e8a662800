import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_GLOBAL, HostChannel, type HostApi } from '../../../electron/shared/host-contract';

const { exposeInMainWorld, invoke } = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (..._args: unknown[]) => 'result'),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke, on: vi.fn(), send: vi.fn() },
}));

let api: HostApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = exposeInMainWorld.mock.calls[0] as [string, HostApi];
  expect(name).toBe(HOST_GLOBAL);
  api = exposed;
});

describe('preload surface', () => {
  it('exposes exactly the HostApi methods, all functions', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(HostChannel).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const values = Object.values(api) as unknown[];
    expect(values).not.toContain(invoke);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|on\b/i);
  });

  it('each method invokes its own channel with its arguments', async () => {
    const bytes = new Uint8Array([1]);
    const calls: [keyof HostApi, unknown[]][] = [
      ['openFiles', [{ directories: true }]],
      ['saveFile', [{ suggestedName: 'a.pdf', bytes }]],
      ['appInfo', []],
      ['openExternal', ['https://example.org']],
      ['listBackups', []],
      ['writeBackup', ['daily', bytes]],
      ['readBackup', ['name.json']],
      ['setTeamServer', ['https://couch.example.org']],
      ['saveTeamPassword', ['k', 'pw']],
      ['loadTeamPassword', ['k']],
      ['forgetTeamPassword', []],
    ];
    // openOriginal is the one method whose IPC payload differs from its arguments (tested below).
    expect([...calls.map(([m]) => m), 'openOriginal'].sort()).toEqual(Object.keys(HostChannel).sort());
    for (const [method, args] of calls) {
      invoke.mockClear();
      const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
      await expect(fn(...args)).resolves.toBe('result');
      expect(invoke).toHaveBeenCalledTimes(1);
      expect(invoke).toHaveBeenCalledWith(HostChannel[method], ...args);
    }
  });

  it('openOriginal sends the Blob as bytes (IPC cannot carry a Blob)', async () => {
    invoke.mockClear();
    const bytes = new Uint8Array((4 << 20) + 3).map((_, i) => i % 253);
    await expect(api.openOriginal({ name: 'acta.pdf', blob: new Blob([bytes]) })).resolves.toBe('result');
    expect(invoke).toHaveBeenCalledTimes(1);
    const [channel, payload] = invoke.mock.calls[0] as [string, { name: string; bytes: Uint8Array }];
    expect(channel).toBe(HostChannel.openOriginal);
    expect(payload.name).toBe('acta.pdf');
    expect(Buffer.from(payload.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});
