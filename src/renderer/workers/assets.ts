/**
 * Asset bytes for the worker. Vite emits the files and gives their URLs (`?url`), which both
 * hosts serve from the page's own origin (`connect-src 'self'`).
 */
import lexiconUrl from '../../../resources/lexicon/de-lexicon.txt.gz?url';
import manifest from '../../../resources/dict/manifest.json';

// `?url` keeps the NER weights out of every bundle (issue 19): they are fetched when a quiz first needs them.
const resourceUrls = import.meta.glob('../../../resources/ner/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const dictUrls = import.meta.glob('../../../resources/dict/*.dict.bin', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Languages the glossary ships, from the manifest; checked here, at the edge. */
export const glossaryLanguages: string[] = (manifest.languages as { lang: unknown; file: unknown }[])
  .filter((l) => typeof l.lang === 'string' && typeof l.file === 'string' && Object.keys(dictUrls).some((k) => k.endsWith(`/${String(l.file)}`)))
  .map((l) => l.lang as string);

function dictUrl(lang: string): string {
  const file = manifest.languages.find((l) => l.lang === lang)?.file;
  const url = file ? Object.entries(dictUrls).find(([k]) => k.endsWith(`/${file}`))?.[1] : undefined;
  if (!url) throw new Error(`no glossary for language "${lang}"`);
  return url;
}

export const isGzip = (b: Uint8Array) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * Inflates `bytes` with the browser's own zlib (several times faster than fflate's, but asynchronous), handed to it
 * from a stream of this thread rather than a Blob: a Blob's bytes go to the browser's process and are read back from
 * there, which took twice as long for a glossary section and up to ten times as long for its keys on a busy machine
 * (issue 19). Damaged bytes reject.
 */
export async function inflateNatively(bytes: Uint8Array, format: 'gzip' | 'deflate-raw'): Promise<Uint8Array> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      // Fetched bytes, never a SharedArrayBuffer's, which is all the cast rules out.
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(new DecompressionStream(format))).arrayBuffer());
}

/**
 * Fetches a file and inflates it natively when it is still gzip (a server may already have): the lexicon. A glossary
 * is packed in sections that core inflates when they are needed (dictionaryStore.ts).
 */
async function fetchAsset(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return bytes;
  try {
    return await inflateNatively(bytes, 'gzip');
  } catch (err) {
    // A cut download: the browser's own words ("incorrect header check", …) do not say which file.
    throw new Error(`${url} is damaged (${err instanceof Error ? err.message : String(err)})`);
  }
}

export const fetchLexicon = () => fetchAsset(lexiconUrl);

/** Starts the download of a packed glossary (fetchDictionary reads it). */
export const requestDictionary = async (lang: string): Promise<Response> => fetch(dictUrl(lang));

/**
 * Fetches a packed glossary, or reads the download already `requested`, calling `arrived` with the bytes received so
 * far as they come in (issue 19: its keys, at the front, are indexed while the rest downloads). A packed glossary is
 * never gzip.
 */
export async function fetchDictionary(lang: string, requested = requestDictionary(lang), arrived: (received: Uint8Array) => void = () => undefined): Promise<Uint8Array> {
  const url = dictUrl(lang);
  const response = await requested;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  // The size is known from the header where the server sends it; else the buffer grows.
  let bytes = new Uint8Array(Number(response.headers.get('content-length')) || 1 << 20);
  let received = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (received + chunk.value.length > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, received + chunk.value.length));
      grown.set(bytes.subarray(0, received));
      bytes = grown;
    }
    bytes.set(chunk.value, received);
    received += chunk.value.length;
    arrived(bytes.subarray(0, received));
  }
  return received === bytes.length ? bytes : bytes.slice(0, received);
}

/** A resources file core names (`ner/de-ner.json`), as text. */
export async function fetchResourceText(file: string): Promise<string> {
  const url = Object.entries(resourceUrls).find(([k]) => k.endsWith(`/resources/${file}`))?.[1];
  if (!url) throw new Error(`asset not bundled: ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
