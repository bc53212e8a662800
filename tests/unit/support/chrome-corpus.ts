/**
 * The chrome evidence's training data: every fixture of a folder is imported through the real
 * `importFileReport` with the evidence pass tapped, so the fitter sees exactly the lines (and the
 * documents around them) that the weights decide on, in every format. Each line is then labelled
 * from the fixture's expected bulletins (`chrome-labels.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ChromeFeature, tapChromeFeatures } from '../../../renderer/src/core/import/chrome-evidence';
import { importFileReport } from '../../../renderer/src/core/import/import-file';
import type { Para } from '../../../renderer/src/core/import/paragraphs';
import { type ChromeLabel, labelChromeParas } from './chrome-labels';
import { fixturesIn, nodeImportEnv, readExpected } from './fidelity-harness';

/** One line the weights decide on, with its label (null: the fixture does not say). */
export interface ChromeSample {
  text: string;
  features: Record<ChromeFeature, number>;
  label: ChromeLabel;
}

/** The samples of one fixture file. */
export interface ChromeFileSamples {
  /** The fixture's input file name. */
  file: string;
  /** The fixture as `fixturesIn` gives it (to score it again with other weights). */
  fixture: { input: string; expected: string };
  samples: ChromeSample[];
}

/** The documents the evidence pass saw while importing one file, and each decided line's features. */
async function tappedDocs(dir: string, fixture: { input: string; expected: string }, fileDate: string | undefined): Promise<{ paras: readonly Para[]; features: Map<number, Record<ChromeFeature, number>> }[]> {
  const docs: { paras: readonly Para[]; features: Map<number, Record<ChromeFeature, number>> }[] = [];
  tapChromeFeatures((paras, i, features) => {
    let doc = docs.at(-1);
    if (doc?.paras !== paras) {
      doc = { paras, features: new Map() };
      docs.push(doc);
    }
    doc.features.set(i, features);
  });
  try {
    const bytes = new Uint8Array(readFileSync(join(dir, fixture.input)));
    await importFileReport({ name: fixture.input, bytes, ...(fileDate ? { fileDate } : {}) }, nodeImportEnv());
  } catch {
    // A file that fails to import still taught the fitter what the pass saw before it failed.
  } finally {
    tapChromeFeatures(null);
  }
  return docs;
}

/** Every fixture of `dir`, imported once, with its decided lines labelled. */
export async function collectChromeSamples(dir: string): Promise<ChromeFileSamples[]> {
  const out: ChromeFileSamples[] = [];
  for (const fixture of fixturesIn(dir)) {
    const expected = readExpected(join(dir, fixture.expected));
    const docs = await tappedDocs(dir, fixture, expected.fileDate);
    // The documents of one file are labelled together: an HTML listing hands the pass one
    // container at a time, and the expected bulletins run across them.
    const labels = labelChromeParas(docs.map((d) => d.paras.map((p) => p.text)), expected.bulletins, expected.chromeLines);
    const samples: ChromeSample[] = [];
    docs.forEach((d, k) => {
      for (const [i, features] of d.features) samples.push({ text: d.paras[i]?.text ?? '', features, label: labels[k]?.[i] ?? null });
    });
    out.push({ file: fixture.input, fixture, samples });
  }
  return out;
}
