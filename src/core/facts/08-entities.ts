/**
 * People, roles, organisations and places (issue 15). The trained tagger (08-entitiesModel) proposes typed names;
 * the text's own evidence confirms and types them: a role (`Außenminister X Y`) or an apposition (`der Berater des
 * Präsidenten, X Y`) makes a person, an organisation word (`die Zeitung X`) an organisation, a speaker a person unless
 * the tagger says otherwise. Mentions of one entity are linked: surname and genitive (`Y`, `Ys`), role, an acronym and
 * its expansion, and an organisation's own word for itself (`der Verband`). A language without a model falls back to
 * runs of capitalised words.
 */
import type { Analysis, Token } from '../analysis';
import type { FactsLanguage } from './language';
import type { EntityFact, Quote, TextSpan } from './types';
import { span, isUpper, sentenceSpan } from './textSpans';
import { hash53 } from '../hash';
import { gazetteerOf, modelNames } from './08-entitiesModel';
import { bodyWordsInNames, shortOrganisationNames, versionedNames } from './08-entityNames';
import { isTitle, type NerSpan } from '../ner/model';

export function isRole(w: string, rules: FactsLanguage): boolean {
  if (rules.roleHeads.has(w)) return true;
  const l = w.toLowerCase().split('-').pop()!;
  return isUpper(w) && rules.roleSuffixes.some((s) => l.endsWith(s) && l.length > s.length + 1) || rules.roleHeads.has(w.split('-').pop()!);
}

/** `Roths` → `Roth`: a name without its genitive ending. */
export function withoutGenitive(w: string, rules: FactsLanguage): string {
  return w.endsWith(rules.genitiveEnding) ? w.slice(0, w.length - rules.genitiveEnding.length) : w;
}

function nameLike(t: Token | undefined, rules: FactsLanguage): boolean {
  if (!t || !isUpper(t.text) || !/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(t.text)) return false;
  if (t.upos === 'NOUN' || t.upos === 'DET' || t.upos === 'ADJ' || t.upos === 'VERB') return false;
  const w = t.text;
  if (rules.nonNameWords.has(w) || isRole(w, rules) || (w in rules.months && w.length > 3) || rules.weekdays.includes(w) || rules.quotes.determiners.has(w.toLowerCase())) return false;
  const l = w.toLowerCase();
  if (rules.functionWords.has(l) || rules.quotes.complementizers.has(l) || rules.quotes.subordinators.has(l) || rules.quotes.subjectPronouns.has(l) || rules.quotes.auxiliaries.has(l)) return false;
  if (rules.organisationHints.has(w) || rules.places.has(w) || rules.quotes.clauseAdverbs.has(w.toLowerCase()) || rules.quotes.prepositions.has(w.toLowerCase())) return false;
  return !rules.commonNounSuffixes.test(w.toLowerCase());
}

/**
 * A later word of a name: the tagger's proper noun may end like a common noun (`Clara Dahlung Moser`),
 * since the first word already made it a name.
 */
function nameContinues(t: Token | undefined, rules: FactsLanguage): boolean {
  return nameLike(t, rules) || (t?.upos === 'PROPN' && /^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(t.text) && !isRole(t.text, rules) && !rules.places.has(t.text));
}

/** A run of capitals in a headline or dateline (`KANZLER SIEHT NEUE PHASE`, `BERLIN/ROM`) is not an acronym. */
function inCapitalsRun(tk: Token[], i: number): boolean {
  const caps = (t: Token | undefined): boolean => !!t && /^\p{Lu}{2,}$/u.test(t.text);
  const skip = (k: number, d: number): Token | undefined => (tk[k]?.text === '/' ? tk[k + d] : tk[k]);
  return caps(skip(i - 1, -1)) || caps(skip(i + 1, 1));
}

/** Longest end of a speaker phrase searched for a name of up to three words. */
const SPEAKER_NAME_CHARS = 120;

interface Draft {
  kind: EntityFact['kind'];
  name: string;
  nameSpan: TextSpan;
  role: TextSpan | null;
  sentence: number;
  /** How strongly the text types it: the tagger alone 1, a cue in the text (role, apposition, organisation word) 3. */
  weight: number;
}

const KIND_OF: Record<NerSpan['type'], EntityFact['kind']> = { PER: 'person', ORG: 'organisation', LOC: 'place' };

/**
 * A tagger's span a question may name: it starts with a capital or a digit on a word that is no function word
 * (`Und` at the start of a sentence is no name), ends on a capitalised word, an acronym or a surname glued to its elided
 * particle (`d’Estaing`), and is not all of its sentence.
 */
