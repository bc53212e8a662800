// The import worker's HTML toolkit (linkedom + DOMPurify): DOMPurify silently returns its input
// when its window lacks something, so these prove it really sanitises on this DOM.
import { describe, expect, it } from 'vitest';
import { sanitizeFragment } from '../../../renderer/src/core/import/html-toolkit';
import { createWorkerHtmlToolkit } from '../../../renderer/src/workers/worker-dom';

const toolkit = createWorkerHtmlToolkit();

describe('worker HTML toolkit', () => {
  it.each([
    ['<p onclick="x()">ok</p>', 'onclick'],
    ['<img src=x onerror=alert(1)>', 'onerror'],
    ['<p>a</p><script>bad()</script>', 'script'],
    ['<a href="javascript:alert(1)">l</a>', 'javascript:'],
    ['<svg><g onload="alert(1)"></g></svg>', 'svg'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">', 'onerror'],
    ['<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', 'onerror'],
    ['<p style="background:url(https://evil.example/t.png)">s</p>', 'evil.example'],
    ['<object data="x.swf"></object><embed src="x.swf">', 'swf'],
  ])('DOMPurify strips %s', (dirty, bad) => {
    const clean = toolkit.sanitize(`<p>kept</p>${dirty}`);
    expect(clean).toContain('<p>kept</p>');
    expect(clean).not.toContain(bad);
    expect(sanitizeFragment(dirty, toolkit)).not.toContain(bad);
  });

  it('keeps safe markup and text', () => {
    expect(sanitizeFragment('<p>Hola <b>mundo</b> <a href="https://pa.example/x">enlace</a></p>', toolkit)).toBe(
      '<p>Hola <b>mundo</b> <a href="https://pa.example/x">enlace</a></p>',
    );
  });

  it('parses fragments and whole pages', () => {
    expect(toolkit.parse('<p>a<p>b').body.querySelectorAll('p')).toHaveLength(2);
    const page = toolkit.parse('<!doctype html><html><head><title>T</title></head><body><main><p>x</p></main></body></html>');
    expect(page.title).toBe('T');
    expect(page.body.querySelector('main p')?.textContent).toBe('x');
  });
});
