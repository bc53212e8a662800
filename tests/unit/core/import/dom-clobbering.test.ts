// @vitest-environment jsdom
/**
 * Issue 23, point 7: imported HTML must not name elements after globals. `<a id="paHost">` used to
 * survive both sanitisers and shadow `window.paHost` while the bulletin was shown.
 */
import { describe, expect, it } from 'vitest';
import DOMPurify from 'dompurify';
import { createHtmlToolkit, sanitizeFragment, type HtmlToolkit } from '../../../../renderer/src/core/import/html-toolkit';
import { importFile } from '../../../../renderer/src/core/import/import-file';

const html = createHtmlToolkit(new DOMParser(), DOMPurify(window));
const HOSTILE = [
  '<p id="paHost">Named paragraph</p>',
  '<a id="paHost" href="https://example.org/x">link</a>',
  '<form name="paHost"><input name="attributes"></form>',
  '<img name="cookie" src="data:image/png;base64,AAAA">',
  '<a name="defaultView" href="https://example.org/y">anchor</a>',
].join('');

function namedAttributes(fragment: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${fragment}</body>`, 'text/html');
  return Array.from(doc.body.querySelectorAll('[id],[name]')).map((el) => el.outerHTML);
}

describe('sanitisers drop id and name', () => {
  it('DOMPurify with the import config', () => {
    const clean = html.sanitize(HOSTILE);
    expect(namedAttributes(clean)).toEqual([]);
    expect(clean).toContain('href="https://example.org/x"');
  });

  it('the second line of defence alone (a sanitiser that let them through)', () => {
    const leaky: HtmlToolkit = { parse: html.parse, sanitize: (s) => s };
    expect(namedAttributes(sanitizeFragment(HOSTILE, leaky))).toEqual([]);
  });

  it('an imported HTML bulletin keeps its text and loses the names', async () => {
    const page = `<!doctype html><html><head><title>Clobber test</title></head><body><article><h1 id="paHost">Fisheries council meets</h1>
      <p>Lima, 14 de noviembre de 2023.- The council met <a id="paHost" href="https://example.org">here</a>.</p>
      <form name="paHost"></form><p name="paHost">More text about fisheries and aquaculture in the Pacific.</p></article></body></html>`;
    const [b] = await importFile({ name: 'clobber.html', bytes: new TextEncoder().encode(page) }, { html });
    expect(b?.body).toContain('The council met here');
    expect(namedAttributes(b?.bodyHtml ?? '')).toEqual([]);
  });
});
