// Issue 23, points 1 and 2: the attacks of the report, generated here (nothing large is committed)
// and run through the import worker's own code (import-job.ts, linkedom + DOMPurify, mammoth).
import { describe, expect, it } from 'vitest';
import type { ImportInput } from '../../../renderer/src/core/import/import-file';
import { importFileReport } from '../../../renderer/src/core/import/import-file';
import type { PdfjsLike } from '../../../renderer/src/core/import/importers/pdf';
import { IMPORT_LIMITS } from '../../../renderer/src/core/import/limits';
import type { ImportResponse } from '../../../renderer/src/workers/import-client';
import { runImportJob } from '../../../renderer/src/workers/import-job';
import { createWorkerHtmlToolkit } from '../../../renderer/src/workers/worker-dom';
import { bombXml, documentXml, writeDocx } from '../support/zip-writer';

const toolkit = createWorkerHtmlToolkit();
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The worker's answer for one file: its bulletins, or its error. */
async function inWorker(file: ImportInput): Promise<{ titles: string[]; bodies: string[]; error?: string }> {
  const messages: ImportResponse[] = [];
  await runImportJob({ id: 1, file }, (m) => messages.push(m), { html: () => toolkit });
  const failed = messages.find((m) => m.ok === false);
  if (failed && failed.ok === false) return { titles: [], bodies: [], error: failed.error };
  // A long body comes in parts, each in a message before its bulletin's (import-job.ts): joined again here.
  const heads: string[] = [];
  const bodies: string[] = [];
  const titles: string[] = [];
  for (const m of messages) {
    if (m.ok !== true) continue;
    if (m.part?.field === 'body') heads.push(m.part.text);
    for (const b of m.bulletins) {
      titles.push(b.title);
      bodies.push(heads.splice(0).join('') + b.body);
    }
  }
  return { titles, bodies };
}

describe('.docx zip bombs', () => {
  it('refuses the 200 × 1 MiB paragraph bomb before mammoth unpacks it, naming the file and the limit', async () => {
    const bytes = writeDocx(bombXml(200, 1024 * 1024));
    expect(bytes.length).toBeLessThan(1024 * 1024); // a small file…
    const result = await inWorker({ name: 'bomb.docx', bytes });
    expect(result.error).toBe('bomb.docx: too much document text when unpacked (more than 32 MB of XML)');
  });

  it('refuses a bomb that declares a small unpacked size (checked while inflating)', async () => {
    const bytes = writeDocx(bombXml(40, 1024 * 1024), 2000);
    const result = await inWorker({ name: 'liar.docx', bytes });
    expect(result.error).toMatch(/^liar\.docx: too (much document text|large) when unpacked \(more than \d+ MB/u);
  });

  it('refuses a docx under the unpacking limit whose one bulletin is too long', async () => {
    const bytes = writeDocx(documentXml(['Informe', 'x'.repeat(IMPORT_LIMITS.bulletinChars + 10)]));
    const result = await inWorker({ name: 'long.docx', bytes });
    expect(result.error).toBe('long.docx: a bulletin is too long (more than 10,000,000 characters)');
  });

  it('refuses 20,000 nested Word tables (mammoth would overflow its stack) and reads 300', async () => {
    const nested = (n: number): Uint8Array =>
      new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          `<w:p><w:r><w:t>Título</w:t></w:r></w:p>${'<w:tbl><w:tr><w:tc>'.repeat(n)}<w:p><w:r><w:t>fondo</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(n)}</w:body></w:document>`,
      );
    expect((await inWorker({ name: 'deep.docx', bytes: writeDocx(nested(20_000)) })).error).toBe('deep.docx: nested too deeply (more than 1,000 levels of XML)');
    expect(await inWorker({ name: 'tables.docx', bytes: writeDocx(nested(300)) })).toEqual({ titles: ['Título'], bodies: ['fondo'] });
  }, 60_000);

  it('still imports an ordinary .docx in the worker', async () => {
    const bytes = writeDocx(documentXml(['Reunión de ministros', 'Lima, 3 de octubre de 2023.- Los ministros se reunieron.']));
    const result = await inWorker({ name: 'ok.docx', bytes });
    expect(result).toEqual({ titles: ['Reunión de ministros'], bodies: [expect.stringContaining('Los ministros se reunieron.')] });
  });
});

