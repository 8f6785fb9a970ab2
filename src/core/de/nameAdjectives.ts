/**
 * Adjectives German makes from a person's or a firm's name with -sch (`die Merkelsche Politik`, `vom Googleschen
 * Tempo`), written with the name's capital when they mean the name's own, not a kind (`die kantische Ethik`): the
 * analysis reads one before its noun as an adjective, the glossary card says whose (issue 14).
 */
const NAME_ADJECTIVE = /^(\p{Lu}\p{L}{2,}?)sch(e[mnrs]?)?$/u;
/** Not an adjective in -isch (`Kalifornische`, `Sonderpädagogischem`) nor a patronymic in -itsch (`Jurjewitsch`). */
const NOT_A_NAME = /it?$/u;

/** The name a capitalised word in -sch may be the adjective of, and the adjective's uninflected form (`Merkelsch`). */
export function nameOfAdjective(word: string): { name: string; lemma: string; inflected: boolean } | undefined {
  const m = NAME_ADJECTIVE.exec(word);
  const name = m?.[1];
  if (!m || !name || NOT_A_NAME.test(name)) return undefined;
  return { name, lemma: word.slice(0, word.length - (m[2]?.length ?? 0)), inflected: m[2] !== undefined };
}
