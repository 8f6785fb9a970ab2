/**
 * Listen to a word or a sentence (issue 18): the glossary popover and the review card use it. It speaks with the
 * voice the settings choose, stops when pressed again or when it leaves the screen, and says so when no German
 * voice can speak.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { speak, type Speaker } from '../domain/speech';
import { useSpeechSettings } from '../domain/speechSettings';
import './listen.css';

export function ListenButton({ text, autoplay = false }: { text: string; autoplay?: boolean }) {
  const { t } = useTranslation('reader');
  const { db } = useServices();
  const settings = useSpeechSettings(db);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const speaker = useRef<Speaker | null>(null);

  const stop = useCallback(() => {
    speaker.current?.stop();
    speaker.current = null;
    setPlaying(false);
  }, []);

  const start = useCallback(() => {
    speaker.current?.stop();
    setError(null);
    const s = speak([text], settings);
    speaker.current = s;
    setPlaying(true);
    s.done.then(
      () => {
        if (speaker.current === s) stop();
      },
      (err: unknown) => {
        if (speaker.current === s) stop();
        setError(err instanceof Error ? err.message : String(err));
      },
    );
  }, [text, settings, stop]);

  useEffect(() => stop, [stop]);
  const autoplayed = useRef<string | null>(null);
  useEffect(() => {
    if (!autoplay || autoplayed.current === text) return;
    autoplayed.current = text;
    start();
  }, [autoplay, text, start]);

  return (
    <span className="listen">
      <button type="button" className="secondary listen-button" aria-pressed={playing} aria-label={playing ? t('speech.stop') : t('speech.listenTo', { text })} title={playing ? t('speech.stop') : t('speech.listen')} onClick={playing ? stop : start}>
        {playing ? '■' : '🔊'}
      </button>
      {error && (
        <span role="alert" className="error-text">
          {t('speech.noVoice', { message: error })}
        </span>
      )}
    </span>
  );
}
