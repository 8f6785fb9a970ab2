/**
 * How the German–English glossary (Ding, `resources/dict/de-en.dict.bin`) writes what the popover shows: its gender codes
 * as articles, its notes for Austrian and Swiss words, the reflexive pronoun and object slots in its wordings (`sich
 * freuen`, `jdm. etw. geben`), an adjective's gender endings (`sogenannte/r/s`), and the
 * labels of colloquial, old, rare or dialect words on either side, which a learner should meet after the plain word (an
 * Austrian or Swiss standard word is no such word: `das Spital` is a hospital in the news of Vienna and Zurich).
 */
import type { Upos } from '../analysis';
import type { GlossaryConventions } from '../lookup';
import { DAY_PARTS, MONTH_NUMBERS, RELATIVE_UNITS, WEEKDAY_ALIASES, WEEKDAYS } from './calendar';
import { AUXILIARIES, CONTRACTIONS } from './closedClass';
import { composedSenses, compoundWords } from './englishCompounds';
import { derivedSenses, gerund } from './englishDerivation';
import { FIRST_NAMES } from './firstNames';
import { germanGlossVariants, germanParticipleVerbs } from './glossVariants';
import { germanMorphology } from './morphology';
import { nameOfAdjective } from './nameAdjectives';
import { NUMBER_WORDS as NUMBER_VALUES } from './numberWords';


/** An adjective without its case ending: `internen`, `interne` → intern, `kleinere` → kleiner. */
function adjectiveWithoutEnding(form: string): string {
  const lower = form.toLowerCase();
  const end = germanMorphology.adjectiveEndings.find((e) => lower.endsWith(e));
  return end ? lower.slice(0, -end.length) : lower;
}

/**
 * A comparative (-er) or superlative (-st) without its case ending, as the glossary lists lexicalised ones (`weiteren` →
 * weiter, `jüngsten` → jüngst, `besseres` → besser); a positive ending in -er or -st is its own lemma and is skipped.
 * A quantifier's superlative is listed as it is used, with the article (`das meiste; die meisten` :: most): its weak
 * form too, for a determiner only, as an adjective's (`größte`) are mostly set phrases (`größte Breite` :: beam).
 */
function degreeForms(form: string, upos: Upos): string[] {
  const lower = form.toLowerCase();
  const stem = adjectiveWithoutEnding(lower);
  const forms = [...new Set([lower, stem])].filter((f) => f.length > 3 && /(?:er|st|ßt)$/u.test(f));
  return upos === 'DET' ? [...forms, ...forms.filter((f) => /(?:st|ßt)$/u.test(f)).map((f) => `${f}e`)] : forms;
}

/**
 * The number words Ding writes number compounds with (`zweijährig`, `Dreizimmerwohnung`, `einminütig`) and their English
 * words, as its senses write them (two-year-old, a hundred per cent); `ein` last, as `einfach` and `einseitig` are
 * mostly words of their own (simple, one-sided).
 */
const NUMBER_WORDS_ENGLISH = [
  ['zwei', 'two'], ['drei', 'three'], ['vier', 'four'], ['fünf', 'five'], ['sechs', 'six'], ['sieben', 'seven'],
  ['acht', 'eight'], ['neun', 'nine'], ['zehn', 'ten'], ['elf', 'eleven'], ['zwölf', 'twelve'],
  ['zwanzig', 'twenty'], ['hundert', 'hundred'], ['ein', 'one'],
] as const;

/**
 * English verbs whose past participle is regular beyond doubt, by their ending: Latinate verbs (populate, nationalize,
 * certify, distribute, secure, acquire, export, protect, establish, process, guarantee, agree). Short words are left
 * out, as some of them are irregular (rise, arise, write, bite, flee), and so is see's family (foresee, oversee).
 */
const REGULAR_VERB = /^(?:\p{Ll}{3,}(?:ate|ize|ise|ute|ure|ire)|\p{Ll}{2,}(?:ify|ect|ort|ish|ess)|\p{Ll}{2,}[^s\P{Ll}]ee)$/u;