function plausibleSpan(tk: readonly Token[], sp: NerSpan, rules: FactsLanguage): boolean {
  const first = tk[sp.start]!, last = tk[sp.end - 1]!;
  const closed = (t: Token): boolean => {
    const l = t.text.toLowerCase();
    return rules.functionWords.has(l) || rules.quotes.determiners.has(l) || rules.quotes.prepositions.has(l) || rules.quotes.subordinators.has(l)
      || rules.quotes.complementizers.has(l) || rules.quotes.subjectPronouns.has(l) || rules.quotes.auxiliaries.has(l) || rules.quotes.clauseAdverbs.has(l)
      || ['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT', 'PART'].includes(t.upos);
  };
  const lastNamed = /^\p{Lu}/u.test(last.text) || !!rules.nameParticles?.elided?.test(last.text);
  if (!/^[\p{Lu}\p{N}]/u.test(first.text) || !lastNamed || closed(first) || closed(last)) return false;
  // A span that is the whole sentence is a label or a credit (`Press Room Updates.`), not a mention of someone.
  if (tk.every((t, k) => (k >= sp.start && k < sp.end) || t.upos === 'PUNCT')) return false;
  return !rules.nonNameWords.has(first.text) && !(first.text in rules.months && first.text.length > 3) && !rules.weekdays.includes(first.text);
}

/**
 * `die Zeitung Nordstern Bote`: the number of capitalised words (1–3) after an organisation word that follows an
 * article, or 0. None of them may be a role, a date word or a place in the genitive (`die Regierung Frankreichs`).
 */
