import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA contrast of the colours the stylesheets use, in the light and the dark theme (issue 9). axe checks
 * what a screen shows at the moment; this checks the colours of states a screen shows only sometimes (a wrong
 * answer, a saved word, an error), from the CSS itself. Every stylesheet under src/renderer is read.
 */
const cssFiles = readdirSync('src/renderer', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .map((f) => path.join('src/renderer', f));

interface Rule {
  file: string;
  selector: string;
  declarations: Map<string, string>;
}

/** Innermost `selector { declarations }` blocks: enough for these files (an @media block yields its rules). */
function rules(): Rule[] {
  return cssFiles.flatMap((file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      file,
      selector: m[1]!.trim(),
      declarations: new Map(
        m[2]!
          .split(';')
          .map((d) => d.split(/:(.*)/s).map((s) => s.trim()))
          .filter((d): d is [string, string] => Boolean(d[0] && d[1]))
          .map(([k, v]) => [k, v]),
      ),
    }));
  });
}

const allRules = rules();
const darkSelector = ":root[data-theme='dark']";

/** The custom properties of each theme: the dark theme starts from the light one and overrides. */
function palette(theme: 'light' | 'dark'): Map<string, string> {
  const out = new Map<string, string>();
  for (const selector of theme === 'light' ? [':root'] : [':root', darkSelector])
    for (const rule of allRules.filter((r) => r.selector === selector))
      for (const [k, v] of rule.declarations) if (k.startsWith('--')) out.set(k, v);
  return out;
}

type Rgba = [number, number, number, number];

/** A CSS colour as these files write it: #rrggbb, var(--x), transparent, color-mix(in srgb, A p%, B). */
function parseColour(value: string, tokens: Map<string, string>): Rgba | null {
  const v = value.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  if (v === 'transparent') return [0, 0, 0, 0];
  const token = /^var\((--[\w-]+)\)$/.exec(v);
  if (token) return tokens.has(token[1]!) ? parseColour(tokens.get(token[1]!)!, tokens) : null;
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\d+(?:\.\d+)?)%,\s*(.+)\)$/.exec(v);
  if (mix) {
    const a = parseColour(mix[1]!, tokens);
    const b = parseColour(mix[3]!, tokens);
    if (!a || !b) return null;
    const p = Number(mix[2]) / 100;
    // color-mix interpolates premultiplied colours, so mixing with transparent keeps the hue.
    const alpha = a[3] * p + b[3] * (1 - p);
    if (alpha === 0) return [0, 0, 0, 0];
    const channel = (i: number) => (a[i]! * a[3] * p + b[i]! * b[3] * (1 - p)) / alpha;
    return [channel(0), channel(1), channel(2), alpha];
  }
  return null;
}

