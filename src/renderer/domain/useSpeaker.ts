/**
 * One voice at a time for a screen (issue 18): starts texts with the chosen voice, follows them to their end, stops
 * when asked or when the screen goes, and keeps the error when no German voice could speak. The listen button and
 * reading aloud share it, so both settle the same way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { speak, type OnWord, type Speaker } from './speech';
import type { SpeechSettings } from './speechSettings';

export type SpeakerState = 'idle' | 'playing' | 'paused';

export interface PlayOptions {
  /** Where the voice is; only called while this play is the current one. */
  onWord?: OnWord;
  /** When this play ends, is stopped or is replaced by another. */
  onEnd?: () => void;
}

/** The voice and speed come with each play, read when it starts, so a button nobody presses reads no settings. */
export function useSpeaker() {
  const current = useRef<{ speaker: Speaker; onEnd?: () => void } | null>(null);
  const [state, setState] = useState<SpeakerState>('idle');
  const [error, setError] = useState<string | null>(null);

  const stop = useCallback(() => {
    const was = current.current;
    current.current = null;
    was?.speaker.stop();
    was?.onEnd?.();
    setState('idle');
  }, []);

  const play = useCallback(
    (texts: string[], settings: SpeechSettings, { onWord, onEnd }: PlayOptions = {}) => {
      stop();
      setError(null);
      const s: Speaker = speak(
        texts,
        settings,
        onWord &&
          ((i, charIndex) => {
            if (current.current?.speaker === s) onWord(i, charIndex);
          }),
      );
      current.current = { speaker: s, onEnd };
      setState('playing');
      s.done.then(
        () => {
          if (current.current?.speaker === s) stop();
        },
        (err: unknown) => {
          if (current.current?.speaker === s) stop();
          setError(err instanceof Error ? err.message : String(err));
        },
      );
    },
    [stop],
  );

  const togglePause = useCallback(() => {
    const speaker = current.current?.speaker;
    if (!speaker) return;
    if (state === 'playing') speaker.pause();
    else speaker.resume();
    setState(state === 'playing' ? 'paused' : 'playing');
  }, [state]);

  useEffect(() => () => current.current?.speaker.stop(), []);

  return { state, error, play, stop, togglePause };
}
