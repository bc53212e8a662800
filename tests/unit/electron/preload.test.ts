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
    ];
    expect(calls.map(([m]) => m).sort()).toEqual(Object.keys(HostChannel).sort());
    for (const [method, args] of calls) {
      invoke.mockClear();
      const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
      await expect(fn(...args)).resolves.toBe('result');
      expect(invoke).toHaveBeenCalledTimes(1);
      expect(invoke).toHaveBeenCalledWith(HostChannel[method], ...args);
    }
  });
});
