/**
 * Parses the Ding word list (`German | … :: English | …`, one line per sense group) into
 * dictionary records. Kept separate from the asset writer so tests can feed hand-written lines.
 */
import { defaultLanguage, wording } from '../../src/core';
import type { DictRecord } from './asset';

// Valency placeholders Ding puts before verbs ("etw. ankündigen", "sich freuen"), the language model's: the word a
// reader clicks is the verb, so the record is indexed under it and keeps the full wording as `form`.
const VALENCY = new Set([...defaultLanguage.glossary.valency, defaultLanguage.glossary.reflexive]);
const ARTICLES = new Set(['der', 'die', 'das']);
const GENDERED = new Set(['m', 'f', 'n', 'pl']);
const MAX_EXAMPLE_WORDS = 4;
/** Rank units are natural-log English frequencies (scripts/dict/rank.ts). */
const SYNONYM_PENALTY = 1.5;
const DOMAIN_PENALTY = 1.5;

/** Splits on `sep` outside (), [], {} so "{prp; +Dat.}" stays one piece. */
export function splitOutside(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

interface German { text: string; grammar: string[]; note: string }

/** "Haus {n} (auf der Speisekarte) [cook.] /Abk/" → text "Haus", grammar ['n'], note "(auf der Speisekarte) [cook.]". */
function parseGerman(raw: string): German {
  const grammar: string[] = [];
  const notes: string[] = [];
  const text = raw
    .replace(/\{([^}]*)\}/g, (_, g: string) => {
      grammar.push(...g.split(/[;,]/).map((s) => s.trim()).filter(Boolean));
      return ' ';
    })
    // `<Handglied>` names a synonym or an old spelling; it is not part of the headword.
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, (m) => {
      notes.push(m);
      return ' ';
    })
    // Abbreviations between slashes (`vom Hundert /v. H./`), a symbol spaced out too (`Prozent {n} / % /`).
    .replace(/\s\/(?:[^/\s][^/]*|\s*[^\p{L}\p{N}\s/]+\s*)\//gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, grammar, note: notes.join(' ') };
}

/** English side: drop irregular-form braces ("to deal {dealt; dealt}"), keep [Br.] and (…) hints. */
function cleanEnglish(raw: string): string {
  return raw.replace(/\s*\{[^}]*\}/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Ding lists a gloss's abbreviations between slashes, several with semicolons (`height /h; ht/`, `foot /ft.; f./`): that is
 * one gloss, not `height /h` and `ht/`, which left the plain word a broken, rarely ranked sense (Höhe, Fuß, Gewicht); on
 * either side.
 */
const oneAbbreviationList = (side: string) => side.replace(/(^|\s)\/[^/\s;][^/;]*(;[^/;]+)+\/(?=[\s,;)]|$)/g, (m) => m.replaceAll(';', ','));

