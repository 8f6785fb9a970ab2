/**
 * Step 02, lexical readings: every reading of each word of a sentence, from the lexicon and the
 * language's closed classes (`lemmatizer.ts`), and for words the lexicon lacks from their parts:
 * hyphenated or closed compounds, names, guesses. Tagging (step 03) chooses among them.
 */
import type { Article, CompoundPart } from '../../analysis';
import { startsUpper } from '../capital';
import type { CompoundSplit, CompoundSplitter } from '../04-compounds';
import { capitalise, fromEntry, type Lemmatizer, type MorphRules, type Reading } from './lemmatizer';
import type { Lexicon } from './lexicon';
import { readingTraits } from '../readingTraits';
import { WordTable } from '../wordTable';

export interface SentenceReadings {
  /** Each word's readings: its entry's (`words[i].readings`). */
  readings: Reading[][];
  /** The words in lower case. */
  lower: string[];
  /**
   * Each word's memo entry, the same object for every occurrence of the word read alike: its readings out of context,
   * or as the sentence or the text reads it (a place's adjective, a text's name). Its compound parts are the entry's
   * (`parts`): no array of them per sentence (issue 19).
   */
  words: WordReadings[];
}

/** A word's readings out of context, memoised per word. */
export interface WordReadings {
  readonly readings: Reading[];
  readonly parts: CompoundPart[] | undefined;
  /** The word in lower case, which tagging asks for every word. */
  readonly lower: string;
  /** Capitalised and spelt like the adjective of a listed place (`Nordländer`): one before a noun is that adjective. */
  readonly placeAdjective: boolean;
  /**
   * A capitalised word nobody lists that is an adjective made from a name by its ending (`Merkelsche`,
   * `MorphRules.nameAdjective`): the adjective's lemma, which it reads as before a common noun.
   */
  readonly nameAdjective: string | undefined;
  /** Whether a reading is a noun or a name: the word after a place's adjective is asked. */
  readonly nominal: boolean;
  /** Whether a reading is a noun the lexicon or a rule gives (no name's guess): the word after a name's adjective is asked. */
  readonly common: boolean;
  /**
   * Kept for a later step to memoise what depends on the word alone without a lookup of its own (step 06's covers,
   * issue 19); it lives as long as the word's entry.
   */
  later: object | undefined;
  /** What its readings are (`readingTraits`), which tagging asks of the words around the one it tags. */
  readonly traits: number;
  /** Kept for tagging (step 03) in the same way: what the word alone tells its corrections and its choice rules, and for which, and its closed-class readings (`TagMemo`). */
  tagged: number | readonly number[] | undefined;
  taggedBy: object | undefined;
  chooses: number | undefined;
  choosesBy: object | undefined;
  closed: readonly Reading[] | undefined;
}

interface Unknown {
  readings: Reading[];
  parts?: CompoundPart[];
}

/** The shortest stem a word the lexicon lacks is read as another word plus an ending (`Copyright|s`). */
const MIN_STEM = 4;
/** Bound on each memo table; cleared when full. */
const MEMO_LIMIT = 50_000;
/** Listed places a compound's head must end for the compound to be read as a place's name too (`…burg`, `…kirchen`). */
const PLACE_ENDING = 2;
/** The shortest head in the singular a capitalised word the lexicon lacks is read as a compound of (`Kälte|pumpe`). */
const SINGULAR_HEAD = 5;

/**
 * A reading with every field, in one order (absent ones undefined): the lexicon's, the rules' and the guesses' readings
 * come in many shapes, which made every field the tagger and the later steps read a lookup for any shape; a word's
 * memoised readings share one (issue 19: analysis a fifth faster).
 */
function uniform(r: Reading): Reading {
  return {
    lemma: r.lemma, upos: r.upos, gender: r.gender, plural: r.plural, frequency: r.frequency, source: r.source, nonFinite: r.nonFinite,
    nominalised: r.nominalised, singularToo: r.singularToo, adjectival: r.adjectival, common: r.common, unglossed: r.unglossed, baseWord: r.baseWord, compound: r.compound, plainHead: r.plainHead,
    person: r.person,
  };
}

/**
 * The plural of a person named by an adjective, where no list gave one: the weak form cited as lemma plus the plural's
 * ending (der/die Wohnungslose, die Wohnungslosen), as the adjective declines after the plural's article.
 */
