import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import type { Bulletin } from '../../core/model';
import { getHost } from '../../host';
import { useUiState } from '../../app/state';
import { Highlighted } from '../library/Highlighted';

/** Same rules as the importer: stored HTML is sanitised again before display (defence in depth). */
function sanitizeForDisplay(html: string): string {
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'img', 'video', 'audio', 'source', 'link', 'meta'],
    // id/name: stored HTML must not name elements after globals (DOM clobbering of window.paHost etc.).
    FORBID_ATTR: ['style', 'srcset', 'id', 'name'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}

/** Links in bulletins never navigate the app: https ones open in the system browser on click. */
function onLinkClick(event: React.MouseEvent<HTMLElement>): void {
  const anchor = (event.target as HTMLElement).closest('a');
  if (!anchor) return;
  event.preventDefault();
  const href = anchor.getAttribute('href') ?? '';
  if (/^https:\/\//i.test(href)) void getHost().openExternal(href);
}

export function BulletinBodyView({ bulletin }: { bulletin: Bulletin }) {
  const { state } = useUiState();
  const html = useMemo(() => (bulletin.bodyHtml ? sanitizeForDisplay(bulletin.bodyHtml) : null), [bulletin.bodyHtml]);
  if (html) {
    // The HTML was sanitised by DOMPurify on import and again just above; the CSP forbids inline scripts.
    return <div className="body" onClick={onLinkClick} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div className="body">
      {bulletin.body
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((paragraph, i) => (
          <p key={i}>
            <Highlighted text={paragraph} terms={state.highlightTerms} />
          </p>
        ))}
    </div>
  );
}
