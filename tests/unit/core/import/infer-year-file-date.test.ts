import { describe, expect, it } from 'vitest';
import { fileDateOf } from '../../../../renderer/src/core/import/infer-year';

describe('fileDateOf', () => {
  it('is the local calendar date of a modification time', () => {
    expect(fileDateOf(new Date(2023, 10, 20, 23, 59).getTime())).toBe('2023-11-20');
    expect(fileDateOf(new Date(2024, 0, 1, 0, 1).getTime())).toBe('2024-01-01');
  });

  it('is undefined for a missing or impossible time', () => {
    expect(fileDateOf(undefined)).toBeUndefined();
    expect(fileDateOf(0)).toBeUndefined();
    expect(fileDateOf(Number.NaN)).toBeUndefined();
    expect(fileDateOf(8.64e15 + 1)).toBeUndefined();
  });
});