/** `to populate sth. (with sth.)` → populated (with): the glossary's gloss of a verb as its past participle, without object slots. */
function pastParticiple(sense: string): string | undefined {
  const m = /^to (\p{Ll}+)(.*)$/u.exec(sense);
  if (!m || !REGULAR_VERB.test(m[1]!)) return undefined;
  const verb = m[1]!;
  const ed = verb.endsWith('e') ? `${verb}d` : verb.endsWith('y') ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const rest = m[2]!.replace(/\b(?:sth|sb)\.(?:['’]s)?(?:\/(?:sth|sb)\.)?/gu, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s*\(\)/g, '');
  return `${ed} ${rest}`.replace(/\s+/g, ' ').trim();
}

/**
 * `to stop sb./sth.` of stoppen, `to hack` of hacken: the English verb is the infinitive's stem (once without a doubled last
 * consonant, stopp-), three letters at least, and the German verb is weak (stoppte), as every verb German takes over
 * from another language is; a strong one is an old shared word whose meanings drifted (halten, hielt: to hold, not to halt;
 * springen: to jump). A sense with a note is a narrower use (`to pass (card game)` of passen).
 */
function cognate(verb: string, sense: string, formOf: (word: string) => boolean): boolean {
  const english = /^to (\p{Ll}{3,})(?: (?:sb|sth)\.(?:\/(?:sb|sth)\.)?)?$/u.exec(sense)?.[1];
  const stem = verb.toLowerCase().replace(/e?n$/u, '');
  if (english === undefined || (english !== stem && english !== stem.replace(/(\p{Ll})\1$/u, '$1'))) return false;
  return formOf(/[dt]$/u.test(stem) ? `${stem}ete` : `${stem}te`);
}

/**
 * Konjunktiv II: the past with an umlaut, where the lexicon knows that past as the same verb's, of a weak past in -te
 * (`möchte` of mochte, `hätten` of hatten, `könnte`, `müsste`) or a strong one with -e (`wäre` of war, `käme` of kam,
 * `gäbe`, `lägen` of lagen, `würde` of wurde, `stünde` of stand). A present with an umlaut ends otherwise (`trägt`,
 * `fährst`), and an infinitive (`ankündigen`) is none.
 */
function conditionalForm(form: string, verb: string, formOf: (word: string) => boolean): boolean {
  const lower = form.toLowerCase();
  const past = lower.replace(/[äöü]/gu, (c) => UMLAUT_BASE[c] ?? c);
  return past !== lower && lower !== verb.toLowerCase() && /e(?:st|n|t)?$/u.test(lower) && [past, past.replace(/e$/u, '')].some(formOf);
}
const UMLAUT_BASE: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u' };

/**
 * English modals have a past of their own that says what would be (`will` → would, `can` → could): the auxiliary's
 * (`Ole würde kommen`: would, not would become). Only a modal as such: one with a note is a narrower use (`may
 * (admitting that sth. is true …)` of mögen, whose `möchte` is would like). A verb sense is worded with would (`to like
 * sth.` → would like sth.).
 */
const MODAL_PAST: Readonly<Record<string, string>> = { will: 'would', can: 'could', shall: 'should', may: 'might' };
const conditionalSense = (sense: string): { sense: string; auxiliary: boolean } | undefined => {
  const modal = MODAL_PAST[sense];
  if (modal !== undefined) return { sense: modal, auxiliary: true };
  const verb = /^to (\p{Ll}.*)$/u.exec(sense)?.[1];
  return verb === undefined ? undefined : { sense: `would ${verb}`, auxiliary: false };
};

/**
 * Words that may be a dative object (`jdm.`): the dative pronouns and the determiners' dative forms (masculine and
 * neuter -em, feminine -er, plural -en), whatever else the same form may be (`der`, `den`, `ihr`), since the rule that
 * reads them drops a wording only where no word may fill its slot.
 */
const DATIVE = /^(?:mir|dir|ihm|ihr|uns|euch|ihnen|wem|denen|dem|der|den|(?:ein|kein|mein|dein|sein|ihr|unser|unsr|eur|dies|jen|welch|jed|manch|solch|all|beid|viel|wenig|mehrer|einig|ander)(?:em|er|en))$/i;

/**
 * A determiner in -er right after a noun is its genitive (`die Ergebnisse der Prüfung`, `das Ergebnis dieser Kooperation`),
 * hardly ever a dative object. A capitalised word the closed classes list is no noun: the polite `Sie` (`Bitte helfen Sie
 * dieser Frau`).
 */
const afterNoun = (before: string | undefined): boolean =>
  before !== undefined && /^\p{Lu}/u.test(before) && !germanMorphology.closedClass.get(before.toLowerCase())?.some((r) => r.upos !== 'NOUN');
const mayBeDative = (word: string, before: string | undefined): boolean => DATIVE.test(word) && !(/er$/iu.test(word) && afterNoun(before));

/**
 * The plurals a noun form may be as Ding lists them: the form, and for a dative plural in -en, -ern, -eln (`Einsatzkräften`,
 * `Verhältnissen`) the plural without its -n.
 */
const pluralForms = (form: string): string[] => (/(?:e|er|el)n$/u.test(form) ? [form, form.slice(0, -1)] : [form]);
/** A nominalised adjective in -e has its weak plural in -en (`die Grünen`, `die Kranken`). */
const adjectiveNounPlurals = (form: string): string[] => (form.endsWith('e') ? [form + 'n'] : []);

/**
 * The singular of an English gloss in the regular plural, by its last word (`security agents` → security agent, `bodies` →
 * body, `boxes` → box); a word in -ss, -us or -is is no plural (`process`, `status`, `crisis`).
 */
const englishSingular = (sense: string): string =>
  /\p{L}{3}ies$/u.test(sense) ? `${sense.slice(0, -3)}y` : /(?:ss|x|z|ch|sh)es$/u.test(sense) ? sense.slice(0, -2) : /\p{L}[^suis]s$/u.test(sense) ? sense.slice(0, -1) : sense;

/**
 * The places a capitalised word in -er may be the adjective of, as German forms them from the place's name: with -er
 * (`Kieler`, `Wiener` of Wien), or for a name in -en without it (`Bremer` of Bremen, `Münchner`, `Dresdner`).
 */
const placeAdjective = (word: string): string[] => {
  if (!/^\p{Lu}\p{L}+er$/u.test(word)) return [];
  const stem = word.slice(0, -2);
  return [stem, `${stem}en`, `${stem.slice(0, -1)}en`];
};

/** What a capitalised adjective in -sch made from a name means (`des Merkelschen Kurses`: Merkel's, of Merkel). */
const nameAdjective = (word: string): { name: string; senses: string[] } | undefined => {
  const name = nameOfAdjective(word)?.name;
  return name ? { name, senses: [`${name}'s`, `of ${name}`] } : undefined;
};

/**
 * Nouns of time: the calendar's days, months, parts of the day and units, and the seasons. After any preposition but
 * `auf` they say when (`am Montag`, `seit Jahren`, `für Mittwoch`); `auf` a time is the goal a verb aims at (`sich auf
 * das Wochenende freuen`, `auf Montag verschieben`).
 */
const TIME_NOUNS = new Set([
  ...WEEKDAYS, ...Object.keys(WEEKDAY_ALIASES), ...Object.keys(MONTH_NUMBERS), ...Object.keys(RELATIVE_UNITS),
  ...DAY_PARTS.map((p) => p[0]!.toUpperCase() + p.slice(1)), 'Wochenende', 'Jahrzehnt', 'Jahrhundert', 'Stunde', 'Minute',
  'Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter',
]);

/**
 * The prepositions that take the dative for where and the accusative for where to (Wechselpräpositionen), and the case the
 * word after one shows: `dem`, `der` (a feminine dative: no genitive follows them) and a determiner in -em or -er
 * (`diesem`, `einer`, `ihrer`) the dative; `das`, `die`, `einen` and a determiner in -e or -es (`eine`, `dieses`) the
 * accusative; `den`, `diesen`, `keinen` may be either (a masculine accusative, a plural dative), and `ein` or `unser`
 * as written may not be the object's article at all (`vor ein paar Tagen`, `nach wie vor unser Plan`). A noun or a name without an article is where something is (`in Nordland`, `auf Seite 3`, `unter
 * Druck`): a place one goes to is `nach Nordland`, and `in die Nordau` names a place that has an article. Anything else
 * (a number: `auf 300 steigen`, a pronoun, an adjective) shows none.
 */
const TWO_WAY = new Set(['an', 'auf', 'hinter', 'in', 'neben', 'über', 'unter', 'vor', 'zwischen']);
const ARTICLE_CASE: Readonly<Record<string, string>> = { dem: '+Dat.', der: '+Dat.', das: '+Akk.', die: '+Akk.', einen: '+Akk.' };
const DATIVE_DETERMINER = /^(?:ein|kein|mein|dein|sein|ihr|unser|eur|dies|jen|jed|manch|solch|welch)(?:em|er)$/u;
const ACCUSATIVE_DETERMINER = /^(?:ein|kein|mein|dein|sein|ihr|unser|eur|dies|jen|jed|manch|solch|welch)(?:e|es)$/u;
const objectCase = (preposition: string, next: string): string | undefined => {
  if (!TWO_WAY.has(preposition)) return undefined;
  const lower = next.toLowerCase();
  if (ARTICLE_CASE[lower]) return ARTICLE_CASE[lower];
  if (DATIVE_DETERMINER.test(lower)) return '+Dat.';
  if (ACCUSATIVE_DETERMINER.test(lower)) return '+Akk.';
  return /^\p{Lu}/u.test(next) && !germanMorphology.closedClass.has(lower) ? '+Dat.' : undefined;
};

/**
 * The prepositions German joins with `da`, `wo` or `hier` for a pronoun standing for a thing (Pronominaladverbien:
 * `darauf` is auf etw., `wofür` für was), with an `r` between `da`/`wo` and one that opens with a vowel (`daran`,
 * `worüber`, but `hieran`, `dafür`).
 */
const PRONOMINAL = /^(?:da|wo|hier)(r?)(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/u;
const pronominalAdverb = (word: string): string | undefined => {
  const m = PRONOMINAL.exec(word.toLowerCase());
  if (!m) return undefined;
  const vowel = /^[aeiouäöü]/u.test(m[2]!);
  const linked = m[1] === 'r';
  return (word.toLowerCase().startsWith('hier') ? !linked : linked === vowel) ? m[2] : undefined;
};

/**
 * English prepositions, the glossary's translations of German ones (`bei` :: near, by, at): those of one word, and the
 * fixed groups English grammars list as complex prepositions (`neben` :: next to, `seitens` :: on the part of). Not
 * `out of`, which narrows `aus` (aus Nordland: from).
 */
const ENGLISH_PREPOSITIONS = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'at', 'before', 'behind', 'below', 'beneath',
  'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'near',
  'of', 'off', 'on', 'onto', 'opposite', 'out', 'outside', 'over', 'past', 'per', 'since', 'through', 'throughout', 'to', 'toward',
  'towards', 'under', 'underneath', 'until', 'up', 'upon', 'via', 'with', 'within', 'without',
  'next to', 'in front of', 'on the part of', 'according to', 'instead of', 'because of', 'apart from', 'across from',
]);

const WERDEN_PRESENT = ['werde', 'wirst', 'wird', 'werden', 'werdet'];

/** The auxiliaries that make no perfect or passive: the modals (`kann`, `dürfte`). */
const MODALS = [...AUXILIARIES].filter((v) => !['sein', 'haben', 'werden'].includes(v));

export const germanGlossary: GlossaryConventions = {
  genderArticles: germanMorphology.genderArticles,
  regionNotes: { '[Ös.]': 'at', '[Schw.]': 'ch' },
  reflexive: 'sich',
  reflexiveGloss: 'oneself',
  translationPrepositions: ENGLISH_PREPOSITIONS,
  reflexiveForms: { ich: ['mich', 'mir'], du: ['dich', 'dir'], wir: ['uns'], ihr: ['euch'] },
  valency: new Set(['etw.', 'jdn.', 'jdm.', 'jds.', 'jd.']),
  personSlots: new Set(['jdn.', 'jdm.', 'jds.', 'jd.']),
  reflexiveVerbs: ['lassen'],
  copulas: ['sein', 'werden', 'bleiben', 'machen'],
  modals: MODALS,
  predicativeAfter: new Set(['als']),
  predicative: ['finden', 'halten', 'nennen', 'bezeichnen', 'erklären', 'scheinen', 'wirken', 'gelten', 'erscheinen', 'aussehen', 'klingen', 'fühlen'],
  dativeSlot: { slot: 'jdm.', mayFill: mayBeDative },
  // `sie`, `uns`, `euch` may be a subject, a thing or a dative as well, and `mich`, `dich` the reflexive pronoun of an
  // infinitive whose subject is in another clause (`Ich bin nicht hier, mich zu beschweren`).
  personObject: { slot: 'jdn.', pronouns: new Set(['ihn']) },
  // `sie` may be things as well, and `es` mostly is one or no subject at all (`es geht um`).
  thingSubject: { personPronouns: new Set(['ich', 'du', 'wir', 'er']), sense: /\(of (?:a thing|things)\)/ },
  glossFillers: new Set(['to', 'be', 'a', 'an', 'the', 'of', 'for', 'on', 'onto', 'at', 'in', 'into', 'with', 'from', 'one', 's', 'oneself', 'yourself', 'sth', 'sb']),
  genderEndings: '/r/s',
  // Ding's `einer Sache`, `eine Person` (`sich einer Sache bewusst sein`, `jdn./etw. mit jdm./einer Sache vergleichen`).
  writtenSlots: /\b(?:eine[rsm]?) (?:Sache|Person)\b/g,
  variants: germanGlossVariants,
  degreeForms,
  adjectiveWithoutEnding,
  participleVerbs: germanParticipleVerbs,
  pastParticiple,
  gerund,
  derivedSenses,
  composedSenses,
  compoundWords,
  cognate,
  conditional: { is: conditionalForm, sense: conditionalSense },
  // Ding's `werden` has the future's `will` among its senses and no line for the passive. The future is the present's
  // (`wird … fahren`); a past form beside a verb that may be an infinitive or a participle (`vergraben`) is the
  // passive's, and `geworden` is the verb's own perfect (`ist bekannt geworden`: has become), the passive's is `worden`.
  auxiliaryUses: {
    werden: {
      infinitive: { sense: 'will', forms: WERDEN_PRESENT },
      participle: { sense: 'to be (passive)', forms: [...WERDEN_PRESENT, 'wurde', 'wurden', 'wurdest', 'wurdet', 'worden'] },
    },
  },
  contractions: CONTRACTIONS,
  pronominalAdverb,
  objectCase: { marks: ['+Dat.', '+Akk.'], of: objectCase },
  // Ding's note on the German side, or the gloss's on the English side where the German has none.
  manner: /\bin bestimmter Weise\b|\(specified\)|\bin a (?:particular|specified) way\b/,
  timeAdverbial: (preposition, lemma) => preposition !== 'auf' && TIME_NOUNS.has(lemma),
  // `zu` before an adjective is the degree word (zu spät, zu weit: too late, too far), not the preposition.
  degreeWords: new Set(['zu']),
  articles: new Set(['der', 'ein']),
  correlatives: { so: 'wie' },
  // Ding has no line for the reporting `so` of news (`…, so der Minister.`), and `laut` says the same: according to.
  reportingAdverb: { word: 'so', preposition: 'laut' },
  placeNote: '[geogr.]',
  firstNames: FIRST_NAMES,
  compoundHead: '…',
  compoundModifier: '…',
  // A quote mark, which the tokenizer cuts off every clicked word: no word of the text is spelt so.
  loanword: '»',
  plural: { code: 'pl', article: 'die', forms: pluralForms, singular: englishSingular, adjectiveNoun: adjectiveNounPlurals },
  placeAdjective,
  nameAdjective,
  approximation: /^(?:about|approximately|around|roughly|circa)\b/,
  numberWords: NUMBER_WORDS_ENGLISH.map(([word, translation]) => ({ word, value: NUMBER_VALUES[word]!, translation })),
  // Not [geh.]: elevated German is the written register of the news a learner reads (erhalten [geh.] :: to receive).
  markedNote: /\[(ugs\.|slang|vulg\.|veraltet|veraltend|selten|poet\.|pej\.|humor\.|übtr\.|fig\.|Jargon|dialektal|Süddt\.|Norddt\.|Bayr\.|BW|Mitteldt\.|Westdt\.|Ostdt\.|Südwestdt\.|DDR|Lux\.|Liecht\.|hist\.|obs\.|euphem\.)\]/,
  senseSlots: /\b(sth|sb)\.(?:['’]s)?/g,
  abbreviation: /(^|\s)\/[^/\s][^/]*\/(?=[\s,;)]|$)/g,
  spellingMarks: /\[(?:Br\.|Am\.)\]/,
  figurative: /\[fig\.\]/,
  markedSense: /\[(coll\.|slang|vulg\.|obs\.|archaic|dated|rare|poet\.|pej\.|hist\.|humor\.|euphem\.|dial\.|formal|Am\.|Br\.|Austr\.|Sc\.|Irish|NZ|Can\.|Ind\.|S\.Afr\.)\]/,
};
