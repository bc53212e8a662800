import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageEstimate } from '../../data';
import { Dialog } from '../../app/components/Dialog';
import { chosenLanguage, setUiLanguage, type UiLanguage } from '../../app/i18n';
import { chosenTheme, setTheme, type ThemeChoice } from '../../app/theme';
import { formatBytes } from '../library/format';
import { BackupSection } from './BackupSection';
import { GlossaryEditor } from './GlossaryEditor';
import { IntegritySection } from './IntegritySection';
import { OriginalsUsage } from './OriginalsUsage';
import { SnapshotsSection } from './SnapshotsSection';
import { TeamArchiveSection } from './TeamArchiveSection';

/** Settings: language, theme, backup/restore, storage, glossary and the integrity check. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<UiLanguage | 'system'>(chosenLanguage);
  const [theme, setThemeChoice] = useState<ThemeChoice>(chosenTheme);
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);

  useEffect(() => {
    void storageEstimate().then(setStorage);
  }, []);

  return (
    <Dialog title={t('settings.title')} open onClose={onClose}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <div className="field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select
            id="settings-language"
            value={language}
            onChange={(event) => {
              const choice = event.target.value as UiLanguage | 'system';
              setLanguage(choice);
              void setUiLanguage(choice);
            }}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="settings-theme">{t('settings.theme')}</label>
          <select
            id="settings-theme"
            value={theme}
            onChange={(event) => {
              const choice = event.target.value as ThemeChoice;
              setThemeChoice(choice);
              setTheme(choice);
            }}
          >
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </div>
      </div>
      <BackupSection />
      <TeamArchiveSection />
      <SnapshotsSection />
      <section aria-labelledby="settings-storage">
        <h3 id="settings-storage">{t('settings.storage')}</h3>
        <p>{storage ? t('settings.storageUsed', { used: formatBytes(storage.usage), quota: formatBytes(storage.quota) }) : '—'}</p>
        <OriginalsUsage />
      </section>
      <IntegritySection />
      <GlossaryEditor />
    </Dialog>
  );
}
