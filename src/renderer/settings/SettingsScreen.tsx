import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { uiLanguages, type UiLanguage } from '../i18n/resources';
import { saveSetting } from './settingsStore';

export function SettingsScreen() {
  const { t, i18n } = useTranslation('settings');
  const { db } = useServices();
  const change = async (language: UiLanguage) => {
    await saveSetting(db, 'uiLanguage', language);
    await i18n.changeLanguage(language);
  };
  return (
    <section aria-labelledby="settings-title" className="settings">
      <header className="screen-header">
        <h1 id="settings-title">{t('title')}</h1>
      </header>
      <div className="field">
        <label htmlFor="ui-language">{t('language.label')}</label>
        <select id="ui-language" value={i18n.language} onChange={(e) => void change(e.target.value as UiLanguage)} aria-describedby="ui-language-help">
          {uiLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
        <p id="ui-language-help" className="muted">
          {t('language.help')}
        </p>
      </div>
    </section>
  );
}