describe('deep and wide HTML', () => {
  it('reads 100,000 nested <div>s without overflowing the stack (nesting past the limit is flattened)', async () => {
    const html = `<html><body><h1>Profundo</h1>${'<div>'.repeat(100_000)}<p>Texto al fondo de la página.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const result = await inWorker({ name: 'deep.html', bytes: enc(html) });
    expect(result.error).toBeUndefined();
    expect(result.bodies.join('\n')).toContain('Texto al fondo de la página.');
  }, 60_000);

  it('reads 20,000 nested tables', async () => {
    const html = `<html><body><h1>Tablas</h1>${'<table><tr><td>'.repeat(20_000)}celda final${'</td></tr></table>'.repeat(20_000)}</body></html>`;
    const result = await inWorker({ name: 'tables.html', bytes: enc(html) });
    expect(result.error).toBeUndefined();
    expect(result.bodies.join('\n')).toContain('celda final');
  }, 60_000);

  it('imports a valid 5.3 MB page of 130,000 <p> (no "Maximum call stack size exceeded")', async () => {
    const paras = Array.from({ length: 130_000 }, (_, i) => `<p>Párrafo número ${i} de la página grande, con algo de texto.</p>`);
    const html = `<!doctype html><html><head><title>Grande</title></head><body><main><h1>Página grande</h1>${paras.join('')}</main></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const result = await inWorker({ name: 'wide.html', bytes: enc(html) });
    expect(result.error).toBeUndefined();
    const text = result.bodies.join('\n');
    expect(text).toContain('Párrafo número 0 de');
    expect(text).toContain('Párrafo número 129999 de');
  }, 120_000);

  it('refuses a page with more elements than the limit, naming the file and the limit', async () => {
    const html = `<html><body><p>x</p>${'<br>'.repeat(IMPORT_LIMITS.htmlElements + 1)}</body></html>`;
    const result = await inWorker({ name: 'many.html', bytes: enc(html) });
    expect(result.error).toBe('many.html: too many HTML elements (more than 400,000)');
  });
});

describe('text limits for every format', () => {
  it('refuses a .txt bulletin longer than the limit', async () => {
    const result = await inWorker({ name: 'long.txt', bytes: enc(`Título\n\n${'palabra '.repeat(IMPORT_LIMITS.bulletinChars / 8 + 10)}`) });
    expect(result.error).toBe('long.txt: a bulletin is too long (more than 10,000,000 characters)');
  });

  it('refuses a file with more paragraphs than the limit', async () => {
    const text = Array.from({ length: IMPORT_LIMITS.paragraphs + 1 }, (_, i) => `Línea ${i}`).join('\n\n');
    const result = await inWorker({ name: 'lines.txt', bytes: enc(text) });
    expect(result.error).toBe('lines.txt: too many paragraphs (more than 250,000)');
  }, 120_000);

  it('refuses a PDF whose text grows past the file limit, while its pages are read', async () => {
    let pagesRead = 0;
    const run = { str: 'x'.repeat(1_000_000), transform: [10, 0, 0, 10, 50, 700], width: 500, height: 10, hasEOL: true };
    const pdfjs: PdfjsLike = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 500,
          getPage: async () => {
            pagesRead++;
            return { view: [0, 0, 600, 800], getTextContent: async () => ({ items: Array.from({ length: 10 }, () => run) }), cleanup: () => undefined };
          },
        }),
        destroy: async () => undefined,
      }),
    } as unknown as PdfjsLike;
    const report = importFileReport({ name: 'huge.pdf', bytes: enc('%PDF-1.7\n') }, { pdfjs: async () => pdfjs });
    await expect(report).rejects.toMatchObject({ message: 'huge.pdf: too much text (more than 50,000,000 characters)' });
    expect(pagesRead).toBe(6); // stopped at the page that passed the limit, not after all 500
  });
});
