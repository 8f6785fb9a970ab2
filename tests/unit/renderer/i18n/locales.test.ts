import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from '../../../../src/renderer/i18n/i18n';
import { resources } from '../../../../src/renderer/i18n/resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const stripPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  const en = flatten(resources.en as unknown as Tree);
  const de = flatten(resources.de as unknown as Tree);

  it('German has exactly the English keys (plural forms compared by base key)', () => {
    expect([...new Set([...de.keys()].map(stripPlural))].sort()).toEqual([...new Set([...en.keys()].map(stripPlural))].sort());
  });

  it('every German string has the same {{placeholders}} as its English one', () => {
    for (const [key, text] of en) {
      const other = de.get(key) ?? de.get(`${stripPlural(key)}_other`);
      expect(other, key).toBeDefined();
      expect(placeholders(other!), key).toEqual(placeholders(text));
    }
  });

  it('no string is left empty', () => {
    for (const [key, text] of [...en, ...de]) expect(text.trim(), key).not.toBe('');
  });

  // A count in a message needs i18next's plural forms (`key_one`, `key_other`, …), with every form the
  // language's plural rules name, or "1 articles" slips through.
  it.each([
    ['en', en],
    ['de', de],
  ])('%s: every {{count}} string is a plural key with all of the language\'s plural forms', (language, strings) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, text] of strings) {
      if (!placeholders(text).includes('count')) continue;
      expect(stripPlural(key), `${key} uses {{count}} without plural forms`).not.toBe(key);
      for (const category of categories) expect(strings.has(`${stripPlural(key)}_${category}`), `${stripPlural(key)}_${category}`).toBe(true);
    }
  });
});

describe('German form of address', () => {
  const de = flatten(resources.de as unknown as Tree);
  const en = flatten(resources.en as unknown as Tree);

  // The German UI says "du" to the learner and the teacher alike; a screen that switches to "Sie"
  // reads as written by someone else. A capitalised Sie/Ihr/Ihnen is "you" unless it opens a sentence
  // after another one (there it can be "they" or "its": "Die Datei fehlt. Sie wurde gelöscht."); at the
  // start of a string nothing comes before it that it could stand for.
  const formal = /(?<![.:!?]\s)\b(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)\b/;

  it.each([
    ['Ihr Lernen', true],
    ['Machen Sie ein Quiz zum Artikel über Nordland.', true],
    ['Fragen zu Ihren 3 gespeicherten Wörtern', true],
    ['Die Datei ist unvollständig: Sie wurde beim Kopieren abgeschnitten.', false],
    ['Ole Brandt hat geantwortet. Ihre Antwort zählt.', false],
    ['Dein Lernen', false],
    ['Lies die Sätze, bevor du sie wiederholst.', false],
  ])('%j addresses the reader formally: %s', (text, expected) => {
    expect(formal.test(text)).toBe(expected);
  });

  it('no German UI string says "Sie" to the user', () => {
    // A string the English file has word for word is German content (a sentence the voice reads aloud), not UI wording.
    const offenders = [...de].filter(([key, text]) => en.get(key) !== text && formal.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });
});

describe('plurals in the code', () => {
  // `t('key', { count })` only picks a plural form when the key has them; otherwise every count gets one text.
  it('every key called with a count has plural forms in English and German', () => {
    const sources = readdirSync('src/renderer', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join('src/renderer', f));
    const called = new Set<string>();
    for (const file of sources)
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\w*\(\s*'([\w.:]+)'\s*,\s*\{[^}]*\bcount\b/g)) called.add(m[1]!.replace(/^\w+:/, ''));
    expect(called.size).toBeGreaterThan(0);
    for (const language of ['en', 'de'] as const) {
      const keys = new Set([...flatten(resources[language] as unknown as Tree).keys()].map((k) => k.slice(k.indexOf('.') + 1)));
      const missing = [...called].filter((key) => !keys.has(`${key}_one`) || !keys.has(`${key}_other`));
      expect(missing, `${language}: called with { count } but without _one/_other`).toEqual([]);
    }
  });
});

describe('pickUiLanguage', () => {
  it.each([
    [undefined, 'de-AT', 'de'],
    [undefined, 'fr-FR', 'en'],
    ['en', 'de-DE', 'en'],
    ['xx', 'de_DE', 'de'],
  ])('saved %j with system locale %s gives %s', (saved, locale, expected) => {
    expect(pickUiLanguage(saved, locale)).toBe(expected);
  });
});