/** Example sentences make up much of Ding's size and are not glosses of a word. */
function isSentence(text: string): boolean {
  return /[.!?]$/.test(text) && /^[A-ZÄÖÜ„"]/.test(text) && text.includes(' ') && !/\b(etw|jdn|jdm|jds|usw|z\.B)\.$/.test(text);
}

const VERB = new Set(['v', 'vt', 'vi', 'vr']);
/**
 * Verb lines list conjugated forms after the infinitive ("gehend | gegangen | er/sie geht", for a separable verb
 * "zeigt an"); the morphology engine maps those to the lemma, so they would only repeat it at the cost of megabytes,
 * and as two-word phrases they crowded the phrases a reader needs (`es gibt`) out of the index. A reflexive verb's
 * participle (`sich abgesetzt`) stays: it is indexed as the participle, which may have no verb reading of its own.
 * `infinitive` is the line's first headword.
 */
function isConjugation(g: German, english: string, infinitive: string): boolean {
  // A gap (`es gibt …`) makes a phrase, never a form.
  if (g.grammar.length > 0 || english.startsWith('to ') || g.text.includes('…')) return false;
  const words = g.text.split(' ');
  return words.length === 1 || /^(ich|du|er|sie|es|wir|ihr)[/ ]/.test(g.text) || (words.length === 2 && words[1]!.length > 1 && infinitive.startsWith(words[1]!));
}

/** After a verb's infinitives, their present participles (`anfertigend; produzierend`), then one past participle each. */
function isPastParticiple(present: string, past: German[], infinitives: number): boolean {
  const presents = splitOutside(present, ';').map(parseGerman);
  return past.length === infinitives && presents.length === infinitives && presents.every((g) => g.grammar.length === 0 && /^\p{L}+nd$/u.test(g.text))
    && past.every((g) => g.grammar.length === 0 && /^\p{L}+$/u.test(g.text));
}

/** `jdn.`, `sich`, and alternatives of them (`jdn./etw.`, `jdm./etw.`). */
const isValency = (w: string): boolean => w.split('/').every((x) => VALENCY.has(x));

/**
 * Strips a leading article or valency markers when a single word remains: `etw. ankündigen`,
 * `jdn./etw. töten`, and for verbs a preposition with its object too (`auf etw. verzichten`).
 */
function headwordOf(g: German): { headword: string; form?: string } {
  // `sogenannte/r/s`: one adjective in its three gender endings.
  const endings = /^(\p{L}+)\/r\/s$/u.exec(g.text);
  if (endings) return { headword: endings[1]!, form: g.text };
  // Correlatives and words with a gap (`zwar …, aber …`, `entweder … oder …`, `umso …`): the
  // reader clicks the first word.
  const gapped = /^(\p{L}+) …,?(?: \p{L}+)* …$/u.exec(g.text);
  if (gapped) return { headword: gapped[1]!, form: g.text };
  // A slot written out (`jdn./etw. mit jdm./einer Sache vergleichen`) is a slot like `etw.`.
  const words = wording(g.text, defaultLanguage.glossary).split(' ');
  if (words.length === 2 && ARTICLES.has(words[0]!) && g.grammar.some((x) => GENDERED.has(x))) return { headword: words[1]!, form: g.text };
  const verb = g.grammar.some((x) => VERB.has(x));
  let i = 0;
  for (;;) {
    if (i < words.length - 1 && isValency(words[i]!)) i++;
    else if (verb && i < words.length - 2 && /^\p{Ll}+$/u.test(words[i]!) && isValency(words[i + 1]!)) i += 2;
    else break;
  }
  if (i > 0 && i === words.length - 1) return { headword: words[i]!, form: g.text };
  // A preposition written with its object's slot (`von jdm./etw.` :: by sb./sth., `außer jdm./etw.` :: apart from sb./sth.)
  // is the preposition: as one phrase of two words no clicked word reached it. Not `sich` (`außer sich`: an idiom).
  if (g.grammar.includes('prp') && words.length > 1 && words.slice(1).every((w) => w.split('/').every((x) => x !== defaultLanguage.glossary.reflexive && VALENCY.has(x)))) {
    return { headword: words[0]!, form: g.text };
  }
  return { headword: g.text };
}

const { senseSlots: SENSE_SLOTS } = defaultLanguage.glossary;

/**
 * The verb a line's wording is an example of: its last word, where the line conjugates that word alone (`jdn. von einer
 * Sachlage überzeugen {vt} | überzeugend | …`) and translates it as a bare English verb (`to convince`), so the words
 * before it give an example object, not an idiom (`einen Ort verlassen` :: to quit a place keeps its wording). Ding gives
 * some common verbs' central sense only so (überzeugen :: to convince), which as a phrase no card showed.
 */
function exampleVerb(g: German, conjugated: string | undefined, english: string | undefined): string | undefined {
  const words = wording(g.text, defaultLanguage.glossary).split(' ');
  const verb = words.at(-1)!;
  const bare = english !== undefined && /^to [a-z-]+$/.test(english.replace(SENSE_SLOTS, ' ').replace(/[\s/]+/g, ' ').trim());
  return words.length > 1 && bare && g.grammar.some((x) => VERB.has(x)) && conjugated?.trim() === `${verb}d` ? verb : undefined;
}

export function parseDingLine(line: string): DictRecord[] {
  if (line.startsWith('#')) return [];
  const sides = line.split(' :: ');
  if (sides.length !== 2) return [];
  const de = splitOutside(sides[0]!, ' | ');
  const en = splitOutside(sides[1]!, ' | ');
  // Misaligned lines cannot be paired reliably; Ding has almost none.
  if (de.length !== en.length) return [];
  // Ding's line order already puts a word's common senses first; only domain-labelled ones
  // ("Haus {n} [adm.]") go behind it, since a news reader rarely means the specialist sense.
  const rank = /\[/.test(de[0]!) ? -DOMAIN_PENALTY : 0;
  // In the line's first group a label stands after the synonym it marks (`Gehäuse {n}; Umhüllung {f} [techn.]`: the
  // case of a device is no technical word); after braces that cover the group (`verwerten; nutzen {vt} [econ.]`) it
  // marks them all.
  const heads = splitOutside(de[0]!, ';');
  const sharedLabel = heads.slice(0, -1).every((h) => !h.includes('{')) && /\}[^{]*\[/.test(heads.at(-1) ?? '');
  const headRank = (raw: string) => (sharedLabel || /\[/.test(raw) ? -DOMAIN_PENALTY : 0);
  const records: DictRecord[] = [];
  let firstGroup: DictRecord[] = [];
  for (let alt = 0; alt < de.length; alt++) {
    const senses = splitOutside(oneAbbreviationList(en[alt]!), ';').map(cleanEnglish).filter(Boolean);
    // The German side lists abbreviations so too (`Minute {f} /Min.; min./`), which split there left no `Minute`.
    const raws = splitOutside(oneAbbreviationList(de[alt]!), ';');
    const synonyms = raws.map((raw) => ({ ...parseGerman(raw), raw })).filter((g) => g.text !== '');
    if (senses.length === 0 || synonyms.length === 0) continue;
    // Long usage examples are what makes Ding 25 MB; glosses and short idioms are what a reader needs.
    if (alt > 0 && (isSentence(synonyms[0]!.text) || synonyms[0]!.text.split(' ').length > MAX_EXAMPLE_WORDS)) continue;
    const verbLine = firstGroup.some((r) => r.grammar.some((x) => VERB.has(x)));
    // The third group of a verb line is its past participle, synonym by synonym (`hergestellt; produziert` :: made;
    // produced): what the participle means used as an adjective (`die produzierten Autos`), which the infinitive's
    // `to produce` does not say. Kept on the verb's record; the asset keeps those a reader meets (scripts/buildDict.ts).
    if (alt === 2 && verbLine && isPastParticiple(de[1]!, synonyms, firstGroup.length)) {
      firstGroup.forEach((r, i) => { r.participle = { form: synonyms[i]!.text, senses }; });
      continue;
    }
    if (alt > 0 && verbLine && isConjugation(synonyms[0]!, senses[0]!, firstGroup[0]!.headword)) continue;
    // "etw. ankündigen; etw. bekannt geben {vt}": word-class braces on the last synonym cover all.
    const shared = synonyms.at(-1)!.grammar.filter((x) => !GENDERED.has(x));
    // A word listed first names the line's meaning; one listed later (`signalisieren; anzeigen;
    // ankündigen`) shares only part of it, so its senses go behind the word's own lines.
    const group = synonyms.map((g, i): DictRecord => {
      const grammar = g.grammar.length > 0 ? g.grammar : shared;
      const headword = headwordOf({ ...g, grammar });
      const verb = alt === 0 && synonyms.length === 1 && headword.form === undefined ? exampleVerb({ ...g, grammar }, de[1], senses[0]) : undefined;
      return { ...(verb === undefined ? headword : { headword: verb }), grammar, senses, note: g.note, rank: (alt === 0 ? headRank(g.raw) : rank) - SYNONYM_PENALTY * Math.min(i, 2) };
    });
    // "Haus {n} | Häuser {pl}": the second group is the plural of the first, synonym by synonym. It is
    // kept as the singular's `plural` only; the morphology engine maps plural forms to the lemma.
    if (alt === 1 && group.length === firstGroup.length && group.every((r) => r.grammar.includes('pl'))) {
      firstGroup.forEach((r, i) => { if (r.grammar.some((x) => x === 'm' || x === 'f' || x === 'n')) r.plural = group[i]!.headword; });
      continue;
    }
    if (alt === 0) firstGroup = group;
    records.push(...group);
  }
  return records;
}

export function parseDing(text: string): DictRecord[] {
  return text.split('\n').flatMap(parseDingLine);
}
