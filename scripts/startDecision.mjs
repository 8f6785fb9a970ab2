// What `npm start` opens, as a pure function of the machine's state (issue 17): the Node version, whether
// Electron's binary is there, and a download step the caller passes in (the test replaces it). The electron
// package (>= 45) no longer downloads at `npm install`, so without this a user with internet never saw the app.

/** `true` when `version` (`v22.12.0` or `22.12.0`) is at least `minimum`. */
export function nodeAtLeast(version, minimum) {
  const parts = (v) => v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** The lowest Node version an `engines.node` range of the form `>=X.Y.Z` allows. */
export function minimumNodeOf(range) {
  const match = /^\s*>=\s*v?(\d+\.\d+\.\d+)\s*$/.exec(range ?? '');
  if (!match) throw new Error(`package.json engines.node must read ">=X.Y.Z", not ${JSON.stringify(range)}`);
  return match[1];
}

/** The download was stopped by the time limit (the caller aborts its fetch with this as the reason). */
export class DownloadTimeout extends Error {
  constructor(seconds) {
    super(`no binary after ${seconds} s`);
    this.name = 'DownloadTimeout';
    this.seconds = seconds;
  }
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

/** One line saying why the download failed: timeout, proxy, offline, or the error's own first line. */
export function downloadFailureReason(error, env = {}) {
  if (error instanceof DownloadTimeout) return `the download timed out (${error.message})`;
  const code = error?.cause?.code ?? error?.code;
  const status = error?.response?.status;
  const proxy = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || env.GLOBAL_AGENT_HTTPS_PROXY;
  if (status === 407) return 'the proxy refused the download (HTTP 407: proxy authentication required)';
  if (OFFLINE_CODES.has(code)) {
    return proxy
      ? `the download failed through the proxy ${proxy} (${code}); set ELECTRON_GET_USE_PROXY=1 if the proxy is needed`
      : `offline: github.com cannot be reached (${code})`;
  }
  const first = String(error?.message ?? error).split('\n')[0];
  return `the download failed: ${first}`;
}

/**
 * Decides between Electron and the web host. `findBinary()` returns `{ path }` or `{ missing }` (why not);
 * `download({ signal })` fetches and unpacks the binary and is called only when it is missing and Node can run
 * the downloader. The result is `{ host: 'electron', path, warning? }` or `{ host: 'web', reason }`.
 */
export async function decideStart({ nodeVersion, minimumNode, findBinary, download, timeoutMs, env = {} }) {
  const nodeOk = nodeAtLeast(nodeVersion, minimumNode);
  const nodeMessage = `Node ${nodeVersion} is older than ${minimumNode}, which Electron 45 and its downloader need (package.json engines); install Node ${minimumNode} or newer for the desktop app`;
  const found = findBinary();
  // The binary carries its own Node, so an old system Node only matters for the download.
  if (found.path) return nodeOk ? { host: 'electron', path: found.path } : { host: 'electron', path: found.path, warning: nodeMessage };
  if (!nodeOk) return { host: 'web', reason: nodeMessage };
  const controller = new AbortController();
  const seconds = Math.round(timeoutMs / 1000);
  const timer = setTimeout(() => controller.abort(new DownloadTimeout(seconds)), timeoutMs);
  try {
    await Promise.race([
      download({ signal: controller.signal }),
      new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason))),
    ]);
  } catch (error) {
    return { host: 'web', reason: downloadFailureReason(controller.signal.aborted ? controller.signal.reason : error, env) };
  } finally {
    clearTimeout(timer);
  }
  const after = findBinary();
  return after.path ? { host: 'electron', path: after.path } : { host: 'web', reason: `the download ended without a binary: ${after.missing}` };
}