function organisationName(tk: readonly Token[], i: number, rules: FactsLanguage): number {
  const w = tk[i]!.text;
  if (!isUpper(w) || !rules.quotes.determiners.has(tk[i - 1]?.text.toLowerCase() ?? '') || organisationWordBefore(tk, i + 1, rules) !== i) return 0;
  let n = 0;
  while (n < 3 && tk[i + 1 + n] && /^\p{Lu}[\p{L}'’-]*$/u.test(tk[i + 1 + n]!.text)) {
    const t = tk[i + 1 + n]!.text;
    if (isRole(t, rules) || t in rules.months || rules.weekdays.includes(t) || rules.places.has(withoutGenitive(t, rules)) || rules.nonNameWords.has(t)) return 0;
    // `dem Autobauer Sorgen machen`: after a mere description a noun the lexicon knows whole is no name; one it only
    // splits (`Nordmobil`) may be. A body's own word (`die Zeitung Welt`) keeps the name it introduces.
    if (n === 0 && tk[i + 1]!.gender && !tk[i + 1]!.parts && !bodyWord(w, rules)) return 0;
    n++;
  }
  return n;
}

/** `die Zeitung`, `das Ministerium`, `der Digitalverband`: a word that names an organisation, alone too. */
const bodyWord = (w: string, rules: FactsLanguage): boolean => rules.organisationHints.has(w) || rules.organisationSuffixes.some((x) => w.toLowerCase().endsWith(x));

/** `die Zeitung X`, `der Digitalverband X`, `der Autobauer X`: the word before a name that says it is an organisation, or -1. */
function organisationWordBefore(tk: readonly Token[], i: number, rules: FactsLanguage): number {
  const w = tk[i - 1]?.text ?? '';
  const says = bodyWord(w, rules) || !!rules.organisationDescriptors?.some((x) => w.toLowerCase().endsWith(x));
  return isUpper(w) && says ? i - 1 : -1;
}

export function extractEntities(text: string, analysis: Analysis, rules: FactsLanguage, quotes: Quote[], named: readonly (readonly NerSpan[])[] = modelNames(analysis, rules)): EntityFact[] {
  const drafts: Draft[] = [];
  const sents = analysis.sentences;
  const hasModel = !!rules.nerModel;
  const knownPlace = (w: string): boolean => rules.places.has(w) || !!rules.nerModel?.().names.places.has(w);
  const bodyNames = bodyWordsInNames(analysis, (w) => bodyWord(w, rules));
  // `laut Bank Austria`, `der Bank Austria`: a body's word the text writes as the name's first word (`Bank-Austria-Ökonom`).
  const opensName = (tk: readonly Token[], i: number): boolean => i > 0 && bodyNames.get(tk[i]!.text) === tk[i - 1]!.text;
  sents.forEach((s, si) => {
    const tk = s.tokens;
    const modelAt = new Map(named[si]!.filter((sp) => plausibleSpan(tk, sp, rules)).map((sp) => [sp.start, sp]));
    for (let i = 0; i < tk.length; i++) {
      const w = tk[i]!.text;
      // Role + name: `Außenministerin Karin Dahl`, `Analystin Eva Roth vom …`, `Chefärztin Dr. Anna Weber` (the title no part of the name)
      let n = i + 1;
      while (n - i <= 2 && rules.nameTitles?.has(tk[n]?.text ?? '')) n++;
      if (isRole(w, rules) && nameLike(tk[n], rules)) {
        let e = n + 1;
        while (e < tk.length && e - n <= 3 && nameContinues(tk[e], rules)) e++;
        // The tagger's person span reads through particles (`Ministerin Ursula von der Leyen`), which end the run above.
        const tagged = modelAt.get(n);
        if (tagged?.type === 'PER' && tagged.end > e) e = tagged.end;
        let a = i;
        // `die neue Außenministerin`: an article and adjectives, not a verb or a conjunction before the role (`sagte
        // Ministerin`, `erklärte Trainer`, `wie Geschäftsführer`), which a role question would show as the role.
        const describes = (t: Token): boolean => (t.upos === 'ADJ' || t.upos === 'DET') && rules.roleAdjective.test(t.text) && !rules.quotes.prepositions.has(t.text);
        while (a > 0 && describes(tk[a - 1]!)) a--;
        drafts.push({ kind: 'person', name: text.slice(tk[n]!.start, tk[e - 1]!.end), nameSpan: span(text, tk[n]!.start, tk[e - 1]!.end), role: span(text, tk[a]!.start, tk[i]!.end), sentence: si, weight: 3 });
        i = e - 1;
        continue;
      }
      // Apposition: `der außenpolitische Berater des Präsidenten, Jan Novak`
      if (w === ',' && nameLike(tk[i + 1], rules) && nameLike(tk[i + 2], rules)) {
        let r = i - 1;
        let roleAt = -1;
        while (r >= 0 && i - r <= 6 && tk[r]!.text !== ',') {
          if (isRole(tk[r]!.text, rules)) roleAt = r;
          r--;
        }
        let det = r + 1;
        while (det < roleAt && !rules.quotes.determiners.has(tk[det]!.text.toLowerCase())) det++;
        r = det - 1;
        if (roleAt >= 0 && det < roleAt) {
          let e = i + 1;
          while (e < tk.length && e - i <= 4 && nameLike(tk[e], rules)) e++;
          drafts.push({ kind: 'person', name: text.slice(tk[i + 1]!.start, tk[e - 1]!.end), nameSpan: span(text, tk[i + 1]!.start, tk[e - 1]!.end), role: span(text, tk[r + 1]!.start, tk[i - 1]!.end), sentence: si, weight: 3 });
          i = e - 1;
          continue;
        }
      }
      // `die Zeitung Nordstern Bote`: after an organisation word and its article, a run of capitalised words names it.
      const orgName = modelAt.has(i + 1) ? 0 : organisationName(tk, i, rules);
      if (orgName && opensName(tk, i + 1)) {
        drafts.push({ kind: 'organisation', name: text.slice(tk[i]!.start, tk[i + orgName]!.end), nameSpan: span(text, tk[i]!.start, tk[i + orgName]!.end), role: null, sentence: si, weight: 3 });
        i += orgName;
        continue;
      }
      if (orgName) {
        drafts.push({ kind: 'organisation', name: text.slice(tk[i + 1]!.start, tk[i + orgName]!.end), nameSpan: span(text, tk[i + 1]!.start, tk[i + orgName]!.end), role: span(text, tk[i]!.start, tk[i]!.end), sentence: si, weight: 3 });
        i += orgName;
        continue;
      }
      const sp = modelAt.get(i);
      if (sp) {
        // `die Zeitung Nordwind Kurier`: an organisation word before the name outweighs the tagger's type, except for a
        // place in the genitive, which says whose body it is (`die Partei Deutschlands`, `die Regierung Schwedens`).
        const ofPlace = sp.type === 'LOC' && sp.end - i === 1 && tk[i]!.text.endsWith(rules.genitiveEnding);
        const orgWord = ofPlace ? -1 : organisationWordBefore(tk, i, rules);
        if (orgWord >= 0 && opensName(tk, i)) {
          drafts.push({ kind: 'organisation', name: text.slice(tk[orgWord]!.start, tk[sp.end - 1]!.end), nameSpan: span(text, tk[orgWord]!.start, tk[sp.end - 1]!.end), role: null, sentence: si, weight: 3 });
          i = sp.end - 1;
          continue;
        }
        const kind = orgWord >= 0 ? 'organisation' : KIND_OF[sp.type];
        const role = orgWord >= 0 ? span(text, tk[orgWord]!.start, tk[orgWord]!.end) : null;
        // `Deutschlands` is a mention of the place `Deutschland`, the name a question asks for.
        const name = ofPlace && knownPlace(withoutGenitive(tk[i]!.text, rules)) ? withoutGenitive(tk[i]!.text, rules) : text.slice(tk[i]!.start, tk[sp.end - 1]!.end);
        drafts.push({ kind, name, nameSpan: span(text, tk[i]!.start, tk[sp.end - 1]!.end), role, sentence: si, weight: orgWord >= 0 ? 3 : 1 });
        i = sp.end - 1;
        continue;
      }
      // Without a tagger: a run of two or three name-like words not after an article (`Greta Lindholm`).
      if (!hasModel && nameLike(tk[i], rules) && nameLike(tk[i + 1], rules) && !(i > 0 && rules.quotes.determiners.has(tk[i - 1]!.text.toLowerCase()))) {
        let e = i + 2;
        if (nameLike(tk[e], rules)) e++;
        // A run with an acronym (`Endstand ABC`, `Tour ESP`) names a thing, not a person; a run that is the whole
        // sentence is a label or a credit (`Weitere Informationen.`), not a mention of someone.
        const wholeSentence = tk.every((t, k) => (k >= i && k < e) || t.upos === 'PUNCT');
        if (wholeSentence || tk.slice(i, e).some((t) => /^\p{Lu}{2,}$/u.test(t.text))) {
          i = e - 1;
          continue;
        }
        drafts.push({ kind: 'person', name: text.slice(tk[i]!.start, tk[e - 1]!.end), nameSpan: span(text, tk[i]!.start, tk[e - 1]!.end), role: null, sentence: si, weight: 1 });
        i = e - 1;
        continue;
      }
      // Organisations the tagger did not see: acronyms and institution words; places from the list.
      if ((/^\p{Lu}{2,6}$/u.test(w) && !inCapitalsRun(tk, i)) || (isUpper(w) && (rules.organisationHints.has(w) || rules.organisationSuffixes.some((x) => w.toLowerCase().endsWith(x))) && i > 0 && !modelAt.has(i + 1))) {
        drafts.push({ kind: 'organisation', name: w, nameSpan: span(text, tk[i]!.start, tk[i]!.end), role: null, sentence: si, weight: 1 });
        continue;
      }
      const place = rules.places.has(w) ? w : rules.places.has(withoutGenitive(w, rules)) ? withoutGenitive(w, rules) : null;
      if (place) drafts.push({ kind: 'place', name: place, nameSpan: span(text, tk[i]!.start, tk[i]!.end), role: null, sentence: si, weight: 3 });
    }
  });
  // Named speakers count as people. A name is at most three words at the end of the speaker: the patterns see
  // only its tail, so a giant capitalised word costs linear time, not quadratic backtracking.
  for (const q of quotes) {
    const tail = q.speaker?.text.slice(-SPEAKER_NAME_CHARS) ?? '';
    if (q.speaker && q.speakerName && /\p{Lu}\p{L}+\s+\p{Lu}\p{L}+$/u.test(tail)) {
      const m = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})$/u.exec(tail)!;
      const end = q.speaker.end - tail.length + m.index + m[1]!.length;
      // `betonte ihr Kollege Ole Brandt`: a title before the first name is the speaker's role, no part of the name.
      // The sentence that names the speaker: a quote whose `er` the text resolves names them in an earlier one.
      const tk = sents.find((s) => s.start <= end && end <= s.end)?.tokens ?? [];
      const from = tk.findIndex((t) => t.start === end - m[1]!.length);
      let at = from;
      while (at >= 0 && tk[at + 1] && tk[at + 1]!.end <= end && isTitle(tk, at, gazetteerOf(rules))) at++;
      const start = at > from ? tk[at]!.start : end - m[1]!.length;
      const name = text.slice(start, end);
      if (!name.split(/\s+/).every((x) => nameLike({ text: x, start: 0, end: 0, lemma: x, upos: 'X' }, rules))) continue;
      // A speaker the tagger reads as an organisation or a place (`sagte Amnesty International`) stays one.
      if (drafts.some((d) => d.kind !== 'person' && d.nameSpan.start < end && start < d.nameSpan.end)) continue;
      const role = at > from ? span(text, tk[from]!.start, tk[at - 1]!.end) : null;
      drafts.push({ kind: 'person', name, nameSpan: span(text, start, end), role, sentence: q.sentence, weight: 2 });
    }
  }
  drafts.push(...acronymExpansions(text, analysis, rules, drafts));
  // Software and standards (`SSLv2`, `TLS 1.2`), wherever the text names them, are neither bodies nor people.
  const products = versionedNames(analysis);
  for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k]!.name.split(/\s+/).some((w) => products.has(w))) drafts.splice(k, 1);
  // A draft inside a longer one (`Bundesverband` in `Bundesverband der Fahrradhändler`) is part of that name: one
  // sweep in order of start (longer first) finds them.
  drafts.sort((a, b) => a.nameSpan.start - b.nameSpan.start || b.nameSpan.end - a.nameSpan.end);
  let reach: TextSpan | null = null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!.nameSpan;
    if (reach && reach.end >= d.end && (reach.start < d.start || reach.end > d.end)) drafts.splice(k--, 1);
    else if (!reach || d.end > reach.end) reach = d;
  }
  // `Roger  Schmidt`: a name the text spaces twice is the same name, offered by a quiz as written once.
  for (const d of drafts) d.name = d.name.replace(/\s+/gu, ' ');
  groupNames(text, drafts, analysis, rules);
  shortOrganisationNames(drafts, knownPlace);
  voteKinds(drafts, rules);
  // A run holding the genitive of another person's name is a noun phrase, not a name:
  // `Otts Untersuchungshaft`, `Bremen Jan Otts` (Bilder), once `Jan Ott` is known.
  const nameParts = new Set(drafts.filter((d) => d.kind === 'person').flatMap((d) => d.name.split(/\s+/)));
  // Likewise a known surname followed by another name is two mentions side by side (`hatte Ott Bremen gedankt`).
  const surnameOf = new Map(drafts.filter((d) => d.kind === 'person' && d.name.includes(' ')).map((d) => [d.name.split(/\s+/).pop()!, d.name]));
  const genitiveRun = (d: Draft): boolean => {
    const words = d.name.split(/\s+/);
    // `Hellbergs Verband`: a person's genitive before a body's word is that person's body, not its name.
    if (d.kind === 'organisation' && !d.role && words.length > 1 && words[0] !== withoutGenitive(words[0]!, rules) && nameParts.has(withoutGenitive(words[0]!, rules))) return true;
    if (d.kind !== 'person' || d.role) return false;
    const other = surnameOf.get(words[0]!);
    return words.some((w) => w !== withoutGenitive(w, rules) && nameParts.has(withoutGenitive(w, rules))) || (!!other && other !== d.name && !other.endsWith(d.name));
  };
  for (let k = drafts.length - 1; k >= 0; k--) if (genitiveRun(drafts[k]!)) drafts.splice(k, 1);
  // Merge drafts by name (a shorter name that is part of a longer one merges into it).
  drafts.sort((a, b) => a.nameSpan.start - b.nameSpan.start);
  const people = drafts.filter((d) => d.kind === 'person').sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  const byName = new Map<string, EntityFact>();
  const facts: EntityFact[] = [];
  const canon = (d: Draft): string => {
    if (d.kind !== 'person') return `${d.kind}:${d.name}`;
    const parts = d.name.split(/\s+/);
    const full = people.find((p) => p.name !== d.name && parts.every((x) => p.name.split(/\s+/).includes(x) || p.name.split(/\s+/).includes(withoutGenitive(x, rules))));
    return `person:${full ? full.name : d.name}`;
  };
  for (const d of drafts) {
    const key = canon(d);
    let f = byName.get(key);
    if (!f) {
      const name = key.slice(key.indexOf(':') + 1);
      f = { kind: d.kind, id: `e${hash53(key)}`, name, span: d.nameSpan, evidence: sentenceSpan(text, analysis, d.sentence), sentence: d.sentence, role: d.role, mentions: [] };
      byName.set(key, f);
      facts.push(f);
    } else {
      // The mention with a role becomes the entity's span; the one it replaces (a headline's surname) stays a mention.
      if (!f.role && d.role) {
        f.mentions.push(f.span);
        f.role = d.role;
        f.span = d.nameSpan;
        f.evidence = sentenceSpan(text, analysis, d.sentence);
        f.sentence = d.sentence;
      } else f.mentions.push(d.nameSpan);
    }
  }
  // Later single-word mentions of a person (`Lindholm`, `Lindholms`) link to the full name.
  for (const f of facts) {
    if (f.kind !== 'person') continue;
    const parts = f.name.split(/\s+/).filter((p) => p.length > 2);
    if (parts.length < 2) continue;
    sents.forEach((s) => {
      for (const t of s.tokens) {
        if (t.start <= f.span.start) continue;
        const base = withoutGenitive(t.text, rules);
        if ((parts.includes(t.text) || parts.includes(base)) && ![f.span, ...f.mentions].some((m) => m.start <= t.start && t.end <= m.end)) {
          if (facts.some((o) => o !== f && o.kind === 'person' && o.span.start <= t.start && t.end <= o.span.end)) continue;
          f.mentions.push(span(text, t.start, t.end));
        }
      }
    });
    f.mentions.sort((a, b) => a.start - b.start);
  }
  linkDescriptions(text, analysis, rules, facts);
  // `Laut Nordstern Bote`: another mention of an organisation's or a place's whole name, where no tagger saw it.
  const covered = new Set(facts.flatMap((f) => [f.span, f.role, ...f.mentions].flatMap((m) => (m ? [m.start] : []))));
  const byWord = new Map<string, { s: number; i: number }[]>();
  analysis.sentences.forEach((s, si) => s.tokens.forEach((t, i) => {
    const list = byWord.get(t.text);
    if (list) list.push({ s: si, i });
    else byWord.set(t.text, [{ s: si, i }]);
  }));
  for (const f of facts) {
    if (f.kind === 'person') continue;
    const n = f.name.split(/\s+/).length;
    for (const at of byWord.get(f.name.split(/\s+/)[0]!) ?? []) {
      const tk = analysis.sentences[at.s]!.tokens;
      const t = tk[at.i]!, last = tk[at.i + n - 1];
      // Before the entity's span too: a headline names the company its first sentence introduces (`Der Autokonzern Nordmobil`).
      if (!last || covered.has(t.start) || text.slice(t.start, last.end) !== f.name) continue;
      f.mentions.push(span(text, t.start, last.end));
    }
    f.mentions.sort((a, b) => a.start - b.start);
  }
  return linkOrganisations(text, analysis, rules, facts);
}