export function personPlural(r: Pick<Reading, 'lemma' | 'gender' | 'plural'>, morphology: MorphRules): string | undefined {
  const ending = morphology.nominalisedPersonPlural;
  if (r.plural !== undefined || ending === undefined || r.gender !== morphology.nominalisedPerson || !r.lemma.endsWith(morphology.inflectedOnlyEnding)) return r.plural;
  return r.lemma + ending;
}

export interface Readings {
  /** `names`: the text's persons' names (`names`), read as names wherever they stand. */
  sentence(words: readonly string[], names?: ReadonlySet<string>): SentenceReadings;
  /**
   * The capitalised words the lexicon lacks that a text's sentences use right after a first name, a title or a role
   * (`MorphRules.nameBefore`): a person's name in the whole text, also where it stands alone (`Ole Brandtner kam.
   * Brandtner sagte …`), where its letters alone would spell a compound or an agent noun.
   */
  names(sentences: readonly (readonly string[])[]): ReadonlySet<string>;
  /** Readings of a word the lexicon lacks (hyphenated compounds give their parts). */
  unknown(word: string): Unknown;
  /** A place's name or a form of it (`Nordlands`): a card shows it whole, as the analysis reads it (no Nord|land). */
  placeName(word: string): boolean;
}

/**
 * `inGlossary` is the language's record of its glossary's words (`Lexicon.inGlossary`, built with the lexicon): an
 * unknown capitalised word the glossary lists may be a common noun, a short lower-case one it lacks is foreign. It is
 * data of the language model, not the glossary itself, so tagging is the same whether or not the glossary loads.
 * Place names come with the lexicon too (`isPlace`, and the endings they share: `placesEnding`), and with the language
 * (`MorphRules.listedPlace`: the countries its glossary gives no place mark).
 */
