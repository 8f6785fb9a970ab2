/**
 * Listen to a word or a sentence (issue 18): the glossary popover and the review card use it. It speaks with the
 * voice the settings choose, stops when pressed again or when it leaves the screen, and says so when no German
 * voice can speak.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { readSpeechSettings } from '../domain/speechSettings';
import { useSpeaker } from '../domain/useSpeaker';
import { SpeakerIcon, StopIcon } from './icons';
import './listen.css';

export function ListenButton({ text, autoplay = false }: { text: string; autoplay?: boolean }) {
  const { t } = useTranslation('reader');
  const { db } = useServices();
  const { state, error, play, stop } = useSpeaker();
  const playing = state !== 'idle';
  // The settings are read when the button is pressed, not followed from its mount: the glossary popover draws this
  // button for every first card, and following them opened a database query in the click's own frames (issue 19).
  // Only the latest press plays, and none once the button has left the screen.
  const pressed = useRef(0);
  useEffect(() => () => void (pressed.current = -1), []);
  const start = useCallback(() => {
    const press = ++pressed.current;
    void readSpeechSettings(db).then((settings) => {
      if (pressed.current === press) play([text], settings);
    });
  }, [db, play, text]);

  const autoplayed = useRef<string | null>(null);
  useEffect(() => {
    if (!autoplay || autoplayed.current === text) return;
    autoplayed.current = text;
    start();
  }, [autoplay, text, start]);

  return (
    <span className="listen">
      <button type="button" className="secondary listen-button" aria-pressed={playing} aria-label={playing ? t('speech.stop') : t('speech.listenTo', { text })} title={playing ? t('speech.stop') : t('speech.listen')} onClick={playing ? stop : start}>
        {playing ? <StopIcon /> : <SpeakerIcon />}
      </button>
      {error && (
        <span role="alert" className="error-text">
          {t('speech.noVoice', { message: error })}
        </span>
      )}
    </span>
  );
}
