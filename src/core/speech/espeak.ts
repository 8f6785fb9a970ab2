/**
 * The bundled offline voice (issue 18): eSpeak NG compiled to WebAssembly (npm `espeak-ng`), which carries the
 * German voice inside its module. Each host loads the module its own way (the CLI from node_modules, the app in
 * a worker from its own origin) and hands the factory in; everything else, the arguments and the reading of the
 * result, is this one code path, so the CLI's WAV is the app's.
 */

/** What eSpeak's Emscripten module gives back: its in-memory file system, where `-w` wrote the sound. */
export interface EspeakModule {
  FS: { readFile(path: string): Uint8Array; writeFile(path: string, data: string): void };
}

/** The package's default export, or a host's wrapper around it (a compiled module cached, its file located). */
export type EspeakFactory = (options: { arguments: string[]; preRun: ((module: EspeakModule) => void)[]; print: (s: string) => void; printErr: (s: string) => void }) => Promise<EspeakModule>;

export interface SpeakOptions {
  /** 1 is eSpeak's normal pace; the reader's speed control goes from 0.5 to 2. */
  rate?: number;
  /** An eSpeak voice; German unless a variant is chosen. */
  voice?: string;
}

/** eSpeak's words per minute at rate 1, and its limits. */
const NORMAL_WPM = 160;
const MIN_WPM = 80;
const MAX_WPM = 450;

/** Longer texts are spoken sentence by sentence by the app; one call this long would keep a worker for minutes. */
export const MAX_SPEAK_CHARS = 20_000;

export function espeakArguments(options: SpeakOptions = {}): string[] {
  const wpm = Math.round(Math.min(MAX_WPM, Math.max(MIN_WPM, NORMAL_WPM * (options.rate ?? 1))));
  // The text goes in as a UTF-8 file (-b 1 -f): as an argument, a text starting with "-" would be read as an option.
  return ['-b', '1', '-v', options.voice ?? 'de', '-s', String(wpm), '-w', 'out.wav', '-f', 'in.txt'];
}

/** Speaks `text` with eSpeak NG and returns the WAV file (22,050 Hz, 16-bit mono). */
export async function synthesize(factory: EspeakFactory, text: string, options: SpeakOptions = {}): Promise<Uint8Array> {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new Error('there is no text to speak');
  if (clean.length > MAX_SPEAK_CHARS) throw new Error(`the text is too long to speak at once (${clean.length} characters, at most ${MAX_SPEAK_CHARS})`);
  const errors: string[] = [];
  const module = await factory({
    arguments: espeakArguments(options),
    preRun: [(m) => m.FS.writeFile('in.txt', clean)],
    print: () => undefined,
    printErr: (s) => errors.push(s),
  });
  try {
    return module.FS.readFile('out.wav');
  } catch {
    throw new Error(`eSpeak NG wrote no sound${errors.length > 0 ? `: ${errors.join(' ')}` : ''}`);
  }
}
