import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/renderer/db/database';
import { resources } from '../../../../src/renderer/i18n/resources';
import {
  applyComfort,
  comfortOptions,
  comfortStyle,
  defaultComfort,
  parseComfort,
  resolveTheme,
  type ReadingComfort,
} from '../../../../src/renderer/domain/readingComfort';
import { loadComfort, saveComfort } from '../../../../src/renderer/domain/settingsStore';

describe('parseComfort', () => {
  it('gives the defaults for a first start', () => {
    expect(parseComfort({})).toEqual(defaultComfort);
  });

  it('keeps valid stored values and replaces unknown ones with the default', () => {
    expect(parseComfort({ theme: 'dark', textSize: 'huge', lineSpacing: 'relaxed', readingWidth: 3 })).toEqual({
      theme: 'dark',
      textSize: 'medium',
      lineSpacing: 'relaxed',
      readingWidth: 'medium',
    });
  });
});

describe('resolveTheme', () => {
  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('%s with a dark system %s is %s', (choice, systemDark, expected) => {
    expect(resolveTheme(choice, systemDark)).toBe(expected);
  });
});

describe('comfortStyle', () => {
  it('turns the choices into data-theme and the reader custom properties', () => {
    const comfort: ReadingComfort = { theme: 'system', textSize: 'xlarge', lineSpacing: 'relaxed', readingWidth: 'narrow' };
    expect(comfortStyle(comfort, true)).toEqual({
      dataset: { theme: 'dark', themeChoice: 'system' },
      properties: { '--reader-size': '1.7rem', '--reader-line': '2', '--reader-width': '34rem' },
    });
  });

  it('makes each step of text size, line spacing and width larger than the one before', () => {
    const numbers = (name: 'textSize' | 'lineSpacing' | 'readingWidth', property: string) =>
      comfortOptions[name].map((v) => parseFloat(comfortStyle({ ...defaultComfort, [name]: v }, false).properties[property as '--reader-size']));
    for (const [name, property] of [
      ['textSize', '--reader-size'],
      ['lineSpacing', '--reader-line'],
      ['readingWidth', '--reader-width'],
    ] as const) {
      const steps = numbers(name, property);
      expect(steps, name).toEqual([...steps].sort((a, b) => a - b));
      expect(new Set(steps).size, name).toBe(steps.length);
    }
  });
});

describe('applyComfort', () => {
  it('writes the attributes and properties on the root element', () => {
    const dataset: Record<string, string> = {};
    const properties = new Map<string, string>();
    applyComfort({ ...defaultComfort, theme: 'dark', textSize: 'large' }, { dataset, style: { setProperty: (n: string, v: string | null) => void properties.set(n, v ?? '') } }, false);
    expect(dataset).toEqual({ theme: 'dark', themeChoice: 'dark' });
    expect(properties.get('--reader-size')).toBe('1.4rem');
  });
});

describe('settings labels', () => {
  it.each(Object.keys(resources))('every choice has a label in %s', (language) => {
    const comfort = resources[language as keyof typeof resources].settings.comfort as unknown as Record<string, Record<string, string>>;
    for (const [name, options] of Object.entries(comfortOptions)) {
      expect(comfort[name]?.['label'], name).toBeTruthy();
      for (const option of options) expect(comfort[name]?.[option], `${name}.${option}`).toBeTruthy();
    }
  });
});

describe('loadComfort and saveComfort', () => {
  it('stores each choice under its own settings key and reads them back after a restart', async () => {
    const db = openDatabase('comfort-roundtrip');
    expect(await loadComfort(db)).toEqual(defaultComfort);
    await saveComfort(db, 'theme', 'dark');
    await saveComfort(db, 'textSize', 'xlarge');
    db.close();
    const reopened = openDatabase('comfort-roundtrip');
    expect(await loadComfort(reopened)).toEqual({ ...defaultComfort, theme: 'dark', textSize: 'xlarge' });
    expect(await reopened.settings.get('readerTextSize')).toEqual({ key: 'readerTextSize', value: 'xlarge' });
    reopened.close();
  });
});
