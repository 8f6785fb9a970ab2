import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { BackupSection } from './BackupSection';
import { GlossaryLanguageField } from './GlossaryLanguageField';
import { KnownWordsImport } from './KnownWordsImport';
import { TeacherModeField } from './TeacherModeField';
import { SpeechSettingsField } from './SpeechSettingsField';
import { uiLanguages, type UiLanguage } from '../i18n/resources';
import { applyComfort, comfortOptions, type ReadingComfort } from '../domain/readingComfort';
import { loadComfort, saveComfort, saveSetting } from '../domain/settingsStore';
import { TEXT_LANG } from '../textLanguage';

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
            // Each language named in itself, so whoever cannot read the current one still finds theirs.
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
        <p id="ui-language-help" className="muted">
          {t('language.help')}
        </p>
      </div>
      <GlossaryLanguageField />
      <TeacherModeField />
      <ReadingComfortSettings />
      <SpeechSettingsField />
      <BackupSection />
      <KnownWordsImport />
    </section>
  );
}

/** Theme and reader typography: applied the moment they change, saved for the next start. */
function ReadingComfortSettings() {
  const { t } = useTranslation('settings');
  const { db } = useServices();
  const stored = useLiveQuery(() => loadComfort(db), [db]);
  // The choice shows at once; the live query catches up after the write.
  const [chosen, setChosen] = useState<ReadingComfort | null>(null);
  const comfort = chosen ?? stored;
  if (!comfort) return null;
  const choose = <K extends keyof ReadingComfort>(name: K, value: ReadingComfort[K]) => {
    const next = { ...comfort, [name]: value };
    setChosen(next);
    applyComfort(next);
    void saveComfort(db, name, value);
  };
  return (
    <section aria-labelledby="comfort-title" className="comfort">
      <h2 id="comfort-title">{t('comfort.title')}</h2>
      <ChoiceGroup name="theme" value={comfort.theme} onChange={(v) => choose('theme', v)} />
      <ChoiceGroup name="textSize" value={comfort.textSize} onChange={(v) => choose('textSize', v)} />
      <ChoiceGroup name="lineSpacing" value={comfort.lineSpacing} onChange={(v) => choose('lineSpacing', v)} />
      <ChoiceGroup name="readingWidth" value={comfort.readingWidth} onChange={(v) => choose('readingWidth', v)} />
      <figure className="comfort-preview">
        <figcaption className="muted">{t('comfort.preview')}</figcaption>
        <p className="article-body" lang={TEXT_LANG}>
          {t('comfort.previewText')}
        </p>
      </figure>
    </section>
  );
}

/** A radio group (fieldset + legend): arrow keys move the choice, Tab leaves the group. */
function ChoiceGroup<K extends keyof ReadingComfort>({ name, value, onChange }: { name: K; value: ReadingComfort[K]; onChange: (value: ReadingComfort[K]) => void }) {
  const { t } = useTranslation('settings');
  return (
    <fieldset className="choice-group">
      <legend>{t(`comfort.${name}.label`)}</legend>
      <div className="choices">
        {comfortOptions[name].map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
            {t(`comfort.${name}.${option}` as `comfort.theme.system`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
