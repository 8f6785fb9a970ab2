/**
 * English for a German noun compound the glossary lacks, from its two parts' senses (issue 14): English writes most noun
 * compounds as modifier + head too (`Schul|typ` → school type, `Zukunfts|weg` → future path). Which patterns are worth
 * showing was measured on compounds the glossary lists, composed from their parts as if it lacked them
 * (`scripts/evalComposition.ts`). */
import type { ComposablePart } from '../lookup';

/** A sense as the plain words English would put in a compound: no notes, marks or object slots (`tip (of sth.)` → tip). */
function plainWords(sense: string): string | undefined {
  const plain = sense
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\s\/[^/]+\//gu, ' ')
    .replace(/\b(?:sb|sth)\.(?:\/(?:sb|sth)\.)?/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // One or two words of letters (a hyphen inside): longer wordings are phrases, not words to join.
  return /^[\p{L}][\p{L}'-]*(?: [\p{L}][\p{L}'-]*)?$/u.test(plain) ? plain : undefined;
}

/** A sense as English puts it in a noun compound: its plain words, not a verb's (`to …`). */
function compoundWord(sense: string): string | undefined {
  const words = plainWords(sense);
  return words && !words.startsWith('to ') ? words : undefined;
}

/**
 * The modifier's word as English puts it before a head: the glossary's sense of the word at the start of compounds where
 * it gives one (`Haupt…`: main), else a noun's or an adjective's first sense as it stands (school, big). Not a verb's
 * gerund (`Wohn|zimmer`: living room, but `Lauf|zeit`: running time against term), nor a name: measured on the
 * glossary's compounds, they made its wording too seldom (13 % and 2 of 7).
 */
function modifierWord(part: ComposablePart): string | undefined {
  const first = part.senses[0];
  if (first === undefined || !(part.modifier !== undefined || part.pos === 'NOUN' || part.pos === 'ADJ')) return undefined;
  // An abbreviation (`UNO-`, `EU-`) is a name English writes by letters of its own (UN), which no sense gives.
  if (/^\p{Lu}{2,}$/u.test(part.text)) return undefined;
  return compoundWord(first);
}

/**
 * A noun compound's English: the modifier's word before the head's first sense (`Schule` + `Typ` → school type), or that
 * sense alone where it holds the modifier's word already (a head's sense in compounds, `…wagen`: shopping cart after
 * Einkauf: shopping). Measured on 2,538 of the glossary's compounds, hidden from it: the first sense so composed is one
 * of the glossary's own for the word in 32 %, where the head's sense alone is in 2 %; a second one of the head's senses
 * so composed is right in 5 % of the compounds it is made for, so it is not (scripts/evalComposition.ts). Not an
 * adjective compound (`hoch|professionell`: highly professional, `nieder|schlesisch`: Lower Silesian), which English
 * writes in too many ways: 3 of 23 adjective + adjective compounds, 22 of 220 noun + adjective ones.
 */
function compose(modifier: ComposablePart, head: ComposablePart): string[] {
  if (head.pos !== 'NOUN') return [];
  const word = modifierWord(modifier);
  const sense = head.senses[0] === undefined ? undefined : compoundWord(head.senses[0]);
  if (!word || !sense) return [];
  return [` ${sense} `.includes(` ${word} `) ? sense : `${word} ${sense}`];
}

/** A compound's senses in a translation language from its parts', where it writes compounds so; by translation language. */
export const composedSenses: Readonly<Record<string, (modifier: ComposablePart, head: ComposablePart) => string[]>> = {
  en: compose,
};

/** A sense as the words a compound's English puts it in, by translation language. */
export const compoundWords: Readonly<Record<string, (sense: string) => string | undefined>> = {
  en: compoundWord,
};
