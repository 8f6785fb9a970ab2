/**
 * Issue 14: a weak verb's lexicon line names its paradigm (`~k`) instead of writing its forms out
 * (scripts/lexicon/compact.ts), and the loader makes them (lexicon.ts); on invented verbs of each class, the loaded
 * lexicon answers as the written-out line's does.
 */
import { describe, expect, it } from 'vitest';
import { defaultLanguage, parseLexicon, type Lexicon } from '../../../src/core';
import { compactLine } from '../../../scripts/lexicon/compact';
import { glossaryWeakVerbs, verbForms } from '../../../scripts/lexicon/verbs';

const PARADIGMS = defaultLanguage.morphology.lexiconParadigms;
const HEAD = '#lesestoff-lexicon 1\n';

/** The build's line for each invented verb the glossary gives with its participle, forms written out. */
function writtenOut(verbs: Record<string, string[]>, particleField = (p: string) => p): string[] {
  const made = glossaryWeakVerbs({}, new Map(Object.entries(verbs).map(([v, pa]) => [v, new Set(pa)])), new Map(), ['an']);
  return Object.entries(made).map(([lemma, info]) => {
    const particle = info.EIZ ? 'an' : '-';
    return ['V', lemma, particleField(particle), info.PA2!.join(','), [...new Set(verbForms(info))].filter((f) => f !== lemma).join(' ')].join('\t');
  });
}

/** Every form a line lists, and near misses, with what the lexicon answers. */
function answers(lex: Lexicon, lines: string[]): string[] {
  const forms = lines.flatMap((l) => l.split('\t').slice(1).flatMap((f) => f.split(/[ ,]/)));
  return [...forms, ...forms.map((f) => `${f}e`), ...forms.map((f) => f.slice(0, -1))].map((f) => `${f}: ${JSON.stringify(lex.lookup(f))}`);
}

describe('compact weak-verb lines', () => {
  // klicken-type, -ieren, an e before -st and -t (arbeiten-type), an s sound (du tanzt), -eln, -ern, separable on a weak base.
  const VERBS = {
    knipfen: ['geknipft'], zolmieren: [], wolten: ['gewoltet'], pracknen: ['gepracknet'], plotzen: ['geplotzt'],
    tröbeln: ['getröbelt'], wappern: ['gewappert'], anknipfen: ['angeknipft'], bewolten: ['bewoltet'],
  };
  const full = writtenOut(VERBS);
  const compact = full.map((l) => compactLine(l, PARADIGMS));

  it('names each class\'s paradigm', () => {
    expect(compact.map((l) => `${l.split('\t')[1]} ${l.split('\t')[4]}`)).toEqual([
      'knipfen ~k', 'zolmieren ~k', 'wolten ~a', 'pracknen ~a', 'plotzen ~t', 'tröbeln ~l', 'wappern ~w', 'anknipfen ~k', 'bewolten ~a',
    ]);
  });

  it('loads into the entries the written-out forms give', () => {
    const before = parseLexicon(`${HEAD}${full.join('\n')}\n`);
    const after = parseLexicon(`${HEAD}${compact.join('\n')}\n`, PARADIGMS);
    expect(answers(after, full)).toEqual(answers(before, full));
    expect(after.lookup('anzuknipfen').map((e) => e.lemma)).toEqual(['anknipfen']);
    expect(after.lookup('wolteten').map((e) => e.lemma)).toEqual(['wolten']);
    expect(after.lookup('tröble').map((e) => e.lemma)).toEqual(['tröbeln']);
  });

  it('keeps a particle\'s frequency class, and reads the particle without it', () => {
    const classed = writtenOut({ anknipfen: ['angeknipft'] }, (p) => `${p}3`);
    const line = compactLine(classed[0]!, PARADIGMS);
    expect(line).toBe('V\tanknipfen\tan3\tangeknipft\t~k');
    const lex = parseLexicon(`${HEAD}${line}\n`, PARADIGMS);
    expect(lex.lookup('anzuknipfen')).toEqual([{ lemma: 'anknipfen', kind: 'V', particle: 'an', frequency: 3, participles: ['angeknipft'] }]);
  });

  it('names the paradigm with the present participle and the subjunctive I where the line has them, as the word list does', () => {
    const line = 'v\tknipfen\t-\tgeknipft\tknipfe knipfst knipft knipfte knipftest knipften knipftet knipfest knipfet knipfend geknipft';
    expect(compactLine(line, PARADIGMS)).toBe('v\tknipfen\t-\tgeknipft\t~k+');
    const lex = parseLexicon(`${HEAD}${compactLine(line, PARADIGMS)}\n`, PARADIGMS);
    expect(answers(lex, [line])).toEqual(answers(parseLexicon(`${HEAD}${line}\n`), [line]));
  });

  it('leaves a line no paradigm makes exactly as it was: a strong verb, a form more or less', () => {
    const strong = 'V\tschwimmen\t-\tgeschwommen\tschwimme schwimmst schwimmt schwamm schwammst schwammen schwammt geschwommen';
    const more = `${full[0]!} knipfs`;
    const fewer = full[0]!.replace(' knipftet', '');
    for (const l of [strong, more, fewer, 'N\tKnipf\tm\tKnipfe\tKnipfes']) expect(compactLine(l, PARADIGMS)).toBe(l);
  });

  it('says so when a line names a paradigm the language lacks', () => {
    expect(() => parseLexicon(`${HEAD}V\tknipfen\t-\tgeknipft\t~q\n`, PARADIGMS)).toThrow(/no paradigm "q"/);
  });
});
