import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeQuerySyntax } from '../../core/search/query-syntax';

/** A "?" button that opens a popover explaining the search syntax, in the UI language. */
export function QueryHelp() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);

  const rows = describeQuerySyntax(i18n.language === 'es' ? 'es' : 'en');
  return (
    <div ref={ref} style={{ position: 'relative' }}>
      <button type="button" className="icon" aria-label={t('toolbar.syntaxHelp')} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        ?
      </button>
      {open ? (
        <div id={id} className="popover" role="dialog" aria-label={t('toolbar.syntaxHelp')} style={{ right: 0, top: 32 }}>
          <table>
            <tbody>
              {rows.map((row) => (
                <tr key={row.syntax}>
                  <td>
                    <code>{row.example}</code>
                  </td>
                  <td>{row.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