/**
 * `Der Bundesverband der Fahrradhändler (BVF)`: the name the text declares for an acronym in brackets, read back from
 * the bracket over capitalised words and the function words inside a name (`der`, `für`), without a leading article.
 */
function acronymExpansions(text: string, analysis: Analysis, rules: FactsLanguage, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const inside = (l: string): boolean => rules.quotes.determiners.has(l) || rules.quotes.prepositions.has(l) || rules.functionWords.has(l);
  analysis.sentences.forEach((s, si) => {
    const tk = s.tokens;
    for (let i = 2; i + 2 < tk.length; i++) {
      if (tk[i]!.text !== '(' || tk[i + 2]!.text !== ')' || !/^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u.test(tk[i + 1]!.text)) continue;
      if (drafts.some((d) => d.kind !== 'organisation' && d.nameSpan.start === tk[i + 1]!.start)) continue;
      const known = drafts.some((d) => d.nameSpan.start === tk[i + 1]!.start);
      let a = i;
      while (a > 0 && (isUpper(tk[a - 1]!.text) || inside(tk[a - 1]!.text.toLowerCase())) && tk[a - 1]!.upos !== 'PUNCT') a--;
      while (a < i && (inside(tk[a]!.text.toLowerCase()) || !isUpper(tk[a]!.text))) a++;
      if (a >= i || !initials(text.slice(tk[a]!.start, tk[i - 1]!.end), analysis, rules).some((x) => x[0] === tk[i + 1]!.text[0])) continue;
      out.push({ kind: 'organisation', name: text.slice(tk[a]!.start, tk[i - 1]!.end), nameSpan: span(text, tk[a]!.start, tk[i - 1]!.end), role: null, sentence: si, weight: 3 });
      if (!known) out.push({ kind: 'organisation', name: tk[i + 1]!.text, nameSpan: span(text, tk[i + 1]!.start, tk[i + 1]!.end), role: null, sentence: si, weight: 3 });
    }
  });
  return out;
}

