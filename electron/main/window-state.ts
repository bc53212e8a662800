/**
 * Window size and position remembered across runs in `userData/window-state.json`, restored only
 * where it is still visible (monitors get unplugged; resolutions change).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface RestoredWindowState {
  /** Absent: let the OS centre the window on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 720, height: 480 };
/** How much of the window's top strip (the title bar) must be on a display to grab it. */
const GRAB_STRIP = 40;
const GRAB_WIDTH = 100;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return isFiniteNumber(r.x) && isFiniteNumber(r.y) && isFiniteNumber(r.width) && isFiniteNumber(r.height) && r.width > 0 && r.height > 0;
}

/** Validates whatever was on disk; a damaged file simply means "no saved state". */
export function parseWindowState(value: unknown): SavedWindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isRect(v.bounds)) return null;
  return { bounds: { ...v.bounds }, maximized: v.maximized === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to open the window. `workAreas` are the displays' work areas, primary first. The saved
 * position is kept when the title bar is reachable on some display; the size is shrunk to fit
 * that display (never below MIN_SIZE). Otherwise only the size is kept, fitted to the primary.
 */
export function restoreBounds(saved: unknown, workAreas: readonly Rect[]): RestoredWindowState {
  const state = parseWindowState(saved);
  const primary = workAreas[0];
  const fit = (width: number, height: number, area: Rect | undefined) => ({
    width: Math.round(Math.max(MIN_SIZE.width, area ? Math.min(width, area.width) : width)),
    height: Math.round(Math.max(MIN_SIZE.height, area ? Math.min(height, area.height) : height)),
  });
  if (!state) return { ...fit(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };

  const { bounds } = state;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(GRAB_STRIP, bounds.height) };
  const display = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(GRAB_WIDTH, bounds.width) && o.height >= Math.min(GRAB_STRIP, bounds.height) / 2;
  });
  if (!display) return { ...fit(bounds.width, bounds.height, primary), maximized: state.maximized };

  const size = fit(bounds.width, bounds.height, display);
  // Pull the window fully inside the display it was found on.
  const x = Math.round(Math.min(Math.max(bounds.x, display.x), display.x + display.width - size.width));
  const y = Math.round(Math.min(Math.max(bounds.y, display.y), display.y + display.height - size.height));
  return { x, y, ...size, maximized: state.maximized };
}

/** Reads the state file; missing or corrupt files give null. */
export function loadWindowState(file: string): SavedWindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    return null;
  }
}

/** Writes atomically (temp + rename) so a crash at quit cannot leave half a file. */
export function saveWindowState(file: string, state: SavedWindowState): void {
  try {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, file);
  } catch {
    // Losing the window position is not worth an error dialog at quit.
  }
}
