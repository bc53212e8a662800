/** The chrome weight fitter recovers weights it knows, keeps directions and weighs a kept line's cost. */
import { describe, expect, it } from 'vitest';
import { mulberry32 as random } from '../../../renderer/src/core/generator/prng';
import { type FitSample, countLines, describeCounts, fitLogistic, roundWeights } from './chrome-fit';

const TRUE: { bias: number; weights: Record<string, number> } = { bias: -1, weights: { a: 2.5, b: -1.5, c: 1, d: 0 } };
const names = Object.keys(TRUE.weights);
const w = (weights: Record<string, number>, k: string): number => weights[k] ?? NaN;

/** Lines whose label is drawn from the logistic model with TRUE's weights. */
function synthetic(n: number, seed: number): FitSample[] {
  const rnd = random(seed);
  return Array.from({ length: n }, () => {
    const features = Object.fromEntries(names.map((k) => [k, rnd() < 0.4 ? 1 : 0]));
    const z = TRUE.bias + names.reduce((s, k) => s + w(TRUE.weights, k) * w(features, k), 0);
    return { features, chrome: rnd() < 1 / (1 + Math.exp(-z)) };
  });
}

describe('fitLogistic', () => {
  it('recovers the weights and bias that generated the labels', () => {
    const fit = fitLogistic(synthetic(20000, 7), names, { l2: 0, iterations: 3000, learningRate: 1, keptCost: 1 });
    expect(fit.bias).toBeCloseTo(TRUE.bias, 0);
    for (const k of names) expect(Math.abs(w(fit.weights, k) - w(TRUE.weights, k)), k).toBeLessThan(0.25);
  });

  it('holds a feature to its direction', () => {
    const fit = fitLogistic(synthetic(5000, 3), names, { l2: 0, iterations: 2000, learningRate: 1, keptCost: 1, directions: { b: 'chrome' } });
    expect(fit.weights.b).toBe(0);
    expect(fit.weights.a).toBeGreaterThan(1.5);
  });

  it('shrinks weights under the L2 penalty, and a dearer kept line lowers the bias', () => {
    const data = synthetic(5000, 11);
    const plain = fitLogistic(data, names, { l2: 0, iterations: 2000, learningRate: 1, keptCost: 1 });
    const penalised = fitLogistic(data, names, { l2: 0.05, iterations: 2000, learningRate: 1, keptCost: 1 });
    const cautious = fitLogistic(data, names, { l2: 0, iterations: 2000, learningRate: 1, keptCost: 5 });
    expect(Math.abs(w(penalised.weights, 'a'))).toBeLessThan(Math.abs(w(plain.weights, 'a')));
    expect(cautious.bias).toBeLessThan(plain.bias - 1);
  });

  it('is deterministic and counts lines', () => {
    const data = synthetic(500, 5);
    const opts = { l2: 0.001, iterations: 500, learningRate: 0.5, keptCost: 2 };
    const fit = roundWeights(fitLogistic(data, names, opts));
    expect(roundWeights(fitLogistic(data, names, opts))).toEqual(fit);
    const c = countLines(fit, data);
    expect(c.tp + c.fp + c.tn + c.fn).toBe(500);
    expect(describeCounts({ tp: 8, fp: 2, tn: 9, fn: 1 })).toBe('accuracy 85.0% (17/20), precision 80.0%, recall 88.9%');
  });
});