/**
 * `bei den Golden Bay Ravens`: a name of several words with no role that ends in an English plural and that the text
 * writes after an article (a person's name takes none) names a team or a band, not a person whom a `Wer …?` question
 * could offer. A surname in -s (`Ole Peters`) stands without an article.
 */
function groupNames(text: string, drafts: Draft[], analysis: Analysis, rules: FactsLanguage): void {
  // Where a name starts right after an article, or inside a longer name after one (`den Golden Bay Ravens`: the tagger
  // may leave out an English adjective). Not after a noun (`die Ermordung Jan Ottos`: a genitive) nor a relative
  // pronoun (`, den Ole Peters …`).
  const article = (tk: readonly Token[], k: number): boolean => k >= 0 && rules.quotes.determiners.has(tk[k]!.text.toLowerCase()) && !/^[,(–-]$/u.test(tk[k - 1]?.text ?? '');
  const afterArticle = new Set(analysis.sentences.flatMap((s) => s.tokens.filter((t, i) => {
    let k = i - 1;
    while (k >= i - 3 && k > 0 && isUpper(s.tokens[k]!.text) && s.tokens[k]!.upos !== 'NOUN' && !article(s.tokens, k)) k--;
    return k < i && article(s.tokens, k);
  }).map((t) => t.start)));
  const writtenAfterArticle = (name: string): boolean => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (afterArticle.has(at)) return true;
    return false;
  };
  const group = (d: Draft): boolean => {
    const last = d.name.split(/\s+/).slice(1).pop();
    return !!last && /^\p{Lu}\p{Ll}*[^\P{Ll}s]s$/u.test(last) && writtenAfterArticle(d.name);
  };
  const names = [...new Set(drafts.filter((d) => d.kind === 'person' && !d.role && group(d)).map((d) => d.name))].sort((a, b) => b.length - a.length);
  // The tagger's shorter span of the same name elsewhere (`Bay Ravens` of `Golden Bay Ravens`) is a mention of it,
  // with the whole name where the text writes it whole.
  for (const d of drafts) {
    const full = d.kind === 'person' && !d.role ? names.find((n) => n === d.name || n.endsWith(` ${d.name}`)) : undefined;
    if (!full) continue;
    d.kind = 'organisation';
    d.weight = 3;
    const start = d.nameSpan.end - full.length;
    if (start >= 0 && text.slice(start, d.nameSpan.end) === full) {
      d.name = full;
      d.nameSpan = span(text, start, d.nameSpan.end);
    }
  }
}

