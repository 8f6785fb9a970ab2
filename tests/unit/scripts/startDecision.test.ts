import { describe, expect, it, vi } from 'vitest';
import { decideStart, downloadFailureReason, DownloadTimeout, minimumNodeOf, nodeAtLeast, type BinaryState } from '../../../scripts/startDecision.mjs';

const missing: BinaryState = { missing: 'no node_modules/electron/path.txt' };
const present: BinaryState = { path: '/app/node_modules/electron/dist/electron' };
const base = { nodeVersion: 'v22.14.0', minimumNode: '22.12.0', timeoutMs: 60_000 };

describe('decideStart', () => {
  it('starts Electron at once when the binary is there, without downloading', async () => {
    const download = vi.fn(() => Promise.resolve());
    expect(await decideStart({ ...base, findBinary: () => present, download })).toEqual({ host: 'electron', path: present.path });
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads a missing binary and then starts Electron', async () => {
    let installed = false;
    const download = vi.fn(() => {
      installed = true;
      return Promise.resolve();
    });
    const decision = await decideStart({ ...base, findBinary: () => (installed ? present : missing), download });
    expect(decision).toEqual({ host: 'electron', path: present.path });
    expect(download).toHaveBeenCalledOnce();
  });

  it('falls back to the web host saying it is offline when the download cannot reach the server', async () => {
    const offline = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    const decision = await decideStart({ ...base, findBinary: () => missing, download: () => Promise.reject(offline) });
    expect(decision).toEqual({ host: 'web', reason: 'offline: github.com cannot be reached (ENOTFOUND)' });
  });

  it('stops a download that passes the time limit and says so', async () => {
    let aborted = false;
    const hangs = ({ signal }: { signal: AbortSignal }) =>
      new Promise<void>(() => {
        signal.addEventListener('abort', () => (aborted = true));
      });
    const decision = await decideStart({ ...base, timeoutMs: 20, findBinary: () => missing, download: hangs });
    expect(decision.host).toBe('web');
    expect(decision.host === 'web' && decision.reason).toMatch(/timed out/);
    expect(aborted).toBe(true);
  });

  it('does not try the download on a Node older than the engines range, and names both versions', async () => {
    const download = vi.fn(() => Promise.resolve());
    const decision = await decideStart({ ...base, nodeVersion: 'v20.20.2', findBinary: () => missing, download });
    expect(download).not.toHaveBeenCalled();
    expect(decision.host).toBe('web');
    expect(decision.host === 'web' && decision.reason).toMatch(/Node v20\.20\.2 is older than 22\.12\.0/);
  });

  it('still starts an installed binary on an old Node, with a warning', async () => {
    const decision = await decideStart({ ...base, nodeVersion: 'v20.20.2', findBinary: () => present, download: () => Promise.resolve() });
    expect(decision).toMatchObject({ host: 'electron', path: present.path, warning: expect.stringMatching(/older than 22\.12\.0/) });
  });

  it('falls back when the download ends without a binary', async () => {
    const decision = await decideStart({ ...base, findBinary: () => missing, download: () => Promise.resolve() });
    expect(decision).toEqual({ host: 'web', reason: `the download ended without a binary: ${missing.missing}` });
  });
});

describe('downloadFailureReason', () => {
  it.each([
    [new DownloadTimeout(600), {}, 'the download timed out (no binary after 600 s)'],
    [Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), { HTTPS_PROXY: 'http://proxy.example:3128' }, 'the download failed through the proxy http://proxy.example:3128 (ECONNREFUSED); set ELECTRON_GET_USE_PROXY=1 if the proxy is needed'],
    [Object.assign(new Error('Response code 407'), { response: { status: 407 } }), {}, 'the proxy refused the download (HTTP 407: proxy authentication required)'],
    [new Error('Response code 404 (Not Found)\n  at stack'), {}, 'the download failed: Response code 404 (Not Found)'],
  ])('%s → one line', (error, env, reason) => {
    expect(downloadFailureReason(error, env)).toBe(reason);
  });
});

describe('versions', () => {
  it.each([
    ['v22.12.0', '22.12.0', true],
    ['v22.11.9', '22.12.0', false],
    ['v24.0.0', '22.12.0', true],
    ['v20.20.2', '22.12.0', false],
  ])('Node %s against %s → %s', (version, minimum, ok) => {
    expect(nodeAtLeast(version, minimum)).toBe(ok);
  });

  it('reads the minimum from package.json engines and refuses a range it cannot read', () => {
    expect(minimumNodeOf('>=22.12.0')).toBe('22.12.0');
    expect(() => minimumNodeOf('^22')).toThrow(/engines\.node/);
  });
});
