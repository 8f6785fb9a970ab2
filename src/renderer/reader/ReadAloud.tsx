/**
 * Reading aloud (issue 18): the whole article from the word the learner is on (or the start), or just that word's
 * sentence, with the word being spoken highlighted, a speed control, pause and resume. The highlight is set on the
 * word's element directly: re-rendering a 10,000-word text several times a second would make the page stutter.
 */
import { memo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { speechRates, speechSettingKeys, useSpeechSettings } from '../domain/speechSettings';
import { saveSetting } from '../domain/settingsStore';
import { useSpeaker } from '../domain/useSpeaker';
import { PauseIcon, PlayIcon, StopIcon } from '../ui/icons';
import type { ReaderDoc } from './readerDoc';

/** The word token at `charIndex` of sentence `s` (the last word starting at or before it). */
export function wordAt(doc: ReaderDoc, s: number, charIndex: number): number | null {
  const sentence = doc.sentences[s];
  if (!sentence) return null;
  let found: number | null = null;
  for (let i = sentence.first; i < sentence.first + sentence.count; i++) {
    if (doc.tokens[i]!.start - sentence.start > charIndex) break;
    if (doc.wordPos[i]! >= 0) found = i;
  }
  return found;
}

// Memoised: a click on a word draws the reader again, and nothing of this changes with it (issue 19).
export const ReadAloud = memo(function ReadAloud({ doc, bodyRef }: { doc: ReaderDoc; bodyRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation('reader');
  const { db } = useServices();
  const settings = useSpeechSettings(db);
  const { state, error, play: speak, stop, togglePause } = useSpeaker();
  const spoken = useRef<HTMLElement | null>(null);

  const mark = (index: number | null) => {
    const el = index === null ? null : (bodyRef.current?.querySelector<HTMLElement>(`[data-t="${index}"]`) ?? null);
    if (el === spoken.current) return;
    spoken.current?.classList.remove('speaking');
    spoken.current = el;
    if (el) {
      el.classList.add('speaking');
      el.scrollIntoView({ block: 'nearest' });
    }
  };

  /** The sentence of the word that has the text's tab stop (the one last clicked or moved to), else the first. */
  const currentSentence = (): number => {
    const el = bodyRef.current?.querySelector<HTMLElement>('[data-t][tabindex="0"]');
    return el ? (doc.sentenceOf[Number(el.dataset['t'])] ?? 0) : 0;
  };

  const play = (whole: boolean) => {
    const first = currentSentence();
    const sentences = doc.sentences.slice(first, whole ? doc.sentences.length : first + 1);
    speak(
      sentences.map((x) => doc.text.slice(x.start, x.end)),
      settings,
      { onWord: (i, charIndex) => mark(wordAt(doc, first + i, charIndex)), onEnd: () => mark(null) },
    );
  };

  return (
    <div className="read-aloud" role="group" aria-label={t('speech.controls')}>
      {state === 'idle' ? (
        <>
          <button type="button" className="secondary icon-label" onClick={() => play(true)}>
            <PlayIcon /> {t('speech.readAloud')}
          </button>
          <button type="button" className="secondary icon-label" onClick={() => play(false)}>
            <PlayIcon /> {t('speech.sentence')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="secondary icon-label" onClick={togglePause}>
            {state === 'playing' ? (
              <>
                <PauseIcon /> {t('speech.pause')}
              </>
            ) : (
              <>
                <PlayIcon /> {t('speech.resume')}
              </>
            )}
          </button>
          <button type="button" className="secondary icon-label" onClick={stop}>
            <StopIcon /> {t('speech.stop')}
          </button>
        </>
      )}
      <label>
        {t('speech.rate')}{' '}
        <select value={settings.rate} onChange={(e) => void saveSetting(db, speechSettingKeys.rate, Number(e.target.value))}>
          {speechRates.map((r) => (
            <option key={r} value={r}>
              {t('speech.rateValue', { rate: r })}
            </option>
          ))}
        </select>
      </label>
      {state !== 'idle' && (
        <span className="muted" role="status">
          {state === 'playing' ? t('speech.playing') : t('speech.paused')}
        </span>
      )}
      {error && (
        <p role="alert" className="error-text">
          {t('speech.noVoice', { message: error })}
        </p>
      )}
    </div>
  );
});