export function createReadings(
  lemmatizer: Lemmatizer,
  splitter: CompoundSplitter,
  morphology: MorphRules,
  places: Pick<Lexicon, 'isPlace' | 'placesEnding'>,
  inGlossary: (word: string) => boolean,
): Readings {
  /** A compound's reading: its head's gender and plural, with the modifiers before the head's lemma and plural. */
  const isPlace = (lemma: string): boolean => places.isPlace(lemma) || morphology.listedPlace(lemma);
  const lexNoun = (r: Reading): boolean => r.upos === 'NOUN' && r.source === 'lex';
  const splitReading = (s: CompoundSplit, form: string): Reading => {
    const r: Reading = { ...fromEntry(s.head, form, morphology), lemma: s.lemma, source: 'rule' };
    const before = s.lemma.slice(0, s.lemma.length - s.head.lemma.length);
    if (s.head.plural) r.plural = before ? before + s.head.plural.toLowerCase() : s.head.plural;
    return r;
  };
  /**
   * A compound's readings, one for each gender of its head (`Teil`: der, das), the lexicon's first first: the words
   * before it choose (`das Nordlandteil`), as for a listed noun of two genders. Not for a place or a compound on one
   * (`Südsee`, `…platte`), which is read as a name below.
   */
  const splitReadings = (s: CompoundSplit, form: string): Reading[] => {
    const heads = [s.head];
    if (![form, s.lemma, s.head.lemma].some(isPlace)) {
      for (const e of lemmatizer.nounForms(s.head.lemma)) if (e.lemma === s.head.lemma && e.gender && heads.every((h) => h.gender !== e.gender)) heads.push(e);
    }
    return heads.map((head) => splitReading({ ...s, head }, form));
  };
  /**
   * The card's cut of a word before a listed noun (`Audio|dateien`, `Einfuhr|zölle`, `Kälte|pumpe`), unless the word
   * is one the glossary lists with an ending (`Emittent|en`, not Emitt|enten): the compound's reading, for when its
   * article makes it a common noun (its lemma the modifier and the head's singular); names end in nouns too
   * (`Stephanskirchen`). A head in the singular needs SINGULAR_HEAD letters: a shorter one after a modifier nobody lists is
   * as often a cut by chance (`Nordli|gans`, `Kalde|ring`, the names `Brandt|mann`, `Ostrav|alle`), and not a verb's
   * infinitive (`Nordb|lockern`).
   */
  const headed = (w: string): CompoundSplit | null => {
    const s = splitter.splitForCard(w);
    const head = s?.parts[s.parts.length - 1]!.text.toLowerCase();
    if (!s || !head || !s.head.gender || morphology.nounCaseEndings.some(([e]) => w.endsWith(e) && inGlossary(w.slice(0, -e.length)))) return null;
    const plural = s.head.plural !== undefined && s.head.plural !== s.head.lemma && startsUpper(s.head.plural) && s.head.plural.toLowerCase() === head;
    return plural || (head.length >= SINGULAR_HEAD && !lemmatizer.readings(head).some((r) => r.upos === 'VERB' && r.lemma === head)) ? s : null;
  };
  /**
   * The one who does what a listed verb says (`Belauscher` ← belauschen, also `Belauschern`): its noun reading, which
   * an article or adjective before the word makes it (names end so too: `Weber`, `Haller`).
   */
  const agentNoun = (w: string): Reading | undefined => {
    const a = morphology.agentNoun;
    const dat = morphology.dativePluralEnding;
    const lemma = a && w.endsWith(a.suffix + dat) ? w.slice(0, -dat.length) : w;
    if (!a || !lemma.endsWith(a.suffix) || lemma.length < a.suffix.length + MIN_STEM) return undefined;
    const stem = lemma.slice(0, -a.suffix.length).toLowerCase();
    const verb = a.verbEndings.some((e) => lemmatizer.readings(stem + e).some((r) => r.upos === 'VERB' && r.source === 'lex' && r.lemma === stem + e));
    return verb ? { lemma, upos: 'NOUN', gender: a.gender, plural: lemma, source: 'guess' } : undefined;
  };
  // The first ending that leaves a stem (`Magie` is too short to tell).
  /**
   * A verb's infinitive the lexicon gives only as a particle and a verb (`Herumsitzen` ← herum|sitzen), capitalised:
   * the nominalised infinitive, neuter (`das Herumsitzen`), which an article before it makes the word.
   */
  const nominalisedVerb = (w: string): Reading | undefined => {
    const gender = morphology.nominalisedInfinitive;
    const lower = w.toLowerCase();
    return gender && lemmatizer.readings(lower).some((r) => r.upos === 'VERB' && r.lemma === lower && r.nonFinite)
      ? { lemma: w, upos: 'NOUN', gender, nominalised: true, source: 'guess' } : undefined;
  };
  /**
   * A woman's noun in the plural whose man's noun is listed or one who does something (`Gamerinnen`: der Gamer): the
   * lemmatizer's suffix rule reads it, no compound split whose head swallows the suffix (Game|rinnen, Blog|gerinnen).
   */
  const feminineOfMan = (w: string): boolean => {
    const suffix = morphology.femininePlural;
    const man = suffix && w.endsWith(suffix) ? w.slice(0, -suffix.length) : '';
    const agent = morphology.agentNoun?.suffix;
    return man.length >= MIN_STEM && ((agent !== undefined && man.endsWith(agent)) || inGlossary(man) || lemmatizer.readings(man).some(lexNoun));
  };
  const suffixGender = (lemma: string): Article | undefined =>
    morphology.nounGenderSuffixes?.find(([e]) => (e.exec(lemma)?.index ?? 0) >= MIN_STEM)?.[1];
  /** The person an adjective's stem as written names (der/die Wohnungslose), and the adjective. */
  const personOf = (stem: string): Reading[] => {
    const gender = morphology.nominalisedPerson ? { gender: morphology.nominalisedPerson } : {};
    return [
      { lemma: stem + morphology.inflectedOnlyEnding, upos: 'NOUN', ...gender, source: 'rule' },
      { lemma: stem.toLowerCase(), upos: 'ADJ', source: 'rule' },
    ];
  };
  /**
   * A nominalised adjective the splitter cut before a noun its suffix spells (`Wohnungs|losen`: no compound on das Los;
   * `MorphRules.nounSpellingAdjectiveSuffixes`): the person, cited in the weak form as a dictionary cites it (der/die
   * Wohnungslose), and the adjective for where the word opens a sentence before its noun (`Wohnungslose Familien`).
   */
  const suffixPerson = (w: string, s: CompoundSplit): Reading[] | undefined => {
    const suffix = s.head.lemma.toLowerCase();
    if (!morphology.nounSpellingAdjectiveSuffixes?.has(suffix)) return undefined;
    const end = morphology.adjectiveEndings.find((e) => w.endsWith(suffix + e));
    if (end === undefined) return undefined;
    return personOf(w.slice(0, w.length - end.length));
  };
  /**
   * A capitalised adjective form the lexicon does not list as a noun: the person it names, cited in the weak form as a
   * dictionary cites it (der/die Ungeimpfte), and the adjective for where it opens a sentence before its noun
   * (`Ungeimpfte Besucher`). Such a form is a listed adjective's (`hochbetagt` → Hochbetagte) or a deriving prefix before
   * a listed nominalised adjective (`Un|geimpfte`, `Ungeimpften`: no compound on das Geimpfte, which lost its der/die);
   * only the positive as written plus an ending (`Größere` is no person), and no other compound (`Serienreife` is die
   * Reife's).
   */
  const adjectivePerson = (w: string, split: CompoundSplit | null): Reading[] | undefined => {
    const lower = w.toLowerCase();
    const end = morphology.adjectiveEndings.find((e) => lower.endsWith(e));
    if (end === undefined || lower.length - end.length < MIN_STEM) return undefined;
    const adjective = (form: string) => lemmatizer.readings(form).some((r) => r.upos === 'ADJ' && r.source !== 'guess' && r.lemma === form.slice(0, -end.length));
    // Tagging's split takes no prefix before a noun nobody lists whole; the card's does (`Un|geimpfte`).
    const s = split ?? splitter.splitForCard(w);
    const head = s?.parts[s.parts.length - 1]?.text.toLowerCase();
    // The splitter writes a deriving prefix `un-`.
    const prefixed = !!s && !!head && head.endsWith(end) && s.parts.slice(0, -1).every((p) => p.lemma === `${p.text.toLowerCase()}-`) && adjective(head);
    if (!prefixed && !adjective(lower)) return undefined;
    return personOf(w.slice(0, -end.length));
  };
  const unknownCache = new Map<string, Unknown>();
  const unknown = (w: string): Unknown => {
    const hit = unknownCache.get(w);
    if (hit) return hit;
    let res: Unknown;
    const upper = startsUpper(w);
    // `iPhone`, `6P`, `EuGH`: a capital inside a word the lexicon lacks marks a name or acronym.
    const named = !upper && w !== w.toLowerCase();
    const hyphen = w.lastIndexOf('-');
    const headPart = hyphen > 0 && hyphen < w.length - 1 ? w.slice(hyphen + 1) : '';
    // A listed noun UD tags as a name heads it too, with its gender (`US-Dollar`, `Oster-Montag`: der Dollar, Montag).
    let headReadings = headPart
      ? lemmatizer.readings(headPart).filter((r) => r.upos === 'NOUN' || r.upos === 'ADJ' || (r.upos === 'PROPN' && r.source === 'lex' && r.gender !== undefined))
      : [];
    // A compound after the hyphen (`US-Luftangriffen`) reads as its own split does, rather than as a guess.
    const headSplit = headReadings.every((r) => r.source === 'guess') && startsUpper(headPart) ? splitter.split(headPart) : null;
    if (headSplit) {
      headReadings = [splitReading(headSplit, headPart)];
    }
    // A hyphenated word led by a figure is a compound of its noun head too (`500er-Titel`, `5G-Netz`, `69er-Runde`):
    // figures have no case. Not an adjective after a bare number (`20-jährige`, nominalised `20-Jährige`), read below.
    const numbered = headPart !== '' && /^\p{N}/u.test(w);
    const adjectiveHead = numbered && /^\p{N}+$/u.test(w.slice(0, hyphen))
      ? lemmatizer.readings(headPart.toLowerCase()).find((r) => r.upos === 'ADJ' && r.source !== 'guess') : undefined;
    const figureLed = numbered && !adjectiveHead;
    // A compound's first part before a hyphen that a later compound completes (`Krisen- und Kriegsgebiete`): a common
    // noun (not `Main-`, a name, read as Mai|n).
    const truncated = upper && hyphen === w.length - 1 ? splitter.truncated(w.slice(0, hyphen)) : null;
    const cut = truncated ? splitReading(truncated, w) : undefined;
    if (adjectiveHead && startsUpper(headPart)) {
      // Capitalised, the adjective is nominalised (`ein 18-Jähriger`, `die 33-Jährige`): the noun a dictionary cites in
      // the weak form, a person of either sex (der/die 18-Jährige), whatever a glossary entry of one form says.
      const lemma = capitalise(adjectiveHead.lemma) + morphology.inflectedOnlyEnding;
      const person = morphology.nominalisedPerson ? { gender: morphology.nominalisedPerson } : {};
      res = { readings: [{ lemma: w.slice(0, hyphen + 1) + lemma, upos: 'NOUN', ...person, source: 'rule' }], parts: [
        { text: w.slice(0, hyphen), lemma: w.slice(0, hyphen) },
        { text: headPart, lemma },
      ] };
    } else if (truncated && cut?.upos === 'NOUN') {
      res = truncated.parts.length > 1 ? { readings: [cut], parts: truncated.parts } : { readings: [cut] };
    } else if (headReadings.length && (upper || figureLed || headReadings[0]!.upos === 'ADJ' || (startsUpper(headPart) && headReadings[0]!.upos === 'NOUN'))) {
      // A capitalised noun after the hyphen heads the word whatever leads it: a name or acronym written in lower case
      // (`iOS-Version`, `eBay-Konto`, `pH-Wert`) is its modifier, as `E-Mail-Adresse` and `Nordland-Reise`.
      const h = headReadings[0]!;
      const r: Reading = { ...h, lemma: w.slice(0, hyphen + 1) + h.lemma, source: 'rule' };
      if (h.plural) r.plural = w.slice(0, hyphen + 1) + h.plural;
      res = { readings: [r], parts: [
        { text: w.slice(0, hyphen), lemma: w.slice(0, hyphen) },
        { text: headPart, lemma: h.lemma },
      ] };
    } else {
      const s = upper && w.length >= 6 && w !== w.toUpperCase() && !feminineOfMan(w) ? splitter.split(w) : null;
      const person = (s ? suffixPerson(w, s) : undefined) ?? (upper && !named ? adjectivePerson(w, s) : undefined);
      if (person) {
        res = { readings: person };
      } else if (s) {
        res = { readings: splitReadings(s, w), parts: s.parts };
      } else if (upper && w.length <= 6 && w.endsWith('.')) {
        // Abbreviated nouns and titles (`Dr.`, `St.`, `Nr.`).
        res = { readings: [{ lemma: w, upos: 'NOUN', source: 'guess' }] };
      } else if (upper || named) {
        // Unknown capitalised words are names (`das Nexus`, `die Lufthansa`) unless they end in a
        // known noun or the glossary lists them: then an article before them makes them common
        // nouns (`der Jalousienschrank`, `der Browser`). The noun head first: the lexicon's build
        // records only the glossary's words that this question reaches.
        // A plural or genitive in -s of a word the glossary lists (`Highlights`, `Copyrights`) has that word as its lemma,
        // as has a plural in -n of one in -e (`Parallelen`); not a short name that ends in one (`Hans` is no genitive of
        // the Han), nor a first name spelt like such a plural (`Karsten` is no plural of the Karste). The glossary may
        // list the plural in -n as a headword of its own (`Burschen` beside der Bursche): that is no other word.
        const ending = w.endsWith(morphology.pluralS) ? morphology.pluralS
          : morphology.secondPluralEnding && w.endsWith(morphology.secondPluralEnding + morphology.dativePluralEnding) ? morphology.dativePluralEnding : undefined;
        const stem = ending && upper && !named && w.length >= MIN_STEM + ending.length && (ending !== morphology.pluralS || !inGlossary(w)) &&
          inGlossary(w.slice(0, -ending.length)) && morphology.nameBefore?.(w) !== 'sure' ? w.slice(0, -ending.length) : undefined;
        const r: Reading = { lemma: stem ?? w, upos: 'PROPN', source: 'guess' };
        // Last, a head only the glossary lists after known modifiers (`Wahl|maschinerie`), which the card shows too.
        // A hyphenated word whose last part the glossary lists as a word of its own and no place (`Solar-Switch`).
        const glossedHead = upper && !named && headPart.length >= MIN_STEM && startsUpper(headPart) && !isPlace(headPart) && inGlossary(headPart);
        if (upper && !named && (stem !== undefined || glossedHead || splitter.hasNounHead(w) || inGlossary(w) || splitter.splitForCard(w) !== null)) r.common = true;
        const ph = r.common ? headed(w) : null;
        if (ph) {
          r.compound = { ...splitReading(ph, w), source: 'guess' };
          // Place names end in nouns (`Stephanskirchen`, `Rosenheim`), but in few: a head that ends no two listed places
          // is a common noun's wherever no name stands before it (`mit Solarziegeln`).
          // Its form or its lemma (`Württembergs`: …berg).
          if ([ph.parts[ph.parts.length - 1]!.text, ph.head.lemma].every((h) => places.placesEnding(h.toLowerCase()) < PLACE_ENDING)) r.plainHead = true;
        }
        else if (glossedHead && places.placesEnding(headPart.toLowerCase()) < PLACE_ENDING) r.plainHead = true;
        else if (upper && !named) {
          const agent = agentNoun(w) ?? nominalisedVerb(w);
          if (agent) Object.assign(r, { common: true, compound: agent });
        }
        // A common noun that is no listed noun's compound takes its suffix's gender (`das Problemchen`), none without one.
        const gender = r.common && !r.compound ? suffixGender(r.lemma) : undefined;
        if (gender) r.compound = { lemma: r.lemma, upos: 'NOUN', gender, source: 'guess' };
        res = { readings: [r] };
      } else if (!upper && !named && lemmatizer.readings(w).every((r) => r.upos === 'ADJ') && splitter.splitAdjective(w)) {
        // An adjective compound (`serienreifen` → serienreif), unless a suffix says otherwise (`-weise`: an adverb);
        // splitAdjective is memoised.
        const a = splitter.splitAdjective(w)!;
        res = { readings: [{ lemma: a.lemma, upos: 'ADJ', source: 'rule' }], parts: a.parts };
      } else {
        // Lower-case words the lexicon lacks are mostly adjectives (`super`, `online`, `top`);
        // short ones the glossary lacks too are foreign (`of`, `the`, `y`): UD's X.
        const foreign = w.length <= 3 && /^\p{Ll}+$/u.test(w) && !morphology.separableParticles.has(w) && !inGlossary(w);
        res = { readings: [{ lemma: foreign ? w : lemmatizer.guessedAdjective(w), upos: foreign ? 'X' : 'ADJ', source: 'guess' }] };
        if (morphology.unknownVerb.test(w)) res.readings[0]!.upos = 'VERB';
      }
    }
    if (unknownCache.size > MEMO_LIMIT) unknownCache.clear();
    unknownCache.set(w, res);
    return res;
  };

  // A word's readings out of context, memoised whole: one lookup per word of a sentence instead of the lemmatizer's,
  // the unknown words' and the places' (issue 19), in a table that hashes the word in compiled code (`WordTable`).
  const wordCache = new WordTable<WordReadings>();
  const word = (w: string): WordReadings => {
    const hit = wordCache.get(w);
    if (hit) return hit;
    {
      let rs = lemmatizer.readings(w);
      let p: CompoundPart[] | undefined;
      // Suffix guesses are the last resort: a compound split or a hyphenated head knows more.
      if (!rs.length || rs.every((r) => r.source === 'guess')) {
        const u = unknown(w);
        if (u.readings[0]!.source !== 'guess' || !rs.length) { rs = u.readings; p = u.parts; }
      }
      if (rs.length && startsUpper(w)) {
        const k = rs.findIndex((r) => (r.upos === 'NOUN' && (!r.plural || r.source !== 'lex')) || (r.upos === 'PROPN' && r.source === 'guess'));
        const r = k >= 0 ? rs[k]! : undefined;
        // A listed place by its form or by its reading's lemma (`Nordpolen`, which splits as Nord|pole; `Nordlands`).
        const place = r && r.source !== 'lex' ? [w, r.lemma].find(isPlace) : undefined;
        // `Ostdeutschland`: a compound whose head is a place is one too.
        if (r && (place !== undefined || isPlace(r.lemma) || (p !== undefined && p.length > 1 && isPlace(p[p.length - 1]!.lemma)))) {
          const copy = rs.slice();
          // Not a guess: the lexicon says it is a place (`der Türkei` stays a name after its article). A listed place's
          // split gives its head's gender and plural, no place's (Nord|burg is no `die` Burg): the glossary gives the
          // place's. A compound on a place keeps its head's (das Ost|deutschland).
          copy[k] = place !== undefined ? { ...r, lemma: place, gender: undefined, plural: undefined, upos: 'PROPN', source: 'rule' }
            : { ...r, upos: 'PROPN', source: r.source === 'guess' ? 'rule' : r.source };
          rs = copy;
          p = undefined;
        }
      }
      // Every entry has every field, in one order (`later` and `tagged…` too, unset): the steps after read them for every
      // word, and entries of one shape are read fastest (issue 19).
      const readings = rs.map(uniform);
      const res: WordReadings = {
        readings, parts: p, lower: w.toLowerCase(),
        // A word the lexicon reads as a common noun (`Bürger`, `Hamburger`) names a place's people only after a place the
        // lexicon lists itself: the open-data towns hold small ones (Büren) whose -er form is a common word.
        placeAdjective: startsUpper(w) && morphology.placesOfAdjective(w).some(rs.some(lexNoun) ? places.isPlace : isPlace),
        nameAdjective: startsUpper(w) && rs.every((r) => r.source === 'guess') ? morphology.nameAdjective?.(w) : undefined,
        nominal: rs.some((r) => r.upos === 'NOUN' || r.upos === 'PROPN'),
        common: rs.some((r) => r.upos === 'NOUN' && r.source !== 'guess'),
        traits: readingTraits(readings), later: undefined, tagged: undefined, taggedBy: undefined, chooses: undefined, choosesBy: undefined,
        closed: undefined,
      };
      if (wordCache.size > MEMO_LIMIT) wordCache.clear();
      wordCache.set(w, res);
      return res;
    }
  };

  const placeName = (w: string): boolean => startsUpper(w) && word(w).readings.some((r) => r.upos === 'PROPN' && isPlace(r.lemma));
  // A name's entry: its one reading, the name itself or, in the genitive, its stem (`Brandtners`); memoised apart from
  // the words' own, as another text may use the word otherwise.
  const nameCache = new Map<string, WordReadings>();
  const nameEntry = (w: string, names: ReadonlySet<string>, before: string | undefined): WordReadings => {
    const s = morphology.pluralS;
    const lemma = !mayName(w, names) ? undefined
      : names.has(w) ? w : w.endsWith(s) && names.has(w.slice(0, -s.length)) ? w.slice(0, -s.length) : undefined;
    const own = word(w);
    if (lemma === undefined || (listed(w) && !bareName(before))) return own;
    return readAs(nameCache, own, w, { lemma, upos: 'PROPN', source: 'guess', person: true });
  };
  // A place's adjective before a noun, memoised so, as a name is.
  const adjectiveCache = new Map<string, WordReadings>();
  /**
   * The entry of a word the sentence or the text reads as `r` alone (a place's adjective, a text's name), kept in `cache`
   * by the word: an entry of its own, so that the memos kept in entries (tagging's, step 06's) are a word's read alike.
   */
  const readAs = (cache: Map<string, WordReadings>, own: WordReadings, w: string, r: Reading): WordReadings => {
    let hit = cache.get(w);
    if (!hit) {
      const readings = [uniform(r)];
      hit = { ...own, readings, parts: undefined, placeAdjective: false, nameAdjective: undefined, nominal: r.upos === 'NOUN' || r.upos === 'PROPN',
        common: r.upos === 'NOUN' && r.source !== 'guess', traits: readingTraits(readings), later: undefined,
        tagged: undefined, taggedBy: undefined, chooses: undefined, choosesBy: undefined, closed: undefined };
      if (cache.size > MEMO_LIMIT) cache.clear();
      cache.set(w, hit);
    }
    return hit;
  };
  /**
   * Whether a capitalised word may be one of a text's names or a name's genitive, told by its first letter and its
   * length, which few words share with a name (issue 19): most are never hashed to be looked up in the set. The lengths
   * are kept as bits per first letter (its code's last six bits), once for each set of names.
   */
  let lengthsOf: ReadonlySet<string> | undefined;
  const lengths = new Int32Array(64);
  const lengthBit = (length: number): number => 1 << Math.min(length, 31);
  const mayName = (w: string, names: ReadonlySet<string>): boolean => {
    if (lengthsOf !== names) {
      lengths.fill(0);
      for (const name of names) lengths[name.charCodeAt(0) & 63]! |= lengthBit(name.length) | lengthBit(name.length + morphology.pluralS.length);
      lengthsOf = names;
    }
    return (lengths[w.charCodeAt(0) & 63]! & lengthBit(w.length)) !== 0;
  };
  /** Whether the lexicon or the closed classes know the word. */
  const listed = (w: string): boolean => word(w).readings.some((r) => r.source === 'lex' || r.source === 'closed');
  /**
   * Whether a listed noun that is a surname in the text is the name after `before`: at the start, after punctuation, a
   * verb or a first name or title (`sagte Kraft`, `Kraft sagte`), not after an article, adjective or preposition.
   */
  const bareName = (before: string | undefined): boolean =>
    before === undefined || !/\p{L}/u.test(before) || morphology.nameBefore?.(before) === 'sure' ||
    word(before).readings.every((r) => r.upos === 'VERB' || r.upos === 'AUX');
  // What each word before a capitalised one says of it (`MorphRules.nameBefore`), asked once per word rather than once per
  // text: its role test reads every role ending (issue 19: 1.7 of the names step's 5.7 ms over the 100 dev news). A
  // `WordTable`, as the words come fresh from the tokenizer: a `Map` has the engine hash each outside its compiled code.
  const asked = new WordTable<'sure' | 'likely' | null>();
  const names = (sentences: readonly (readonly string[])[]): ReadonlySet<string> => {
    const out = new Set<string>();
    const nameBefore = morphology.nameBefore;
    if (!nameBefore) return out;
    if (asked.size > MEMO_LIMIT) asked.clear();
    for (const words of sentences) {
      for (let i = 1; i < words.length; i++) {
        const w = words[i]!, prev = words[i - 1]!;
        // First names, titles and roles are capitalised: most words are passed over on two letters, and most pairs of
        // capitalised words on what the first says (its memo), before the set of names found is asked.
        if (!startsUpper(w) || !startsUpper(prev)) continue;
        let evidence = asked.get(prev);
        if (evidence === undefined) asked.set(prev, evidence = nameBefore(prev) ?? null);
        if (!evidence || out.has(w) || w === w.toUpperCase()) continue;
        // A first name spelt like a small word that starts the sentence is that word (`Per Nordlandkabel`, `Allen`).
        const small = prev.toLowerCase();
        if (morphology.closedClass.has(small) || morphology.adverbs.has(small) || placeName(w)) continue;
        // A listed word only after a title or a common first name, and only a common noun (`Ole Kraft`, not `Ole Peter`).
        if (!listed(w) || (evidence === 'sure' && nameBefore(w) === undefined && word(w).readings.some((r) => r.upos === 'NOUN'))) out.add(w);
      }
    }
    return out;
  };

  const sentence = (words: readonly string[], textNames?: ReadonlySet<string>): SentenceReadings => {
    // Arrays of the sentence's length, filled in place: grown by `push`, each was allocated twice or more over a
    // sentence of news (17 slots, then 41), a fifth of the bytes analysis allocates (issue 19).
    const n = words.length;
    const readings: Reading[][] = new Array(n);
    const lower: string[] = new Array(n);
    const entries: WordReadings[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const r = textNames?.size && startsUpper(w) ? nameEntry(w, textNames, words[i - 1]) : word(w);
      readings[i] = r.readings;
      lower[i] = r.lower;
      entries[i] = r;
    }
    // Adjectives of place names before a noun (`Hamburger Hafen`, `Münchner Zeitung`), and of persons' or firms' names
    // before a common noun (`die Merkelsche Politik`; not a diminutive before a name, `das Flüsschen Nordach`): what the
    // words alone decide is in their entries, so most words are passed over on two fields (issue 19). The next word's is
    // its own still.
    for (let i = 0; i + 1 < words.length; i++) {
      const e = entries[i]!;
      const lemma = e.placeAdjective && startsUpper(words[i + 1]!) && entries[i + 1]!.nominal ? words[i]!
        : e.nameAdjective !== undefined && entries[i + 1]!.common ? e.nameAdjective : undefined;
      if (lemma === undefined) continue;
      entries[i] = readAs(adjectiveCache, e, words[i]!, { lemma, upos: 'ADJ', source: 'rule' });
      readings[i] = entries[i]!.readings;
    }
    return { readings, lower, words: entries };
  };

  return { sentence, names, unknown, placeName };
}
