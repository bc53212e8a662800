import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSetting } from '../../data';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useToast } from '../../app/components/Toasts';
import { errorText } from './tag-helpers';

/**
 * First-run offer of the Pacific Alliance starter tags (members, bodies, technical groups, partners,
 * with rules). A banner, not a modal: it must never stand between a person (or a test) and the app.
 * Accepting or skipping both record `starterTaxonomyOffered`, so it is asked once per archive.
 */
export function StarterTaxonomyOffer() {
  const { t } = useTranslation();
  const send = useSend();
  const notify = useToast();
  const headingId = useId();
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getSetting('starterTaxonomyOffered').then(
      (offered) => live && setVisible(offered === undefined),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!visible) return null;

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const installed = await send('tags/install-starter');
      const tagged = await send('rules/apply', { rules: installed.rules });
      await send('setting/set', { key: 'starterTaxonomyOffered', value: true });
      setVisible(false);
      notify({ message: t('tags.starter.installed', {
          tags: t('counted.tags', { count: installed.tagsCreated }),
          rules: t('counted.rules', { count: installed.rulesCreated }),
          tagged: t('counted.bulletinsTagged', { count: tagged }),
        }) });
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const skip = async () => {
    setVisible(false);
    try {
      await send('setting/set', { key: 'starterTaxonomyOffered', value: true });
    } catch (caught) {
      notify({ message: errorText(t, caught), error: true });
    }
  };

  return (
    <section
      className="starter-offer"
      aria-labelledby={headingId}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: '8px 12px', borderBottom: '1px solid var(--border)', background: 'var(--panel)' }}
    >
      <div style={{ flex: 1, minWidth: 240 }}>
        <h2 id={headingId} style={{ fontSize: 15, margin: 0 }}>
          {t('tags.starter.question')}
        </h2>
        <p style={{ margin: '2px 0 0', color: 'var(--muted)' }}>{t('tags.starter.body')}</p>
      </div>
      <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
        {t('tags.starter.accept')}
      </button>
      <button type="button" disabled={busy} onClick={() => void skip()}>
        {t('tags.starter.skip')}
      </button>
      {error ? (
        <div role="alert" className="alert" style={{ flexBasis: '100%' }}>
          {error}
        </div>
      ) : null}
    </section>
  );
}
