import { describe, expect, it } from 'vitest';
import { buildDossierPdf } from '../../../../renderer/src/core/pdf';
import { buildDossierPdfBaseline } from '../../../../renderer/src/core/pdf/baseline';
import type { PdfBulletin } from '../../../../renderer/src/core/pdf';
import { loadFonts, makeInput, openPdf } from './pdf-helpers';

// Benchmark, off by default (it takes ~10 s): PDF_BENCH=1 npx vitest run tests/unit/core/pdf/pdf-bench.test.ts
const VOCAB = (
  'la alianza del pacífico cooperación integración comercio pesca acuicultura región países miembros ' +
  'reunión técnica grupo año México Perú Chile Colombia desarrollo económico “sostenible” – inversión ' +
  'the pacific alliance cooperation integration trade fisheries aquaculture region member countries ' +
  'meeting technical group year development economic sustainable investment observers states'
).split(' ');

/** Deterministic pseudo-random bilingual bulletins (LCG, so runs are comparable). */
function generate(count: number): PdfBulletin[] {
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const sentence = (): string => {
    const words = Array.from({ length: 8 + rnd(14) }, () => VOCAB[rnd(VOCAB.length)] ?? 'x');
    return `${words.join(' ')}${rnd(7) === 0 ? ` ${rnd(100000)}` : ''}.`;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    title: `${sentence().slice(0, 80)} ${i}`,
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    datePrecision: 'day' as const,
    place: 'Lima',
    sourceFile: `bulletin-${i}.docx`,
    tags: ['trade'],
    countries: ['Peru'],
    body: Array.from({ length: 3 + rnd(5) }, () => Array.from({ length: 3 + rnd(5) }, sentence).join(' ')).join('\n\n'),
  }));
}

describe.runIf(process.env.PDF_BENCH)('PDF writer benchmark (200 bulletins)', () => {
  it('is at least twice as fast as drawText per line', async () => {
    const input = makeInput(generate(200), { grouping: 'month' });
    const fonts = loadFonts();
    // Warm up JIT and fontkit for both writers so neither pays first-run costs.
    await buildDossierPdf(makeInput(generate(30)), fonts);
    await buildDossierPdfBaseline(makeInput(generate(30)), fonts);
    const time = async (fn: () => Promise<Uint8Array>): Promise<{ ms: number; bytes: Uint8Array }> => {
      const t0 = performance.now();
      const bytes = await fn();
      return { ms: performance.now() - t0, bytes };
    };
    const fast = await time(() => buildDossierPdf(input, fonts));
    const base = await time(() => buildDossierPdfBaseline(input, fonts));
    const pages = (await openPdf(fast.bytes)).pages.length;
    console.log(
      `200 bulletins, ${pages} pages: fast ${fast.ms.toFixed(0)} ms (${(fast.bytes.length / 1e6).toFixed(2)} MB), ` +
        `baseline drawText ${base.ms.toFixed(0)} ms (${(base.bytes.length / 1e6).toFixed(2)} MB), ×${(base.ms / fast.ms).toFixed(1)}`,
    );
    expect(pages).toBeGreaterThan(150);
    expect(base.ms / fast.ms).toBeGreaterThanOrEqual(2);
  });
});
