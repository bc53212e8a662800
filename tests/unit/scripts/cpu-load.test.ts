import { describe, expect, it } from 'vitest';
import { busyBetween, parseCpuLine } from '../../../scripts/cpu-load.mjs';

const stat = (user: number, idle: number, iowait: number, steal = 0): string =>
  `cpu  ${user} 0 100 ${idle} ${iowait} 0 10 ${steal} 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 1 2 3\n`;

describe('cpu-load', () => {
  it('reads the aggregate line, counting iowait as idle', () => {
    expect(parseCpuLine(stat(1000, 500, 20))).toEqual({ total: 1000 + 100 + 500 + 20 + 10, idle: 520 });
  });

  it('counts steal time as busy (the host took the core)', () => {
    expect(parseCpuLine(stat(0, 0, 0, 50))).toEqual({ total: 100 + 10 + 50, idle: 0 });
  });

  it('returns null for text without a cpu line', () => {
    expect(parseCpuLine('intr 1 2\n')).toBeNull();
    expect(parseCpuLine('cpu  a b c d e\n')).toBeNull();
  });

  it('gives the busy fraction between two readings', () => {
    const before = parseCpuLine(stat(1000, 1000, 0));
    const after = parseCpuLine(stat(1300, 1100, 0));
    // 300 busy + 100 idle jiffies in between
    expect(busyBetween(before, after)).toBe(0.75);
    expect(busyBetween(after, before)).toBeNull();
    expect(busyBetween(null, after)).toBeNull();
  });
});
