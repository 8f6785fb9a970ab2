/**
 * Worker entry for the bundled voice (issue 18): eSpeak NG's WebAssembly, served from the app's own origin like
 * the other assets, turns a text into a WAV file off the page's thread.
 */
import { expose } from 'comlink';
import espeak from 'espeak-ng';
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url';
import { synthesize, type SpeakOptions } from '../../core';
import { compiledEspeak } from '../../shared/espeakLoader';

// Bytes, then compile: compileStreaming needs the server to say application/wasm, which a host's own file protocol may not.
const factory = compiledEspeak(espeak, async () => {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`the bundled voice could not be loaded (HTTP ${response.status})`);
  return WebAssembly.compile(await response.arrayBuffer());
});

export const speechService = {
  async speak(text: string, options: SpeakOptions): Promise<Uint8Array> {
    return synthesize(factory, text, options);
  },
};

expose(speechService);
