/**
 * Facts found in one article and across articles (issue 6). Every fact keeps the UTF-16
 * span of its wording and of the sentence that states it, so a question can point back to it.
 */

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type QuoteType = 'direct' | 'indirect';

export interface Quote {
  type: QuoteType;
  quote: TextSpan;
  /** The speaker as the sentence names it (`er`, `der Sprecher`, `Angaben der Polizei`). */
  speaker: TextSpan | null;
  cue: TextSpan | null;
  /** The named person or organisation the speaker resolves to, where the text makes it clear. */
  speakerName: string | null;
  /** Index of the sentence where the quote starts. */
  sentence: number;
}

interface FactBase {
  /** Stable within an article: kind + offsets. */
  id: string;
  /** The wording of the fact itself. */
  span: TextSpan;
  /** The sentence that states the fact: the evidence a question points to. */
  evidence: TextSpan;
  sentence: number;
}

export interface NumberFact extends FactBase {
  kind: 'number';
  /** Numeric value where the text gives one (`11.000` → 11000, `zwei` → 2, `Dutzende` → null). */
  value: number | null;
  /** Upper bound of a range (`20 bis 30`). */
  valueTo: number | null;
  /** The number as written, without qualifier and counted thing (`11.000`, `zwei`, `20 bis 30`). */
  numberText: string;
  /** `mehr als`, `rund`, `fast`, … */
  qualifier: string | null;
  /** What is counted, as written (`Container mit Munition`, `Prozent`, `Euro`). */
  counted: string | null;
  /** Head noun of the counted thing, normalised for alignment (`container`). */
  countedKey: string | null;
  unit: 'count' | 'percent' | 'money' | 'year' | 'measure';
}

export interface DateFact extends FactBase {
  kind: 'date';
  relative: boolean;
  /** ISO date as precise as known (`2024-06-18`, `2024-06`, `2023`), resolved against the article date. */
  iso: string | null;
}

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityFact extends FactBase {
  kind: EntityKind;
  /** Full name (`Greta Lindholm`). */
  name: string;
  /** Role from an apposition or title, as written (`Außenminister`, `der außenpolitische Berater des Präsidenten`). */
  role: TextSpan | null;
  /** Later mentions linked to this entity (`Lindholm`, `die Rathaus-Chefin`). */
  mentions: TextSpan[];
}

export interface QuoteFact extends FactBase {
  kind: 'quote';
  quote: Quote;
}

export interface EventFact extends FactBase {
  kind: 'event';
  /** Subject noun phrase (`Die schwedische Ministerin Greta Lindholm`). */
  who: TextSpan;
  /** The person or organisation the subject names, by full name (`Anna Berg`). */
  actor: string;
  /** Finite verb as written, with its particle or participle joined (`ist … eingetroffen`). */
  did: string;
  /** The verb's dictionary form (`eintreffen`): with `actor`, what makes two reports speak of the same event. */
  verb: string;
  /** The object: the first noun phrase after the verb that no preposition governs (`ein Abkommen`). */
  what: TextSpan | null;
  when: TextSpan | null;
  /** The date of `when`, resolved against the article's date where it can be. */
  whenIso: string | null;
  where: TextSpan | null;
}

export type Fact = NumberFact | DateFact | EntityFact | QuoteFact | EventFact;

export interface ArticleInput {
  /** Name of the article (a path in the CLI); evidence points back to it. */
  id: string;
  text: string;
  /** ISO date (`2024-06-18`, `2024-06`) from the article's metadata, if known. */
  date?: string | null;
  outlet?: string | null;
  title?: string | null;
}

export interface ArticleFacts {
  article: string;
  date: string | null;
  outlet: string | null;
  facts: Fact[];
  /** The text's content words by lemma (nouns, verbs, names), for telling whether two reports tell one event. */
  keywords?: string[];
}

export type AlignmentKind = 'number' | 'role' | 'date' | 'event' | 'quote';

/** Across outlets: the same value, a different one, or the same thing in other words (`Staatschef` / `Machthaber`). */
export type Verdict = 'agree' | 'disagree' | 'wording';

export interface AlignedMention {
  article: string;
  outlet: string | null;
  factId: string;
  /** The outlet's wording (`mehr als 11.000 Container`). */
  wording: string;
  /** What the verdict compares, where it compares values (`11000-null`, `2024-06-18`): two wordings of one value share it. */
  value?: string;
  evidence: TextSpan;
}

export interface Alignment {
  kind: AlignmentKind;
  /** What the facts speak of (`Container`, `Greta Lindholm`). */
  topic: string;
  /** False only for a disagreement: wording-only differences agree on the fact. */
  agree: boolean;
  verdict: Verdict;
  mentions: AlignedMention[];
}

export interface StoryGroup {
  articles: string[];
  /** Names shared by the group's articles. */
  keyNames: string[];
  alignments: Alignment[];
}

export interface FactsResult {
  articles: ArticleFacts[];
  stories: StoryGroup[];
}
