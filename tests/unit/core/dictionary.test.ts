import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDictionary, type Dictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';
import { parseFreedict } from '../../../scripts/dict/freedict';

const glossary = defaultLanguage.glossary;

const DING = `# Version :: test
Haus {n} [adm.] :: establishment
Haus {n} | Häuser {pl} | Reihenhaus {n} | frei Haus | Ich bleibe heute zu Hause. :: house | houses | terraced house | carriage free | I am staying home today.
Lieferung {f}; Zustellung {f} | Lieferungen {pl}; Zustellungen {pl} :: delivery; supply | deliveries; supplies
etw. ankündigen; etw. bekanntgeben {vt} | ankündigend | angekündigt | er/sie kündigt an | einen Streik ankündigen :: to announce sth. | announcing | announced | he/she announces | to announce a strike
sich freuen {vr} :: to be glad
die Pille {f} [pharm.] :: the pill
essen {vt} :: to eat
Essen {n} :: food; meal
die {art} (der; die; der) :: the
`;

const dingAsset = (text: string) => new TextEncoder().encode(writeAsset('en', parseDing(text)));
const tiny = () => parseDictionary({ en: dingAsset(DING) });
const words = (entries: { headword: string }[]) => entries.map((e) => e.headword).join(' · ');

describe('parseDictionary on a Ding fixture', () => {
  it.each([
    ['Haus', 'Haus · Haus · frei Haus'],
    ['haus', 'Haus · Haus · frei Haus'],
    ['ankündigen', 'ankündigen · einen Streik ankündigen'],
    ['freuen', 'freuen'],
    ['Pille', 'Pille'],
    ['Essen', 'Essen · essen'],
    ['essen', 'essen · Essen'],
    ['Die', 'die'],
    ['Häuser', ''],
    ['angekündigt', ''],
    ['', ''],
  ])('looks up %s as [%s]', (lemma, expected) => {
    expect(words(tiny().lookup(lemma))).toBe(expected);
  });

  it('puts the plain sense before the domain-labelled one and keeps the plural', () => {
    const [first, second] = tiny().lookup('Haus');
    expect(first).toEqual({ headword: 'Haus', grammar: ['n'], senses: ['house'], plural: 'Häuser' });
    expect(second).toMatchObject({ senses: ['establishment'], note: '[adm.]' });
  });

  it('splits synonyms into senses and gives each synonym the shared list and its own plural', () => {
    const d = tiny();
    expect(d.lookup('Lieferung')[0]).toEqual({ headword: 'Lieferung', grammar: ['f'], senses: ['delivery', 'supply'], plural: 'Lieferungen' });
    expect(d.lookup('Zustellung')[0]).toEqual({ headword: 'Zustellung', grammar: ['f'], senses: ['delivery', 'supply'], plural: 'Zustellungen' });
  });

  it('decodes an entry once: each later read is an object of its own with the same lists, which no reader can change', () => {
    const d = tiny();
    const [first] = d.lookup('Lieferung');
    const [again] = d.exact!('Lieferung');
    expect(again).toEqual(first);
    // Callers tell entries apart by identity (a card's phrases of the sentence among its word's own).
    expect(again).not.toBe(first);
    expect(again!.senses).toBe(first!.senses);
    expect(() => first!.senses.push('consignment')).toThrow(TypeError);
    expect(d.lookup('Zustellung')[0]!.senses).toEqual(['delivery', 'supply']);
  });

  it('indexes valency phrases under the verb and keeps the wording as form', () => {
    expect(tiny().lookup('bekanntgeben')[0]).toEqual({ headword: 'bekanntgeben', grammar: ['vt'], senses: ['to announce sth.'], form: 'etw. bekanntgeben' });
  });

  it.each([
    ['Haus', 'en', true], ['HAUS', 'en', true], ['Reihenhaus', 'en', true], ['Häuser', 'en', false],
    ['frei Haus', 'en', false], ['Haus', 'tr', false], ['Hau', 'en', false],
  ])('has(%s, %s) is %s', (lemma, lang, expected) => {
    expect(tiny().has(lemma, lang)).toBe(expected);
  });

  it.each([
    ['empty bytes', new Uint8Array(), /empty asset/],
    ['garbage', new TextEncoder().encode('not a dictionary\nat all'), /not a lesestoff-dict/],
    ['a header with counts past the end', new TextEncoder().encode('lesestoff-dict\t1\ten\t5\t0\n'), /not a lesestoff-dict/],
  ])('rejects %s with a clear error', (_name, bytes, message) => {
    expect(() => parseDictionary({ en: bytes })).toThrow(message);
  });

  it('returns nothing for a language it was not given', () => {
    expect(tiny().lookup('Haus', 'fr')).toEqual([]);
  });

  it("gives a word's phrases without its own entries", () => {
    expect(words(tiny().phrases!('Haus'))).toBe('frei Haus');
    expect(tiny().phrases!('Lieferung')).toEqual([]);
  });
});

