/**
 * Fitting the chrome evidence's weights on the labelled corpus, and measuring them honestly:
 * `fitChrome` fits every feature `chromeFeatures` computes (whatever features exist: a new one
 * only needs a refit), `leaveOneFileOut` scores each file with weights fitted without it — its
 * bulletins through the real importer, and its labelled lines one by one.
 */
import { type ChromeFeature, type ChromeWeights, overrideChromeWeights } from '../../../renderer/src/core/import/chrome-evidence';
import WEIGHTS from '../../../renderer/src/core/import/chrome-weights.json';
import type { ChromeFileSamples } from './chrome-corpus';
import { DEFAULT_FIT, type FeatureDirection, type FitOptions, type FitSample, type LineCounts, countLines, fitLogistic, roundWeights } from './chrome-fit';
import { type FileScore, nodeImportEnv, scoreFixture } from './fidelity-harness';

/** The features to fit: those the committed file weighs (a test keeps them equal to the computed ones). */
export const chromeFeatureNames = (): ChromeFeature[] => Object.keys(WEIGHTS.weights) as ChromeFeature[];

/** Each feature's direction as committed (`directions` in chrome-weights.json; a feature not named may point either way). */
export const committedDirections = (): Record<string, FeatureDirection> => WEIGHTS.directions as Record<string, FeatureDirection>;

/**
 * The labelled lines of `files`, leaving out the file named `except`. Within one file, lines with
 * the same features and label count once: a layout's repeated unit (a skip link before each of
 * twelve stories, twelve templated datelines) is one piece of evidence, not twelve, so a long
 * listing does not outweigh a dozen short files.
 */
export function trainingSamples(files: readonly ChromeFileSamples[], except?: string): FitSample[] {
  return files.flatMap((f) => {
    if (f.file === except) return [];
    const seen = new Set<string>();
    return f.samples.flatMap((s): FitSample[] => {
      if (s.label === null) return [];
      const key = `${s.label}:${Object.entries(s.features)
        .filter(([, v]) => v !== 0)
        .map(([k]) => k)
        .join(',')}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ features: s.features, chrome: s.label === 'chrome' }];
    });
  });
}

/** Weights fitted on `files` (without `except`), rounded as they are committed. */
export function fitChrome(files: readonly ChromeFileSamples[], except?: string, options: FitOptions = { ...DEFAULT_FIT, directions: committedDirections() }): ChromeWeights {
  const fit = roundWeights(fitLogistic(trainingSamples(files, except), chromeFeatureNames(), options));
  return { bias: fit.bias, weights: fit.weights as Record<ChromeFeature, number> };
}

/** What the leave-one-file-out measurement found. */
export interface LofoResult {
  /** Bulletins right, each file imported with weights fitted without it. */
  right: number;
  total: number;
  files: FileScore[];
  /** Each file's labelled lines, classified by weights fitted without it (chrome is the positive class). */
  lines: LineCounts;
}

/** Leave-one-file-out over `files` (collected from `dir` by `collectChromeSamples`). */
export async function leaveOneFileOut(dir: string, files: readonly ChromeFileSamples[]): Promise<LofoResult> {
  const env = nodeImportEnv();
  const scores: FileScore[] = [];
  const lines: LineCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  try {
    for (const f of files) {
      const fit = fitChrome(files, f.file);
      countLines(fit, trainingSamples([f]), lines);
      overrideChromeWeights(fit);
      scores.push(await scoreFixture(dir, f.fixture, env));
    }
  } finally {
    overrideChromeWeights(null);
  }
  return { right: scores.reduce((n, s) => n + s.right, 0), total: scores.reduce((n, s) => n + s.total, 0), files: scores, lines };
}

/** The chrome-weights.json `npm run fit-chrome` writes for `fit`, fitted on `files` on `date`. */
export function weightsFile(fit: ChromeWeights, files: readonly ChromeFileSamples[], date: string, options: FitOptions = DEFAULT_FIT): object {
  const samples = trainingSamples(files);
  const chrome = samples.filter((s) => s.chrome).length;
  return {
    comment:
      `Weights of the chrome evidence (chrome-evidence.ts): a line is chrome when the weighted sum of its features plus the bias is above 0. ` +
      `FITTED by \`npm run fit-chrome\` (tests/unit/support/chrome-training.ts) on ${date}: L2-regularised logistic regression (l2 ${options.l2}, ` +
      `a kept line's error costs ${options.keptCost}× a chrome line's, ${options.iterations} gradient steps) on ${samples.length} lines of ${files.length} files of ` +
      `tests/fixtures/real (${chrome} chrome, ${samples.length - chrome} kept), labelled from each fixture's expected bulletins (tests/unit/support/chrome-labels.ts). ` +
      `Each feature keeps the direction in "directions" (a feature not named there may point either way); each feature has its own test in tests/unit/core/import/chrome-evidence.test.ts. ` +
      `Do not edit the numbers by hand: change a feature or a label and refit.`,
    directions: WEIGHTS.directions,
    bias: fit.bias,
    weights: fit.weights,
  };
}
