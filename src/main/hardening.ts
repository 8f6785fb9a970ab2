/**
 * Main-process hardening rules (issue 20), free of electron imports so they are unit-tested:
 * which external links may open, where the window loads from, and the CSP every app:// response carries.
 */

/**
 * The only pages the app links to (the About screen's credits). Anything else a page asks to open —
 * an injected link, a redirect — is refused, so a compromised renderer cannot drive the browser.
 * A unit test checks this list against the credits, so a new credit fails until it is added here.
 */
export const EXTERNAL_LINKS: readonly string[] = [
  'https://www.electronjs.org/',
  'https://react.dev/',
  'https://dexie.org/',
  'https://www.i18next.com/',
  'https://github.com/i18next/react-i18next',
  'https://zod.dev/',
  'https://github.com/101arrowz/fflate',
  'https://github.com/GoogleChromeLabs/comlink',
  'https://github.com/open-spaced-repetition/ts-fsrs',
  'https://tanstack.com/virtual',
  'https://github.com/bvaughn/react-error-boundary',
  'https://github.com/espeak-ng/espeak-ng',
  'https://ftp.tu-chemnitz.de/pub/Local/urz/ding/',
  'https://freedict.org/',
  'https://github.com/languagetool-org/german-pos-dict',
  'https://github.com/hermitdave/FrequencyWords',
  'https://sites.google.com/site/germeval2014ner/',
];

const allowed = new Set(EXTERNAL_LINKS);

/** True for an https URL on the list, compared after URL normalisation (so `https://react.dev` matches). */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return allowed.has(`${parsed.origin}${parsed.pathname}`) && !parsed.search && !parsed.hash;
}

/**
 * The dev server URL electron-vite sets for hot reload, honoured only in a development run: a packaged
 * build started with ELECTRON_RENDERER_URL set would otherwise load (and trust over IPC) any page.
 */
export function devServerUrlOf(envValue: string | undefined, isPackaged: boolean): string | undefined {
  return isPackaged || !envValue ? undefined : envValue;
}

/**
 * The same policy as index.html's meta tag, sent as a header too: a meta tag covers only the page,
 * while a worker script takes its CSP from the header of its own response. 'wasm-unsafe-eval' lets the speech
 * worker compile the bundled voice's WebAssembly (issue 18); it allows no eval of JavaScript.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The response with the CSP header added; status and body unchanged. */
export function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
