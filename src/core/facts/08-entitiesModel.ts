/**
 * The trained tagger's view of an article (issue 15): typed name spans per sentence, with the language's
 * lists as features. The cues of 08-entities (roles, appositions, speakers) then confirm, type and link them.
 */
import type { Analysis, Token } from '../analysis';
import type { NerGazetteer } from '../ner/features';
import { tagEntities, type NerNames, type NerSpan } from '../ner/model';
import { isRole } from './08-entities';
import type { FactsLanguage } from './language';

/**
 * The gazetteer the model was trained with: first names, places, organisation words and roles of the language, and the
 * name lists from open data that the model ships (places, first names, surnames, companies).
 */
export function nerGazetteer(rules: FactsLanguage, names: Partial<Record<keyof NerNames, Iterable<string>>> = {}): NerGazetteer {
  return {
    firstNames: new Set([...rules.quotes.femaleFirstNames, ...rules.quotes.maleFirstNames, ...(names.firstNames ?? [])]),
    places: new Set([...rules.places, ...(names.places ?? [])]),
    organisations: rules.organisationHints,
    organisationSuffixes: rules.organisationSuffixes,
    organisationHeads: rules.organisationHeads,
    organisationNames: rules.organisationNames,
    placeCues: rules.namePlaceCues,
    organisationCues: rules.nameOrganisationCues,
    titleCues: rules.nameTitleCues,
    titleLink: rules.nameTitleLink,
    genitiveEnding: rules.genitiveEnding,
    companies: new Set(names.companies),
    surnames: new Set(names.surnames),
    isRole: (w) => isRole(w, rules),
  };
}

const gazetteers = new WeakMap<FactsLanguage, NerGazetteer>();

/** The language's gazetteer with its model's name lists (none without a model), made once per language. */
export function gazetteerOf(rules: FactsLanguage): NerGazetteer {
  let gaz = gazetteers.get(rules);
  if (!gaz) gazetteers.set(rules, (gaz = nerGazetteer(rules, rules.nerModel?.().names)));
  return gaz;
}

/** The model's spans per sentence; none for a language without a model. */
export function modelNames(analysis: Analysis, rules: FactsLanguage): NerSpan[][] {
  const model = rules.nerModel?.();
  if (!model) return analysis.sentences.map(() => []);
  const gaz = gazetteerOf(rules);
  // A headline in capitals (`MINISTERIN SIEHT NEUE CHANCE`) has no capital for the tagger to read: it names nobody it can tell.
  // A line of three or more words all with a capital (`Press Room Updates`) is a label, not prose that names someone.
  const label = (tokens: readonly Token[]): boolean => {
    const words = tokens.filter((t) => /\p{L}{2}/u.test(t.text));
    return words.length >= 3 && (tokens.every((t) => !/\p{Ll}/u.test(t.text)) || words.every((t) => /^\p{Lu}/u.test(t.text)));
  };
  const particles = rules.nameParticles;
  const tagged = analysis.sentences.map((s) => (label(s.tokens) ? [] : tagEntities(model, s.tokens, gaz)));
  return withTextEvidence(analysis, particles ? analysis.sentences.map((s, i) => withNameParticles(s.tokens, tagged[i]!, particles, gaz.places)) : tagged);
}

/**
 * A person's name through its particles (`Ursula von der Leyen`, `Alexander Van der Bellen`): the tagger, trained on few
 * such names, stops at the particle, and a quiz then asks for `Alexander Van`. The word after the particles must look like
 * a surname: capitalised, not in capitals (`von der CDU`), not a common noun (`von der Polizei`), not a place
 * (`von Berlin`) and not in another name (`von Siemens` tagged as an organisation). A surname glued to its elided
 * particle (`d’Estaing`) right after the name is the name's too.
 */
export function withNameParticles(tokens: readonly Token[], spans: readonly NerSpan[], particles: NonNullable<FactsLanguage['nameParticles']>, places: ReadonlySet<string>): NerSpan[] {
  const taken = new Set(spans.flatMap((sp) => Array.from({ length: sp.end - sp.start }, (_, k) => sp.start + k)));
  const elided = (sp: NerSpan): NerSpan => {
    const next = tokens[sp.end];
    return next && !taken.has(sp.end) && particles.elided?.test(next.text) ? { ...sp, end: sp.end + 1 } : sp;
  };
  return spans.map((sp) => (sp.type === 'PER' ? elided(throughParticles(tokens, sp, particles, places, taken)) : sp));
}

/** The person's span `sp` read on through the particles after it, as `withNameParticles` says. */
function throughParticles(tokens: readonly Token[], sp: NerSpan, particles: NonNullable<FactsLanguage['nameParticles']>, places: ReadonlySet<string>, taken: ReadonlySet<number>): NerSpan {
  // A capitalised lead particle the tagger took as the name's last word (`Van` of Van der Bellen) opens the particles too.
  // Such a capitalised particle inside a name is evidence enough that a noun after it (`Bellen`) is the surname.
  const inside = sp.end - sp.start > 1 && particles.lead.has(tokens[sp.end - 1]!.text.toLowerCase());
  let i = inside ? sp.end - 1 : sp.end;
  if (!inside && !particles.lead.has(tokens[i]?.text ?? '')) return sp;
  i++;
  while (i < tokens.length && particles.follow.has(tokens[i]!.text)) i++;
  const surname = tokens[i];
  const looksLikeSurname = !!surname && /^\p{Lu}\p{Ll}/u.test(surname.text) && (inside || !surname.gender) && !places.has(surname.text) && !taken.has(i);
  return looksLikeSurname ? { ...sp, end: i + 1 } : sp;
}

const LONGEST_NAME = 4;

/**
 * The text's own evidence: a name the tagger typed one way wherever it found it is that entity where it missed it (a
 * mention at a sentence's start, in a list, after a quote). A name it typed two ways stays as tagged, and a single
 * word the lexicon knows as a common noun (`Bahn`, `Union`) is only a name where the tagger says so.
 */
export function withTextEvidence(analysis: Analysis, spans: readonly (readonly NerSpan[])[]): NerSpan[][] {
  const words = (tokens: readonly Token[], start: number, end: number): string => tokens.slice(start, end).map((t) => t.text).join(' ');
  const typeOf = new Map<string, NerSpan['type'] | null>();
  analysis.sentences.forEach((s, si) => {
    for (const sp of spans[si]!) {
      const name = words(s.tokens, sp.start, sp.end);
      typeOf.set(name, typeOf.has(name) && typeOf.get(name) !== sp.type ? null : sp.type);
    }
  });
  return analysis.sentences.map((s, si) => {
    const tk = s.tokens;
    const out = [...spans[si]!];
    const taken = new Set(out.flatMap((sp) => Array.from({ length: sp.end - sp.start }, (_, k) => sp.start + k)));
    for (let i = 0; i < tk.length; i++) {
      // A capitalised word beside a tagged name belongs to that name's reading, right or wrong: left as tagged.
      if (taken.has(i) || taken.has(i - 1) || !/^\p{Lu}/u.test(tk[i]!.text)) continue;
      for (let n = Math.min(LONGEST_NAME, tk.length - i); n >= 1; n--) {
        if (Array.from({ length: n }, (_, k) => i + k).some((k) => taken.has(k)) || taken.has(i + n)) continue;
        const type = typeOf.get(words(tk, i, i + n));
        if (!type || (n === 1 && tk[i]!.gender)) continue;
        out.push({ start: i, end: i + n, type });
        i += n - 1;
        break;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
