// The lint rule that keeps unbounded spreads out of core/ (issue 23: `push(...all)` overflowed the
// stack on a 130,000-paragraph page): run ESLint on snippets placed in core/, so a lost rule fails here.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repo });

async function spreadErrors(code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${repo}/renderer/src/core/import/probe.ts` });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('no spread into calls in core/', () => {
  it.each([
    'export const f = (out: string[], all: string[]): void => void out.push(...all);',
    'export const top = (levels: number[]): number => Math.min(...levels);',
    'export const d = (xs: number[]): Date => new Date(...(xs as [number]));',
  ])('rejects %s', async (code) => {
    expect(await spreadErrors(code)).toBe(1);
  }, 30_000);

  it('allows spreads into array and object literals', async () => {
    expect(await spreadErrors('export const f = (a: string[], o: object): unknown => [[...a], { ...o }];')).toBe(0);
  }, 30_000);
});
