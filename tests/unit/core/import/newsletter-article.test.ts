// @vitest-environment jsdom
/** An article whose sub-headings each head a dated story (a newsletter issue) is a listing, not one story. */
import { describe, expect, it } from 'vitest';
import DOMPurify from 'dompurify';
import { createHtmlToolkit } from '../../../../renderer/src/core/import/html-toolkit';
import { datedSubheadingLevel, firstDatedHeading } from '../../../../renderer/src/core/import/html-article';
import { importHtml } from '../../../../renderer/src/core/import/importers/html';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';
import type { Para } from '../../../../renderer/src/core/import/paragraphs';

const html = createHtmlToolkit(new DOMParser(), DOMPurify(window));
const P = (text: string, heading = 0): Para => ({ text, heading, bullet: false });
const LEAD = 'Customs agencies of both countries began exchanging certificates of origin this week.';

const ISSUE = `<html><head><title>Issue #9: ports and scholarships</title><meta property="og:title" content="Issue #9: ports and scholarships"></head><body>
<article><h1>Issue #9: ports and scholarships</h1><h3>Three stories from the region this week</h3><p>Nov 10, 2023</p>
<p>Hi all, welcome back. A short issue this week.</p>
<h3>Ports agree on a shared data format</h3><p>Lima · Nov 6</p><p>${LEAD}</p><p>The pilot runs to March.</p>
<h3>Scholarships reopen for lecturers</h3><p>Santiago · Nov 8</p><p>The mobility platform opened its call for lecturers and doctoral students of member countries.</p>
</article></body></html>`;

describe('newsletter issue in one <article>', () => {
  it('finds the level of sub-headings that head dated stories, and not an essay’s sections', () => {
    const paras = [P('Issue #9', 1), P('Ports agree', 3), P('Lima · Nov 6'), P(LEAD), P('Scholarships reopen', 3), P('Santiago · Nov 8'), P(LEAD)];
    expect(datedSubheadingLevel(paras)).toBe(3);
    expect(firstDatedHeading(paras, 3)).toBe(1);
    const essay = [P('A long essay on trade', 1), P('Background', 2), P(LEAD), P('What changes', 2), P(LEAD), P('Next steps', 2), P('Nov 6, 2023'), P(LEAD)];
    expect(datedSubheadingLevel(essay)).toBeNull();
  });

  it('imports each dated sub-heading as a story; the issue title, subtitle and intro are set aside, nothing lost', () => {
    const r = importHtml(ISSUE, 'issue.html', html, { fileDate: '2023-11-12' });
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Ports agree on a shared data format', '2023-11-06'],
      ['Scholarships reopen for lecturers', '2023-11-08'],
    ]);
    expect(r.bulletins[0]?.body.startsWith(LEAD)).toBe(true);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });
});
