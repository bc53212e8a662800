/**
 * What happens when the page crashes or hangs: without a handler a crashed renderer leaves a dead
 * white window. The event is logged, and a dialog offers to reload the page (the archive is in
 * IndexedDB, so a reload loses at most an unsaved form) or to wait out a hang. The decisions are
 * pure functions; Electron is passed in.
 */
import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron';

export type HealthEvent = { kind: 'gone'; reason: RenderProcessGoneDetails['reason']; exitCode: number } | { kind: 'unresponsive' };

interface Texts {
  goneTitle: string;
  gone: string;
  hangTitle: string;
  hang: string;
  reload: string;
  quit: string;
  wait: string;
}

const TEXTS: Record<'en' | 'es', Texts> = {
  en: {
    goneTitle: 'The archive window stopped working',
    gone: 'The page stopped unexpectedly ({{reason}}). Your archive is safe on disk: reload the page to go on working.',
    hangTitle: 'The archive window is not responding',
    hang: 'The page has not responded for a while. You can wait, or reload it (anything not yet saved in a form is lost).',
    reload: 'Reload',
    quit: 'Quit',
    wait: 'Wait',
  },
  es: {
    goneTitle: 'La ventana del archivo dejó de funcionar',
    gone: 'La página se detuvo inesperadamente ({{reason}}). Su archivo está a salvo en el disco: vuelva a cargar la página para seguir trabajando.',
    hangTitle: 'La ventana del archivo no responde',
    hang: 'La página no responde desde hace un rato. Puede esperar o volver a cargarla (se pierde lo que no haya guardado en un formulario).',
    reload: 'Volver a cargar',
    quit: 'Salir',
    wait: 'Esperar',
  },
};

export interface HealthPrompt {
  options: MessageBoxOptions;
  /** The button index that means "reload". */
  reloadButton: number;
  /** The button index that means "quit the app" (none for a hang). */
  quitButton: number | null;
}

/** The dialog for an event, in the OS language (Spanish or English); null when nothing went wrong (a clean exit). */
export function healthPrompt(event: HealthEvent, locale: string): HealthPrompt | null {
  const t = TEXTS[locale.toLowerCase().startsWith('es') ? 'es' : 'en'];
  if (event.kind === 'gone') {
    if (event.reason === 'clean-exit') return null;
    return {
      options: { type: 'error', title: t.goneTitle, message: t.goneTitle, detail: t.gone.replace('{{reason}}', event.reason), buttons: [t.reload, t.quit], defaultId: 0, cancelId: 1, noLink: true },
      reloadButton: 0,
      quitButton: 1,
    };
  }
  return {
    options: { type: 'warning', title: t.hangTitle, message: t.hangTitle, detail: t.hang, buttons: [t.wait, t.reload], defaultId: 0, cancelId: 0, noLink: true },
    reloadButton: 1,
    quitButton: null,
  };
}

/** One log line for an event. */
export function healthLogLine(event: HealthEvent, at: Date): string {
  const what = event.kind === 'gone' ? `renderer gone: reason=${event.reason} exitCode=${event.exitCode}` : 'renderer unresponsive';
  return `${at.toISOString()} ${what}`;
}

/** The window surface the handlers use. */
export interface WatchedWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
    reload(): void;
  };
}

export interface HealthDeps {
  locale: string;
  log(line: string): void;
  ask(options: MessageBoxOptions): Promise<{ response: number }>;
  quit(): void;
  now?: () => Date;
}

/** Logs crashes and hangs of `win`'s page and offers Reload (one dialog at a time). */
export function watchRendererHealth(win: WatchedWindow, deps: HealthDeps): void {
  let asking = false;
  const handle = async (event: HealthEvent): Promise<void> => {
    deps.log(healthLogLine(event, (deps.now ?? (() => new Date()))()));
    const prompt = healthPrompt(event, deps.locale);
    if (!prompt || asking || win.isDestroyed()) return;
    asking = true;
    try {
      const { response } = await deps.ask(prompt.options);
      if (win.isDestroyed()) return;
      if (response === prompt.reloadButton) win.webContents.reload();
      else if (response === prompt.quitButton) deps.quit();
    } finally {
      asking = false;
    }
  };
  win.webContents.on('render-process-gone', (_event, details) => void handle({ kind: 'gone', reason: details.reason, exitCode: details.exitCode }));
  win.on('unresponsive', () => void handle({ kind: 'unresponsive' }));
}
