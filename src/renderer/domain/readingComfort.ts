/**
 * Reading comfort (issue 9): theme, and the reader's text size, line spacing and width.
 * Values are names, not CSS, so a stored setting stays valid when the scale is retuned; the CSS lives
 * in these tables and reaches the page as custom properties and `data-theme` on <html> (styles.css).
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

export const textSizes = { small: '1rem', medium: '1.15rem', large: '1.4rem', xlarge: '1.7rem' } as const;
export const lineSpacings = { compact: '1.45', normal: '1.7', relaxed: '2' } as const;
export const readingWidths = { narrow: '34rem', medium: '42rem', wide: '54rem' } as const;

export interface ReadingComfort {
  theme: ThemeChoice;
  textSize: keyof typeof textSizes;
  lineSpacing: keyof typeof lineSpacings;
  readingWidth: keyof typeof readingWidths;
}

export const defaultComfort: ReadingComfort = { theme: 'system', textSize: 'medium', lineSpacing: 'normal', readingWidth: 'medium' };

/** The choices of each setting, in the order the settings screen offers them. */
export const comfortOptions: { [K in keyof ReadingComfort]: readonly ReadingComfort[K][] } = {
  theme: themeChoices,
  textSize: Object.keys(textSizes) as (keyof typeof textSizes)[],
  lineSpacing: Object.keys(lineSpacings) as (keyof typeof lineSpacings)[],
  readingWidth: Object.keys(readingWidths) as (keyof typeof readingWidths)[],
};

/** Key of each setting in the Dexie `settings` table. */
export const comfortSettingKeys: { [K in keyof ReadingComfort]: string } = {
  theme: 'theme',
  textSize: 'readerTextSize',
  lineSpacing: 'readerLineSpacing',
  readingWidth: 'readerWidth',
};

/** Stored values come from an older version or another device: keep what is valid, default the rest. */
export function parseComfort(stored: Partial<Record<keyof ReadingComfort, unknown>>): ReadingComfort {
  const pick = <K extends keyof ReadingComfort>(key: K): ReadingComfort[K] => {
    const value = stored[key];
    return (comfortOptions[key] as readonly unknown[]).includes(value) ? (value as ReadingComfort[K]) : defaultComfort[key];
  };
  return { theme: pick('theme'), textSize: pick('textSize'), lineSpacing: pick('lineSpacing'), readingWidth: pick('readingWidth') };
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** What `applyComfort` writes on the root element: data attributes and CSS custom properties. */
export function comfortStyle(comfort: ReadingComfort, systemPrefersDark: boolean) {
  return {
    dataset: { theme: resolveTheme(comfort.theme, systemPrefersDark), themeChoice: comfort.theme },
    properties: {
      '--reader-size': textSizes[comfort.textSize],
      '--reader-line': lineSpacings[comfort.lineSpacing],
      '--reader-width': readingWidths[comfort.readingWidth],
    },
  };
}

type StyledRoot = Pick<HTMLElement, 'dataset'> & { style: Pick<CSSStyleDeclaration, 'setProperty'> };

const darkQuery = '(prefers-color-scheme: dark)';
const systemPrefersDark = () => typeof matchMedia === 'function' && matchMedia(darkQuery).matches;

/** Applies without a reload: every screen reads the tokens, so changing them restyles the app at once. */
export function applyComfort(comfort: ReadingComfort, root: StyledRoot = document.documentElement, prefersDark = systemPrefersDark()): void {
  const { dataset, properties } = comfortStyle(comfort, prefersDark);
  Object.assign(root.dataset, dataset);
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
  rememberForFirstPaint(comfort);
}

/** With the theme on "system", follow the operating system when it switches between light and dark. */
export function followSystemTheme(root: HTMLElement = document.documentElement): void {
  if (typeof matchMedia !== 'function') return;
  matchMedia(darkQuery).addEventListener('change', (event) => {
    if (root.dataset['themeChoice'] === 'system') root.dataset['theme'] = event.matches ? 'dark' : 'light';
  });
}

// Dexie (the source of truth) answers only after the database opens; this copy lets startup paint the
// right theme before that. It is a cache: a missing or stale copy costs one repaint, nothing more.
const firstPaintKey = 'lesestoff.readingComfort';

function rememberForFirstPaint(comfort: ReadingComfort): void {
  try {
    localStorage.setItem(firstPaintKey, JSON.stringify(comfort));
  } catch {
    // Storage may be disabled; the theme then follows from Dexie a moment later.
  }
}

export function comfortForFirstPaint(): ReadingComfort {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(firstPaintKey) ?? '{}');
    return parseComfort(typeof raw === 'object' && raw !== null ? raw : {});
  } catch {
    return defaultComfort;
  }
}