/**
 * One name, one kind: every draft of a name (and a surname alone, of the person it ends) takes the kind with the most
 * weight, so a cue in one sentence (`Außenministerin Karin Dahl`) types the tagger's bare mentions elsewhere.
 */
function voteKinds(drafts: Draft[], rules: FactsLanguage): void {
  const full = new Map(drafts.filter((d) => d.kind === 'person' && d.name.includes(' ')).map((d) => [d.name.split(/\s+/).pop()!, d.name]));
  const key = (d: Draft): string => (d.name.includes(' ') ? d.name : full.get(d.name) ?? full.get(withoutGenitive(d.name, rules)) ?? d.name);
  const votes = new Map<string, Map<EntityFact['kind'], number>>();
  for (const d of drafts) {
    const v = votes.get(key(d)) ?? new Map<EntityFact['kind'], number>();
    v.set(d.kind, (v.get(d.kind) ?? 0) + d.weight);
    votes.set(key(d), v);
  }
  for (const d of drafts) d.kind = [...votes.get(key(d))!].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * `Bundesnachrichtendienst` → `BND`, `Europäische Zentralbank` → `EZB`: the capitals of a name's words and of its
 * compounds' parts, where a word the lexicon does not split gives the initial of the organisation's word it ends with
 * (`Zentral|bank`).
 */
function initials(name: string, analysis: Analysis, rules: FactsLanguage): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  const token = new Map(analysis.sentences.flatMap((s) => s.tokens.map((t) => [t.text, t] as const)));
  const plain = words.map((w) => w[0]).join('');
  const partsOf = (w: string): string => {
    const parts = token.get(w)?.parts;
    if (parts) return parts.map((p) => p.text[0]!.toUpperCase()).join('');
    const l = w.toLowerCase();
    const head = rules.organisationSuffixes.find((x) => l.endsWith(x) && l.length > x.length + 2);
    return head ? w[0]! + head[0]!.toUpperCase() : w[0]!;
  };
  return [...new Set([plain, words.map(partsOf).join('')])];
}

