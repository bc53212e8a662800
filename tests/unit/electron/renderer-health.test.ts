import { describe, expect, it, vi } from 'vitest';
import type { RenderProcessGoneDetails } from 'electron';
import { healthLogLine, healthPrompt, watchRendererHealth, type WatchedWindow } from '../../../electron/main/renderer-health';

function fakeWindow() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const win = {
    destroyed: false,
    isDestroyed: () => win.destroyed,
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    webContents: {
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      reload: vi.fn(),
    },
  };
  const crash = (reason: RenderProcessGoneDetails['reason']) => listeners.get('render-process-gone')?.({}, { reason, exitCode: 9 });
  const hang = () => listeners.get('unresponsive')?.();
  return { win, crash, hang };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('renderer crash and hang handling (issue 23, point 8)', () => {
  it('offers Reload after a crash and logs it; a clean exit asks nothing', () => {
    const prompt = healthPrompt({ kind: 'gone', reason: 'crashed', exitCode: 9 }, 'en-US');
    expect(prompt?.options.buttons?.[prompt.reloadButton]).toBe('Reload');
    expect(prompt?.options.detail).toContain('crashed');
    expect(healthPrompt({ kind: 'gone', reason: 'clean-exit', exitCode: 0 }, 'en')).toBeNull();
    expect(healthPrompt({ kind: 'gone', reason: 'oom', exitCode: 1 }, 'es-CL')?.options.buttons).toEqual(['Volver a cargar', 'Salir']);
    const hang = healthPrompt({ kind: 'unresponsive' }, 'es');
    expect(hang?.options.buttons?.[hang.reloadButton]).toBe('Volver a cargar');
    expect(hang?.quitButton).toBeNull();
    expect(healthLogLine({ kind: 'gone', reason: 'killed', exitCode: 15 }, new Date(0))).toBe('1970-01-01T00:00:00.000Z renderer gone: reason=killed exitCode=15');
  });

  it('reloads the page when the person chooses Reload, quits on Quit, and shows one dialog at a time', async () => {
    const { win, crash, hang } = fakeWindow();
    const log = vi.fn();
    let answer = 0;
    const ask = vi.fn(async () => ({ response: answer }));
    const quit = vi.fn();
    watchRendererHealth(win as unknown as WatchedWindow, { locale: 'en', log, ask, quit });
    crash('crashed');
    crash('crashed');
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(2);
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    answer = 1;
    crash('oom');
    await settle();
    expect(quit).toHaveBeenCalledTimes(1);
    answer = 0;
    hang();
    await settle();
    // "Wait" on a hang: nothing is reloaded.
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(log.mock.calls.at(-1)?.[0]).toMatch(/renderer unresponsive$/);
  });
});
