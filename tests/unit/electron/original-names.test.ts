import { describe, expect, it } from 'vitest';
import { MAX_COPY_NAME, planOriginalCopy, safeFileName, sanitizeFileName } from '../../../electron/shared/original-names';

describe('original copies: names and how they open (issue 23, point 5)', () => {
  it('HTML and JSON never reach the system viewer as themselves: they open as plain text', () => {
    expect(planOriginalCopy('page.html')).toEqual({ fileName: 'page.html.txt', asText: true });
    expect(planOriginalCopy('Page.HTM')).toEqual({ fileName: 'Page.htm.txt', asText: true });
    expect(planOriginalCopy('backup.json')).toEqual({ fileName: 'backup.json.txt', asText: true });
    expect(planOriginalCopy('notes.markdown')).toEqual({ fileName: 'notes.markdown.txt', asText: true });
  });

  it('only PDF, Word, text and Markdown go to the system viewer; anything else is refused', () => {
    for (const name of ['acta.pdf', 'acta.docx', 'acta.txt', 'acta.md']) expect(planOriginalCopy(name)).toEqual({ fileName: name, asText: false });
    for (const name of ['run.exe', 'x.sh', 'y.lnk', 'z.html.exe', 'noext', 'x.svg']) expect(planOriginalCopy(name)).toBeNull();
  });

  it('a right-to-left override cannot disguise the type', () => {
    // Shown by a bidi-aware UI as "ahtml.pdf"; it is an HTML page.
    expect(planOriginalCopy('a\u202Efdp.html')).toEqual({ fileName: 'afdp.html.txt', asText: true });
    expect(safeFileName('report\u2067\u200Bcod.exe\u2069.pdf')).toBe('reportcod.exe.pdf');
  });

  it('Windows device names are defused, with any extension and in any case', () => {
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('nul.pdf')).toBe('_nul.pdf');
    expect(safeFileName('com1.docx')).toBe('_com1.docx');
    expect(safeFileName('LPT9.backup.md')).toBe('_LPT9.backup.md');
    expect(safeFileName('console.txt')).toBe('console.txt');
  });

  it('reserved characters, controls, separators and trailing dots or spaces', () => {
    expect(safeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(safeFileName('..\\..\\evil/x.pdf')).toBe('_.._evil_x.pdf');
    expect(safeFileName('tab\there\nnew\u0000.txt')).toBe('tabherenew.txt');
    expect(safeFileName('name.pdf. . ')).toBe('name.pdf');
    expect(safeFileName('  .hidden.txt')).toBe('hidden.txt');
    expect(safeFileName('\u202E.pdf')).toBe('pdf');
    expect(sanitizeFileName('.pdf')).toEqual({ stem: 'pdf', ext: '' });
  });

  it('long names are cut to a length every file system takes, keeping the extension', () => {
    const name = safeFileName(`${'á'.repeat(400)}.pdf`);
    expect(name.length).toBeLessThanOrEqual(MAX_COPY_NAME);
    expect(name.endsWith('á.pdf')).toBe(true);
    const astral = safeFileName(`${'😀'.repeat(200)}.txt`);
    expect(astral.endsWith('.txt')).toBe(true);
    // No half of a surrogate pair left at the cut.
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(astral)).toBe(false);
  });
});