/**
 * Two names of one organisation become one entity: an acronym and its expansion (`Europäische Zentralbank (EZB)`,
 * or initials that match), and later mentions of the organisation's own word for itself (`die Zeitung X` … `die
 * Zeitung`). The entity keeps its first-mentioned name; the other name becomes a mention, so no quiz offers both.
 */
function linkOrganisations(text: string, analysis: Analysis, rules: FactsLanguage, facts: EntityFact[]): EntityFact[] {
  const orgs = facts.filter((f) => f.kind === 'organisation');
  const acronym = (f: EntityFact): boolean => /^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u.test(f.name);
  // `Name (ACR)`: the text's own declaration, whatever the letters.
  const declared = (a: EntityFact, b: EntityFact): boolean => [a.span, ...a.mentions].some((m) => /^\s*\(([^()]{1,12})\)/u.exec(text.slice(m.end, m.end + 16))?.[1]?.trim() === b.name);
  const merged = new Set<EntityFact>();
  for (const a of orgs) {
    for (const b of orgs) {
      if (a === b || merged.has(a) || merged.has(b) || !acronym(b) || acronym(a)) continue;
      if (!declared(a, b) && !initials(a.name, analysis, rules).includes(b.name)) continue;
      const [keep, drop] = a.span.start <= b.span.start ? [a, b] : [b, a];
      keep.mentions.push(...[drop.span, ...drop.mentions].filter((m) => m.start !== keep.span.start));
      if (keep === b) keep.mentions.push(a.span);
      keep.mentions = [...new Map(keep.mentions.map((m) => [m.start, m])).values()].sort((x, y) => x.start - y.start);
      keep.role ??= drop.role;
      merged.add(drop);
    }
  }
  // `die Zeitung` after `die Zeitung Nordwind Kurier`: the same word after an article speaks of the same body.
  for (const f of orgs) {
    if (merged.has(f) || !f.role) continue;
    const word = f.role.text;
    const others = orgs.filter((o) => o !== f && !merged.has(o) && o.role?.text === word);
    if (others.length) continue;
    // The word alone, found as a body of its own (`Digitalverband`), is this organisation.
    for (const g of orgs) {
      if (g.name !== word || merged.has(g)) continue;
      merged.add(g);
    }
    for (const s of analysis.sentences) {
      s.tokens.forEach((t, i) => {
        if (t.start <= f.role!.start || t.text !== word || !rules.definiteArticles.has(s.tokens[i - 1]?.text.toLowerCase() ?? '')) return;
        if (facts.some((o) => !merged.has(o) && [o.span, ...o.mentions].some((m) => m.start <= t.start && t.end <= m.end))) return;
        if (nameLike(s.tokens[i + 1], rules) || s.tokens[i + 1]?.upos === 'PROPN') return;
        f.mentions.push(span(text, s.tokens[i - 1]!.start, t.end));
      });
    }
    f.mentions.sort((a, b) => a.start - b.start);
  }
  // `das Ministerium` after `das Gesundheitsministerium`: a body's bare word is the one organisation named before whose
  // name (or own word) ends in it; with two such, it is neither.
  for (const g of orgs) {
    const word = g.name.toLowerCase();
    if (merged.has(g) || !rules.organisationHints.has(g.name)) continue;
    // `der Konzern` after `der Autokonzern Nordmobil`: the word may end the organisation's own word for itself, too.
    const endsIn = (w: string | undefined): boolean => !!w && w.toLowerCase().endsWith(word) && w.split(/\s+/).pop()!.length > word.length;
    const owners = orgs.filter((f) => f !== g && !merged.has(f) && f.span.start < g.span.start && (endsIn(f.name) || endsIn(f.role?.text)));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    owner.mentions = [...owner.mentions, g.span, ...g.mentions].sort((x, y) => x.start - y.start);
    merged.add(g);
  }
  return facts.filter((f) => !merged.has(f));
}

/**
 * `Rathaus-Chefin`, `Rathauschefin`: the organisation or place a role compound names before its role word
 * (hyphenated, or joined to a known organisation or place), or null.
 */
function roleOwner(w: string, rules: FactsLanguage): string | null {
  const parts = w.split('-');
  if (parts.length === 2 && isUpper(parts[0]!) && parts[0]!.length > 2 && isRole(parts[1]!, rules)) return parts[0]!;
  for (const head of rules.roleHeads) {
    const owner = w.slice(0, w.length - head.length);
    if (owner.length > 2 && w.endsWith(head.toLowerCase()) && (rules.organisationHints.has(owner) || rules.places.has(owner))) return owner;
  }
  return null;
}