/** A translucent colour as it shows over an opaque one. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG 2.x contrast ratio of a text colour on a background (both composited onto the page background). */
function contrast(fg: Rgba, bg: Rgba, page: Rgba): number {
  const back = over(bg, page);
  const [hi, lo] = [luminance(over(fg, back)), luminance(back)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The rule's own background, or that of the container its selector names (`.undo-toast .icon-button`). */
function background(rule: Rule): string | undefined {
  const own = (r: Rule) => r.declarations.get('background-color') ?? r.declarations.get('background');
  if (own(rule)) return own(rule);
  const parts = rule.selector.split(/\s+/);
  for (let i = parts.length - 1; i > 0; i--) {
    const container = allRules.find((r) => r.file === rule.file && r.selector === parts.slice(0, i).join(' ') && own(r));
    if (container) return own(container);
  }
  return undefined;
}

const themes = { light: palette('light'), dark: palette('dark') };
const colour = (value: string, tokens: Map<string, string>): Rgba => {
  const c = parseColour(value, tokens);
  expect(c, `cannot read the colour ${value}`).not.toBeNull();
  return c!;
};

// Where text sits: the page, cards and popovers, and the tinted backgrounds of feature states.
const surfaces = ['--bg', '--surface'];
// [foregrounds, backgrounds, minimum]: text 4.5:1 (AA 1.4.3), the focus ring 3:1 (non-text contrast, 1.4.11).
const pairs: [string[], string[], number][] = [
  [['--text', '--muted', '--accent'], [...surfaces, '--quiz-right-bg', '--quiz-wrong-bg', '--differ-bg'], 4.5],
  [['--text'], ['--evidence-bg'], 4.5], // the mark of a quiz's evidence in the reader
  [['--accent-contrast'], ['--accent'], 4.5],
  [['--quiz-right'], [...surfaces, '--quiz-right-bg'], 4.5],
  [['--quiz-wrong'], [...surfaces, '--quiz-wrong-bg'], 4.5],
  [['--agree', '--differ'], [...surfaces, '--differ-bg'], 4.5],
  [['--focus'], surfaces, 3],
];

/** Graphics with no text in them (chart dots, score bars): a background colour, not a text background. */
const shapes = new Set(['.legend-dot', '.bar > span', '.bar.low > span']);

describe('theme contrast', () => {
  it('the dark theme overrides every colour token of the light one', () => {
    const isColour = (v: string) => /^#[0-9a-f]{6}$/i.test(v);
    const light = [...themes.light].filter(([, v]) => isColour(v)).map(([k]) => k);
    const dark = allRules.filter((r) => r.selector === darkSelector).flatMap((r) => [...r.declarations.keys()]);
    expect(light.filter((k) => !dark.includes(k))).toEqual([]);
  });

  for (const [theme, tokens] of Object.entries(themes)) {
    const page = colour('var(--bg)', tokens);
    for (const [fgs, bgs, min] of pairs)
      for (const fg of fgs)
        for (const bg of bgs)
          it(`${theme}: ${fg} on ${bg} reaches ${min}:1`, () => {
            expect(contrast(colour(`var(${fg})`, tokens), colour(`var(${bg})`, tokens), page)).toBeGreaterThanOrEqual(min);
          });

    // A rule that sets a text colour: on its own background if it sets one, else on the page and on cards.
    it(`${theme}: every rule's text colour reaches 4.5:1 on its background`, () => {
      const failures: string[] = [];
      for (const rule of allRules) {
        if (rule.selector.startsWith(':root') || shapes.has(rule.selector)) continue;
        if (theme === 'light' && rule.selector.startsWith(darkSelector)) continue;
        // A rule that paints a background but leaves the colour to others gets the inherited text colour: a
        // background that needs another text colour has to say so in the same rule.
        const fgValue = rule.declarations.get('color') ?? (rule.declarations.has('content') ? undefined : rule.declarations.has('background') || rule.declarations.has('background-color') ? 'var(--text)' : undefined);
        if (!fgValue || fgValue === 'inherit' || fgValue === 'currentColor' || fgValue === 'transparent') continue;
        const fg = parseColour(fgValue, tokens);
        if (!fg) {
          failures.push(`${rule.file} ${rule.selector}: cannot read color ${fgValue}`);
          continue;
        }
        // A light-theme literal overridden for the dark theme by a later rule is checked in that rule.
        if (theme === 'dark' && !rule.selector.startsWith(darkSelector) && allRules.some((r) => r.selector === `${darkSelector} ${rule.selector}` && r.declarations.has('color'))) continue;
        const bgValue = background(rule);
        const bgs = bgValue ? [bgValue] : surfaces.map((s) => `var(${s})`);
        for (const bgText of bgs) {
          const bg = parseColour(bgText, tokens);
          if (!bg) continue; // A gradient or an image: axe checks it where it renders.
          const ratio = contrast(fg, bg, page);
          if (ratio < 4.5) failures.push(`${rule.file} ${rule.selector}: ${fgValue} on ${bgText} is ${ratio.toFixed(2)}:1`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
