/** Settings: the voice that speaks German (a system voice or the bundled one), its speed, autoplay in review (issue 18). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { germanVoices } from '../domain/speech';
import { speechRates, speechSettingKeys, useSpeechSettings, type SpeechSettings } from '../domain/speechSettings';
import { saveSetting } from '../domain/settingsStore';
import { ListenButton } from '../ui/ListenButton';

/** The system's German voices; the list arrives after the page loads, announced by `voiceschanged`. */
function useGermanVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(germanVoices);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoices(germanVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

export function SpeechSettingsField() {
  const { t } = useTranslation('settings');
  const { db } = useServices();
  const stored = useSpeechSettings(db);
  const voices = useGermanVoices();
  // The choice shows at once; the live query catches up after the write.
  const [chosen, setChosen] = useState<Partial<SpeechSettings>>({});
  const settings = { ...stored, ...chosen };
  const choose = <K extends keyof SpeechSettings>(name: K, value: SpeechSettings[K]) => {
    setChosen((c) => ({ ...c, [name]: value }));
    void saveSetting(db, speechSettingKeys[name], value);
  };
  return (
    <fieldset className="field speech-settings">
      <legend>{t('speech.title')}</legend>
      <label htmlFor="speech-voice">{t('speech.voice')}</label>
      <select id="speech-voice" value={settings.voice} onChange={(e) => choose('voice', e.target.value)} aria-describedby="speech-voice-help">
        <option value="auto">{t('speech.auto')}</option>
        <option value="bundled">{t('speech.bundled')}</option>
        {voices.map((v) => (
          <option key={v.voiceURI} value={v.voiceURI}>
            {v.name}
          </option>
        ))}
      </select>
      <p id="speech-voice-help" className="muted">
        {voices.length === 0 ? t('speech.noSystemVoice') : t('speech.systemVoices', { count: voices.length })}
      </p>
      <label htmlFor="speech-rate">{t('speech.rate')}</label>
      <select id="speech-rate" value={settings.rate} onChange={(e) => choose('rate', Number(e.target.value))}>
        {speechRates.map((r) => (
          <option key={r} value={r}>
            {t('speech.rateValue', { rate: r })}
          </option>
        ))}
      </select>
      <label className="checkbox-label" htmlFor="speech-autoplay">
        <input id="speech-autoplay" type="checkbox" checked={settings.autoplayReview} onChange={(e) => choose('autoplayReview', e.target.checked)} />
        {t('speech.autoplay')}
      </label>
      <p className="muted">
        {t('speech.try')} <ListenButton text={t('speech.sample')} />
      </p>
    </fieldset>
  );
}
