/**
 * Fetches and inflates one asset on a thread of its own (issue 19): the engine worker parses the lexicon meanwhile.
 * The bytes are transferred back, not copied.
 */
import { fetchAsset } from './assets';

self.onmessage = (event: MessageEvent<{ url: string }>) => {
  fetchAsset(event.data.url).then(
    (bytes) => self.postMessage({ bytes }, { transfer: [bytes.buffer] }),
    (err: unknown) => self.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
};
