import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devServerUrlOf, isAllowedExternalUrl, withSecurityHeaders } from '../../../src/main/hardening';
import { dataCredits, libraryCredits } from '../../../src/renderer/about/credits';

describe('isAllowedExternalUrl', () => {
  it('allows every link the About screen shows', () => {
    const links = [...dataCredits, ...libraryCredits].map((c) => c.url);
    expect(links.length).toBeGreaterThan(0);
    for (const url of links) expect(isAllowedExternalUrl(url), url).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://react.dev/',
    'https://react.dev.evil.example/',
    'https://user:pw@react.dev/',
    'https://react.dev/?redirect=https://evil.example',
    'https://github.com/someone/else',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('devServerUrlOf', () => {
  it('uses ELECTRON_RENDERER_URL in a development run', () => {
    expect(devServerUrlOf('http://localhost:5173', false)).toBe('http://localhost:5173');
  });
  it('ignores it in a packaged build', () => {
    expect(devServerUrlOf('https://evil.example/', true)).toBeUndefined();
  });
  it('treats an empty value as unset', () => {
    expect(devServerUrlOf('', false)).toBeUndefined();
  });
});

describe('withSecurityHeaders', () => {
  it('sends the same policy as index.html', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds the CSP header and keeps status, type and body', async () => {
    const original = new Response('self.postMessage(1)', { status: 200, headers: { 'Content-Type': 'text/javascript' } });
    const served = withSecurityHeaders(original);
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(served.headers.get('Content-Type')).toBe('text/javascript');
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('self.postMessage(1)');
  });

  it('adds it to a refusal too', () => {
    const served = withSecurityHeaders(new Response('Not found', { status: 404 }));
    expect(served.status).toBe(404);
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
