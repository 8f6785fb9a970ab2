import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Reads the colour tokens of one theme block from styles.css. */
function tokens(selector: string): Map<string, string> {
  const css = readFileSync('src/renderer/styles.css', 'utf8');
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.x contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background, minimum]: text 4.5:1 (AA), the focus ring 3:1 (non-text contrast, WCAG 1.4.11).
const pairs: [string, string, number][] = [
  ['--text', '--bg', 4.5],
  ['--text', '--surface', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--surface', 4.5],
  ['--accent', '--bg', 4.5],
  ['--accent', '--surface', 4.5],
  ['--accent-contrast', '--accent', 4.5],
  ['--focus', '--bg', 3],
  ['--focus', '--surface', 3],
];

describe('theme contrast', () => {
  const light = tokens(':root');
  const themes = { light, dark: new Map([...light, ...tokens(":root[data-theme='dark']")]) };

  it('the dark theme overrides every colour token of the light one', () => {
    const dark = tokens(":root[data-theme='dark']");
    expect([...dark.keys()].sort()).toEqual([...light.keys()].sort());
  });

  for (const [theme, palette] of Object.entries(themes)) {
    it.each(pairs)(`${theme}: %s on %s reaches %d:1`, (fg, bg, min) => {
      expect(contrast(palette.get(fg)!, palette.get(bg)!)).toBeGreaterThanOrEqual(min);
    });
  }
});
