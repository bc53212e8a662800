// The import worker hashes each file it parses (the content address of its kept original), so the
// page does not hash it in script before the parse can start (see import-session.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ImportResponse } from '../../../renderer/src/workers/import-client';
import { fileSha256, runImportJob, TEXT_PART_CHARS } from '../../../renderer/src/workers/import-job';
import { createImportClient, type ImportRequest, type WorkerLike } from '../../../renderer/src/workers/import-client';
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
    await runImportJob({ id: 1, file: { name: 'listado.txt', bytes: enc(text) }, sketch: true }, (m) => messages.push(m), { html: () => createWorkerHtmlToolkit() });
    const slices = messages.flatMap((m) => (m.ok === true ? [m] : []));
    expect(slices.length).toBeGreaterThan(1);
    for (const m of slices) expect(m.sketches).toHaveLength(m.bulletins.length);
    const bulletins = slices.flatMap((m) => m.bulletins);
    const sketches = slices.flatMap((m) => m.sketches ?? []);
    expect(sketches).toEqual(bulletins.map((b) => bodySketch(b.body)));
    expect(sketches.filter((k) => k !== null).length).toBe(bulletins.length);
  });

  it('are made only when asked: a one-file batch has no copies across files to find', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Título ${i}\n\nLima, 3 de mayo de 2023.- Texto del boletín ${i} sobre pesca y comercio entre los países de la Alianza del Pacífico, con cifras del año.`).join('\n\n');
    const messages: ImportResponse[] = [];
    await runImportJob({ id: 1, file: { name: 'listado.txt', bytes: enc(text) } }, (m) => messages.push(m), { html: () => createWorkerHtmlToolkit() });
    const slices = messages.flatMap((m) => (m.ok === true ? [m] : []));
    expect(slices.flatMap((m) => m.bulletins)).toHaveLength(30);
    expect(slices.every((m) => m.sketches === undefined)).toBe(true);

    // The client asks for sketches exactly when the batch has two files or more.
    const asked: boolean[] = [];
    const recorder: WorkerLike = (() => {
      let listener: ((e: MessageEvent<ImportResponse>) => void) | null = null;
      return {
        postMessage({ id, sketch }: ImportRequest) {
          asked.push(sketch === true);
          queueMicrotask(() => listener?.({ data: { id, ok: true, bulletins: [], more: false } } as unknown as MessageEvent<ImportResponse>));
        },
        addEventListener(type: string, l: (e: never) => void) {
          if (type === 'message') listener = l as (e: MessageEvent<ImportResponse>) => void;
        },
        terminate() {},
      } as WorkerLike;
    })();
    const client = createImportClient({ createWorker: () => recorder, poolSize: 1 });
    await client.importFiles([{ name: 'uno.txt', bytes: new Uint8Array(0) }]);
    expect(asked).toEqual([false]);
    await client.importFiles([{ name: 'a.txt', bytes: new Uint8Array(0) }, { name: 'b.txt', bytes: new Uint8Array(0) }]);
    expect(asked).toEqual([false, true, true]);
  });
});

describe('a long body on its way to the page', () => {
  it('travels in parts of at most TEXT_PART_CHARS, one per message, and the client puts it back whole', async () => {
    const paras = Array.from({ length: 60_000 }, (_, i) => `Párrafo número ${i} de la página grande, con algo de texto.`);
    const text = `Página grande\n\nLima, 3 de mayo de 2023.- ${paras.join('\n\n')}\n\nOtro boletín\n\nSantiago, 4 de mayo de 2023.- Texto corto del segundo boletín.`;
    const messages: ImportResponse[] = [];
    const file = { name: 'grande.txt', bytes: enc(text) };
    await runImportJob({ id: 1, file, sketch: true }, (m) => messages.push(m), { html: () => createWorkerHtmlToolkit() });
    const answers = messages.flatMap((m) => (m.ok === true ? [m] : []));
    // No message carries more than one part's worth of any text.
    for (const m of answers) {
      expect(m.part?.text.length ?? 0).toBeLessThanOrEqual(TEXT_PART_CHARS);
      for (const b of m.bulletins) expect(b.body.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
    }
    expect(answers.filter((m) => m.part).length).toBeGreaterThanOrEqual(2);
    expect(answers[0]?.sha256).toMatch(/^[0-9a-f]{64}$/); // still once, on the first message
    expect(answers.slice(1).every((m) => m.sha256 === undefined)).toBe(true);

    // Replayed through the client as a worker would send them: the bulletins come back whole.
    const replay: WorkerLike = (() => {
      let listener: ((e: MessageEvent<ImportResponse>) => void) | null = null;
      return {
        postMessage({ id }: ImportRequest) {
          queueMicrotask(() => { for (const m of messages) listener?.({ data: { ...m, id } } as MessageEvent<ImportResponse>); });
        },
        addEventListener(type: string, l: (e: never) => void) {
          if (type === 'message') listener = l as (e: MessageEvent<ImportResponse>) => void;
        },
        terminate() {},
      } as WorkerLike;
    })();
    const [result] = await createImportClient({ createWorker: () => replay }).importFiles([{ name: 'grande.txt', bytes: new Uint8Array(0) }]);
    const [big, small] = result?.bulletins ?? [];
    expect(result?.bulletins).toHaveLength(2);
    expect(big?.body.length).toBeGreaterThan(3 * TEXT_PART_CHARS);
    expect(big?.body.startsWith('Párrafo número 0 de')).toBe(true);
    expect(big?.body.endsWith('Párrafo número 59999 de la página grande, con algo de texto.')).toBe(true);
    expect(big?.body.split('\n\n')).toHaveLength(60_000);
    expect(small?.title).toBe('Otro boletín');
    expect(result?.contentHashes).toHaveLength(2);
    expect(result?.sketches).toHaveLength(2);
  });
});
