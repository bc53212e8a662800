import { useTranslation } from 'react-i18next';
import type { LeftOut } from './preview-model';

/** Lines shown per file; the rest are counted (they are all kept by the button). */
const SHOWN = 5;

interface Props {
  leftOut: readonly LeftOut[];
  onKeep(leftOut: LeftOut): void;
}

/**
 * The nothing-lost warning: names each file whose importer left text out of every bulletin, shows
 * that text, and offers to keep it. An alert, because the user must read it before confirming.
 */
export function LeftOutWarning({ leftOut, onKeep }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {leftOut.map((entry) => (
        <div key={entry.fileName} role="alert" className="alert">
          <p>{t('import.leftOut', { file: entry.fileName, count: entry.lines.length })}</p>
          <ul>
            {entry.lines.slice(0, SHOWN).map((line, i) => (
              <li key={i}>
                {line.slice(0, 160)}
                {line.length > 160 ? '…' : ''}
              </li>
            ))}
          </ul>
          {entry.lines.length > SHOWN ? <p>{t('import.more', { count: entry.lines.length - SHOWN })}</p> : null}
          <button type="button" onClick={() => onKeep(entry)}>
            {t('import.keepLeftOut')}
          </button>
        </div>
      ))}
    </>
  );
}