/** Shortest field word (`für Agrarrecht`) that may tie a description to a role compound: shorter ones open too many words. */
const MIN_FIELD = 5;

/**
 * `der schwedische Regierungschef`, `die Rathaus-Chefin`: a definite role without a name speaks of the person
 * the text ties to it. An epithet naming an organisation or place fits the person named most often in a
 * sentence with that organisation or place (`Nach Rathaus-Angaben sprach Roth …`); otherwise the role words must be those the
 * text gave the person (`Schwedens Regierungschef Lars Holm`). Where no one or several fit, nothing is linked.
 */
function linkDescriptions(text: string, analysis: Analysis, rules: FactsLanguage, facts: EntityFact[]): void {
  const stem = (w: string): string => w.toLowerCase().slice(0, 4);
  // The role's words and the word before them (`Schwedens` in `Schwedens Regierungschef`).
  const roleWords = new Map(
    facts.filter((f) => f.kind === 'person' && f.role).map((f) => [f, [...(/(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, f.role!.start - 40), f.role!.start))?.slice(1) ?? []), ...f.role!.text.split(/\s+/)]]),
  );
  // `die Ministerin` fits the `Umweltministerin` the text named: a role word fits the role compound it ends.
  const headOf = (w: string, o: string): boolean => isRole(w, rules) && o.length > w.length && o.toLowerCase().endsWith(w.toLowerCase());
  const fits = (words: readonly string[], of: string[]): boolean => words.every((w) => of.some((o) => (w.length < 5 ? w.toLowerCase() === o.toLowerCase() : (stem(w) === stem(o) && (o.toLowerCase() === w.toLowerCase() || !isRole(w, rules))) || headOf(w, o))));
  const taken = (a: number, b: number): boolean => facts.some((f) => [f.span, f.role, ...f.mentions].some((m) => m && m.start < b && a < m.end));
  const people = facts.filter((f) => f.kind === 'person');
  const tied = new Map<string, Map<EntityFact, number>>();
  // For each person, the sentences that name them with the owner (`Nach Rathaus-Angaben sprach Roth`), not as a role itself.
  const tiesTo = (owner: string): Map<EntityFact, number> => {
    let found = tied.get(owner);
    if (!found) {
      const sentences = analysis.sentences.filter((s) => s.tokens.some((t) => t.text.startsWith(owner) && !isRole(t.text, rules)));
      found = new Map(people.map((f) => [f, sentences.filter((s) => [f.span, ...f.mentions].some((m) => s.start <= m.start && m.end <= s.end)).length] as const));
      tied.set(owner, found);
    }
    return found;
  };
  // The person the text ties to the owner more often than anyone else, named before the description.
  const tiedTo = (owner: string, before: number): EntityFact[] => {
    const ranked = [...tiesTo(owner)].filter(([f, n]) => n > 0 && f.span.start < before).sort((a, b) => b[1] - a[1]);
    return ranked.length && ranked[0]![1] > (ranked[1]?.[1] ?? 0) ? [ranked[0]![0]] : [];
  };
  for (const s of analysis.sentences) {
    const tk = s.tokens;
    for (let i = 0; i < tk.length - 1; i++) {
      if (!rules.definiteArticles.has(tk[i]!.text.toLowerCase())) continue;
      let r = i + 1;
      while (r < tk.length - 1 && rules.descriptionAdjective.test(tk[r]!.text)) r++;
      const role = tk[r]!.text;
      if (!isRole(role, rules) || nameLike(tk[r + 1], rules) || tk[r + 1]?.text === ',' || taken(tk[i]!.start, tk[r]!.end)) continue;
      const owner = roleOwner(role, rules);
      const byOwner = owner ? tiedTo(owner, tk[i]!.start) : [];
      const described = [...tk.slice(i + 1, r).map((t) => t.text), role];
      const before = [...roleWords].filter(([f]) => f.span.start < tk[i]!.start);
      // `der Professor für Agrarrecht` fits `Agrarrechtler Ole Brandt`: the field the description names opens the role
      // compound the text gave (its other words fitting too), though the role word differs.
      const field = rules.quotes.prepositions.has(tk[r + 1]?.text ?? '') && isUpper(tk[r + 2]?.text ?? '') ? tk[r + 2]!.text.toLowerCase() : '';
      const byField = field.length >= MIN_FIELD ? before.filter(([, words]) => fits(described.slice(0, -1), words) && words.some((o) => o.length > field.length && o.toLowerCase().startsWith(field))).map(([f]) => f) : [];
      const candidates = byOwner.length === 1 ? byOwner : byField.length ? byField : before.filter(([, words]) => fits(described, words)).map(([f]) => f);
      if (candidates.length !== 1) continue;
      const person = candidates[0]!;
      person.mentions.push(span(text, tk[i]!.start, tk[r]!.end));
      person.mentions.sort((a, b) => a.start - b.start);
    }
  }
}
