/**
 * Speaking German text (issue 18). A German system voice through the Web Speech API where the system has one
 * (good on Windows and macOS) and the learner has not chosen otherwise; else the bundled eSpeak NG voice, which
 * a worker turns into WAV and an AudioContext plays, so it works offline in both hosts and in headless Chromium.
 * Several texts (the sentences of an article) play one after the other, the next made while one plays.
 */
import { speechWorker } from '../workers/speechClient';
import type { SpeechSettings } from './speechSettings';

export interface Speaker {
  pause(): void;
  resume(): void;
  stop(): void;
  /** Settles when the last text has been spoken ('ended') or on stop ('stopped'); rejects when no voice could speak. */
  readonly done: Promise<'ended' | 'stopped'>;
}

/** Where the voice is in the texts: which text, and the character it is speaking. */
export type OnWord = (text: number, charIndex: number) => void;

/** German system voices; none in headless Chromium and on many Linux desktops. */
export function germanVoices(): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('de'));
}

/** The system voice the settings ask for, or null for the bundled one. */
export function systemVoice(settings: SpeechSettings): SpeechSynthesisVoice | null {
  if (settings.voice === 'bundled') return null;
  const voices = germanVoices();
  return voices.find((v) => v.voiceURI === settings.voice) ?? voices[0] ?? null;
}

export function speak(texts: string[], settings: SpeechSettings, onWord?: OnWord): Speaker {
  const spoken = texts.map((t) => t.replace(/\s+/g, ' ').trim());
  const voice = systemVoice(settings);
  return voice ? systemSpeaker(spoken, voice, settings.rate, onWord) : bundledSpeaker(spoken, settings.rate, onWord);
}

function systemSpeaker(texts: string[], voice: SpeechSynthesisVoice, rate: number, onWord?: OnWord): Speaker {
  speechSynthesis.cancel();
  let stopped = false;
  const done = new Promise<'ended' | 'stopped'>((resolve, reject) => {
    if (texts.length === 0) return resolve('ended');
    texts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = rate;
      u.onboundary = (e) => {
        if (e.name === 'word') onWord?.(i, e.charIndex);
      };
      u.onerror = (e) => (e.error === 'interrupted' || e.error === 'canceled' ? resolve('stopped') : reject(new Error(e.error)));
      if (i === texts.length - 1) u.onend = () => resolve(stopped ? 'stopped' : 'ended');
      speechSynthesis.speak(u);
    });
  });
  return {
    pause: () => speechSynthesis.pause(),
    resume: () => speechSynthesis.resume(),
    stop: () => {
      stopped = true;
      speechSynthesis.cancel();
    },
    done,
  };
}

function bundledSpeaker(texts: string[], rate: number, onWord?: OnWord): Speaker {
  const context = new AudioContext();
  let stopped = false;
  let source: AudioBufferSourceNode | null = null;
  let timer = 0;
  const make = async (i: number): Promise<AudioBuffer> => {
    const wav = await speechWorker().speak(texts[i]!, { rate });
    return context.decodeAudioData(wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength) as ArrayBuffer);
  };
  const play = (buffer: AudioBuffer, i: number) =>
    new Promise<void>((resolve) => {
      const node = context.createBufferSource();
      node.buffer = buffer;
      node.connect(context.destination);
      node.onended = () => resolve();
      const start = context.currentTime;
      // eSpeak's command line gives no word timings: the place is estimated from the share of the sentence played
      // (the clock stands still while paused).
      if (onWord) timer = window.setInterval(() => onWord(i, Math.floor(Math.min(1, (context.currentTime - start) / buffer.duration) * texts[i]!.length)), 60);
      source = node;
      node.start();
    }).finally(() => window.clearInterval(timer));
  const done = (async (): Promise<'ended' | 'stopped'> => {
    try {
      let next = texts.length > 0 ? make(0) : null;
      for (let i = 0; next && !stopped; i++) {
        const buffer = await next;
        next = i + 1 < texts.length ? make(i + 1) : null;
        // A text made ahead but not played any more must not end as an unhandled rejection.
        next?.catch(() => undefined);
        if (stopped) break;
        await play(buffer, i);
      }
      return stopped ? 'stopped' : 'ended';
    } finally {
      void context.close().catch(() => undefined);
    }
  })();
  return {
    pause: () => void context.suspend(),
    resume: () => void context.resume(),
    stop: () => {
      stopped = true;
      try {
        source?.stop();
      } catch {
        // Not started yet: nothing to stop.
      }
    },
    done,
  };
}
