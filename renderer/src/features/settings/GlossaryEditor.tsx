import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../core/backup/format';
import { builtInGlossary } from '../../core/search/glossary';
import { getSetting } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { ErrorAlert } from '../../app/components/ErrorAlert';

/** The Spanish↔English glossary behind "Also match translations", editable one pair per line. */
export function GlossaryEditor() {
  const { t } = useTranslation();
  const send = useSend();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getSetting('glossary').then((entries) => setText(toText(entries ?? builtInGlossary())));
  }, []);

  const save = async () => {
    const parsed = fromText(text);
    if (typeof parsed === 'string') {
      setError(t('settings.glossaryBadLine', { line: parsed }));
      return;
    }
    setError(null);
    await send('setting/set', { key: 'glossary', value: parsed });
    setSaved(true);
  };

  return (
    <section aria-labelledby="settings-glossary">
      <h3 id="settings-glossary">{t('settings.glossary')}</h3>
      <p>{t('settings.glossaryHelp')}</p>
      <textarea
        aria-label={t('settings.glossary')}
        rows={8}
        style={{ width: '100%' }}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
      />
      <ErrorAlert message={error} />
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" onClick={() => void save()}>
          {t('settings.saveGlossary')}
        </button>
        <button
          type="button"
          onClick={() => {
            void send('setting/delete', { key: 'glossary' });
            setText(toText(builtInGlossary()));
          }}
        >
          {t('settings.resetGlossary')}
        </button>
        {saved ? <span role="status">{t('settings.glossarySaved')}</span> : null}
      </div>
    </section>
  );
}

function toText(entries: readonly GlossaryEntry[]): string {
  return entries.map((entry) => `${entry.es} = ${entry.en}`).join('\n');
}

/** Parses "español = english" lines; returns the first bad line instead when one is malformed. */
function fromText(text: string): GlossaryEntry[] | string {
  const entries: GlossaryEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [es, en, extra] = line.split('=').map((part) => part.trim());
    if (!es || !en || extra !== undefined) return line;
    entries.push({ es, en });
  }
  return entries;
}
