import { describe, expect, it } from 'vitest';
import { boundHtml } from '../../../../renderer/src/core/import/html-bounds';

describe('boundHtml', () => {
  it('leaves an ordinary page as it is and counts its elements', () => {
    const html = '<!doctype html><html><head><title>T</title></head><body><div><p>a<p>b<br><img src=x></div><!-- <div> --></body></html>';
    expect(boundHtml(html)).toEqual({ html, elements: 9, dropped: 0 });
  });

  it('drops start and end tags nested deeper than the limit, keeping their text', () => {
    const html = `${'<div>'.repeat(5)}<b>deep</b>${'</div>'.repeat(5)}after`;
    const out = boundHtml(html, 3);
    expect(out.html).toBe('<div><div><div>deep</div></div></div>after');
    expect(out.dropped).toBe(6);
  });

  it('does not count self-closing-by-rule elements (unclosed <p>, <li>, <td>) as nesting', () => {
    const html = `<ul>${'<li><p>item'.repeat(1000)}</ul>`;
    expect(boundHtml(html, 3).dropped).toBe(0);
  });

  it('ignores tags inside scripts, styles, comments and quoted attributes', () => {
    const html = `<div title="<div><div>"><script>${'<div>'.repeat(10)}</script><style>${'<div>'.repeat(10)}</style><!--${'<div>'.repeat(10)}--></div>`;
    const out = boundHtml(html, 2);
    expect(out).toEqual({ html, elements: 3, dropped: 0 });
  });

  it('stops at the element limit so the caller can refuse the page', () => {
    expect(boundHtml('<br>'.repeat(50), 128, 10).elements).toBe(11);
  });

  it('flattens 100,000 nested <div>s in one pass', () => {
    const out = boundHtml(`${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`);
    expect(out.elements).toBe(100_000);
    expect(out.html).toBe(`${'<div>'.repeat(128)}x${'</div>'.repeat(128)}`);
  });
});
