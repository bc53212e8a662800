import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  loadWindowState,
  parseWindowState,
  restoreBounds,
  saveWindowState,
  type Rect,
} from '../../../electron/main/window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

describe('restoreBounds', () => {
  it('uses a default size, centred by the OS, when nothing is saved', () => {
    expect(restoreBounds(null, [primary])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    expect(restoreBounds({ bounds: { x: 'a' } }, [primary])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('keeps a visible position and size', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(restoreBounds(saved, [primary, right])).toEqual({ x: 2000, y: 50, width: 1000, height: 700, maximized: true });
  });

  it('drops the position when its display is gone', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [primary])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('drops the position when the title bar is off-screen (above the display)', () => {
    const saved = { bounds: { x: 100, y: -600, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [primary])).not.toHaveProperty('x');
  });

  it('pulls a partly visible window fully inside and shrinks it to the display', () => {
    const saved = { bounds: { x: 1500, y: 900, width: 2500, height: 1600 }, maximized: false };
    expect(restoreBounds(saved, [primary])).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
    const nudged = restoreBounds({ bounds: { x: 1800, y: 100, width: 800, height: 600 } }, [primary]);
    expect(nudged).toEqual({ x: 1120, y: 100, width: 800, height: 600, maximized: false });
  });

  it('never goes below the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximized: false };
    expect(restoreBounds(saved, [primary])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});

describe('window state file', () => {
  it('round-trips and tolerates corruption', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-ws-'));
    try {
      const file = join(dir, 'window-state.json');
      expect(loadWindowState(file)).toBeNull();
      saveWindowState(file, { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true });
      expect(loadWindowState(file)).toEqual({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true });
      writeFileSync(file, '{not json');
      expect(loadWindowState(file)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parseWindowState rejects non-finite and non-positive sizes', () => {
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: Infinity, height: 10 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 0, height: 10 } })).toBeNull();
  });
});
