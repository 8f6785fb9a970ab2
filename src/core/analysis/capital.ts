/**
 * The core's one capital-letter test. ASCII and Latin-1 are decided without allocating (it runs
 * several times per word); beyond them a letter is a capital when it has a lower-case form and
 * is its own upper case (`Ä`, `Ł`, `Ж`, not the title-case `ǅ`).
 */
export function startsUpper(w: string): boolean {
  const x = w.charCodeAt(0);
  if (x >= 65 && x <= 90) return true;
  if (x < 0xc0) return false;
  if (x <= 0xde) return x !== 0xd7;
  if (x <= 0xff) return false;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
