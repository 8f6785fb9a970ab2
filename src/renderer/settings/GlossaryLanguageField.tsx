/** Settings field: the language the glossary gives senses in (issue 5). */
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { glossaryLanguageCodes, saveGlossaryLanguage, useGlossaryLanguage } from '../domain/glossaryLanguage';

export function GlossaryLanguageField() {
  const { t } = useTranslation('reader');
  const { db } = useServices();
  const lang = useGlossaryLanguage(db);
  return (
    <div className="field">
      <label htmlFor="glossary-language">{t('glossaryLanguage.label')}</label>
      <select id="glossary-language" value={lang} onChange={(e) => void saveGlossaryLanguage(db, e.target.value)} aria-describedby="glossary-language-help">
        {glossaryLanguageCodes.map((l) => (
          <option key={l} value={l}>
            {t(`glossaryLanguage.languages.${l}` as 'glossaryLanguage.languages.en')}
          </option>
        ))}
      </select>
      <p id="glossary-language-help" className="muted">
        {t('glossaryLanguage.help')}
      </p>
    </div>
  );
}
