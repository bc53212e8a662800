// The import worker hashes each file it parses (the content address of its kept original), so the
// page does not hash it in script before the parse can start (see import-session.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ImportResponse } from '../../../renderer/src/workers/import-client';
import { fileSha256, runImportJob } from '../../../renderer/src/workers/import-job';
import { createWorkerHtmlToolkit } from '../../../renderer/src/workers/worker-dom';
import { prepareOriginal } from '../../../renderer/src/data';
import { bodySketch } from '../../../renderer/src/core/import/batch-duplicates';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe("the import worker's file hash", () => {
  it('is the SHA-256 of the bytes, sent once with the first slice of the result', async () => {
    const text = Array.from({ length: 450 }, (_, i) => `Título ${i}\n\nLima, 3 de mayo de 2023.- Texto del boletín ${i} sobre pesca.`).join('\n\n');
    const bytes = enc(text);
    const expected = sha(bytes);
    const messages: ImportResponse[] = [];
    await runImportJob({ id: 1, file: { name: 'listado.txt', bytes } }, (m) => messages.push(m), { html: () => createWorkerHtmlToolkit() });
    const slices = messages.filter((m) => m.ok === true);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.map((m) => (m.ok ? m.sha256 : 'error'))).toEqual([expected, ...slices.slice(1).map(() => undefined)]);
  });

  it('agrees with the page-side hash for empty, small and multi-slice inputs', async () => {
    for (const bytes of [new Uint8Array(0), enc('Declaración firmada en Bogotá'), new Uint8Array(3 << 20).map((_, i) => i * 7)]) {
      expect(await fileSha256(bytes)).toBe(sha(bytes));
      expect((await prepareOriginal('x.txt', bytes)).id).toBe(sha(bytes));
    }
  });

  it('is used as the kept original’s id when well formed; anything else is recomputed', async () => {
    const bytes = enc('Acta de la reunión');
    expect((await prepareOriginal('acta.txt', bytes, 'ab'.repeat(32))).id).toBe('ab'.repeat(32));
    expect((await prepareOriginal('acta.txt', bytes, 'not-a-hash')).id).toBe(sha(bytes));
  });
});

describe("the import worker's body sketches", () => {
  it('come with every slice, one per bulletin, as the page would make them', async () => {
    const text = Array.from({ length: 450 }, (_, i) => `Título ${i}\n\nLima, 3 de mayo de 2023.- Texto del boletín ${i} sobre pesca y comercio entre los países de la Alianza del Pacífico, con cifras del año y nombres de ministros y de ciudades.`).join('\n\n');
    const messages: ImportResponse[] = [];
    await runImportJob({ id: 1, file: { name: 'listado.txt', bytes: enc(text) } }, (m) => messages.push(m), { html: () => createWorkerHtmlToolkit() });
    const slices = messages.flatMap((m) => (m.ok === true ? [m] : []));
    expect(slices.length).toBeGreaterThan(1);
    for (const m of slices) expect(m.sketches).toHaveLength(m.bulletins.length);
    const bulletins = slices.flatMap((m) => m.bulletins);
    const sketches = slices.flatMap((m) => m.sketches ?? []);
    expect(sketches).toEqual(bulletins.map((b) => bodySketch(b.body)));
    expect(sketches.filter((k) => k !== null).length).toBe(bulletins.length);
  });
});