describe('parseFreedict', () => {
  const entries = ['Haus /haʊ̯s/ <n, neut>\n1. дом 2.\nGebäude\n 3.\nWohngebäude\n2. палата\nKammer\n', 'Aas /ˈɑːs/ <n>\nleş\n'];
  const dict = new TextEncoder().encode(entries.join(''));
  const b64 = (n: number) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[n]!;
  const first = new TextEncoder().encode(entries[0]).length;
  const second = new TextEncoder().encode(entries[1]).length;
  // Offsets and lengths here are below 64² so two base64 digits suffice.
  const index = `haus\tAA\t${b64(first >> 6)}${b64(first & 63)}\naas\t${b64(first >> 6)}${b64(first & 63)}\t${b64(second >> 6)}${b64(second & 63)}\n`;

  it.each([
    ['a numbered Wiktionary entry, without its German definitions', '', 'Haus', { headword: 'Haus', grammar: ['n'], senses: ['дом', 'палата'] }],
    ['a one-line deu-tur entry whose <n> means neuter', 'n', 'Aas', { headword: 'Aas', grammar: ['n'], senses: ['leş'] }],
  ])('reads %s', (_name, nounTag, headword, expected) => {
    expect(parseFreedict(index, dict, nounTag as 'n' | '').find((r) => r.headword === headword)).toEqual(expected);
  });
});

describe('the committed assets', () => {
  let dictionary: Dictionary;
  beforeAll(() => {
    const manifest = JSON.parse(readFileSync('resources/dict/manifest.json', 'utf8')) as { languages: { lang: string; file: string }[] };
    dictionary = parseDictionary(Object.fromEntries(manifest.languages.map((l) => [l.lang, readFileSync(`resources/dict/${l.file}`)])));
  });

  it('ships English, Turkish and Russian', () => {
    expect(dictionary.languages).toEqual(expect.arrayContaining(['en', 'tr', 'ru']));
  });

  it('lists exact headwords before phrases', () => {
    const entries = dictionary.lookup('Haus');
    const firstPhrase = entries.findIndex((e) => e.headword !== 'Haus');
    expect(entries[0]?.senses).toContain('house');
    expect(entries.slice(firstPhrase).every((e) => e.headword !== 'Haus')).toBe(true);
    expect(entries.slice(firstPhrase).some((e) => e.headword.includes('Haus'))).toBe(true);
  });

  it.each([
    ['Lieferung', { pos: 'NOUN', gender: 'die' }],
    ['Haus', { pos: 'NOUN', gender: 'das', plural: 'Häuser' }],
    ['ankündigen', { pos: 'VERB', gender: null }],
    ['Die', { lemma: 'die' }],
    ['Xyzzyq', { senses: [], entries: [] }],
  ])('lookupWord(%s) gives %o', (word, expected) => {
    expect(lookupWord(word, { dictionary, glossary })).toMatchObject(expected);
  });

  it('gives the article its article sense first when the sentence reads it as one', () => {
    expect(lookupWord('Die', { dictionary, glossary, lemmatize: () => [{ lemma: 'die', upos: 'DET' }] }).senses[0]).toBe('the');
  });

  it.each(['tr', 'ru'])('gives %s senses for Haus', (lang) => {
    expect(lookupWord('Haus', { dictionary, glossary, lang }).senses.length).toBeGreaterThan(0);
  });

  it('prefers a lemmatizer candidate the dictionary knows', () => {
    const result = lookupWord('Häuser', { dictionary, glossary, lemmatize: () => [{ lemma: 'Häusern', upos: 'NOUN' }, { lemma: 'Haus', upos: 'NOUN', gender: 'das' }] });
    expect(result).toMatchObject({ word: 'Häuser', lemma: 'Haus', pos: 'NOUN', gender: 'das' });
    expect(result.senses).toContain('house');
  });
});

describe('parseDing headwords', () => {
  // Lines written in Ding's notation for these tests.
  const LINES = `Finger {m} [anat.] <Handglied> | Finger {pl} :: finger | fingers
jdn./etw. töten; jdn. umbringen {vt} | tötend; umbringend :: to kill sb./sth. | killing
auf etw. verzichten {vi} :: to do without sth.
zwar …, aber … :: …, it is true, …but
sogenannte/r/s {adj} :: so-called
`;
  const d = () => parseDictionary({ en: dingAsset(LINES) });

  it.each([
    ['Finger', 'finger'],
    ['töten', 'to kill sb./sth.'],
    ['umbringen', 'to kill sb./sth.'],
    ['verzichten', 'to do without sth.'],
    ['zwar', '…, it is true, …but'],
    ['sogenannte', 'so-called'],
  ])('indexes %s under its headword', (word, sense) => {
    const [first] = d().lookup(word);
    expect(first?.headword.toLowerCase()).toBe(word.toLowerCase());
    expect(first?.senses[0]).toBe(sense);
  });

  it('keeps the full wording as form', () => {
    expect(d().lookup('töten')[0]?.form).toBe('jdn./etw. töten');
  });
});

describe('parseDictionary with lazy languages', () => {
  it('decodes a lazy language on first use only', () => {
    let calls = 0;
    const dict = parseDictionary({ en: dingAsset(DING), tr: () => { calls++; return dingAsset(DING); } }, { lazy: ['tr'] });
    expect(dict.languages).toEqual(['en', 'tr']);
    expect(calls).toBe(0);
    expect(dict.has('Haus', 'tr')).toBe(true);
    dict.lookup('Haus', 'tr');
    expect(calls).toBe(1);
  });

  it('finds exact headwords without phrases', () => {
    expect(words(tiny().exact!('Haus'))).toBe('Haus · Haus');
  });
});
