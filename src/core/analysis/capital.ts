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

/**
 * `w.toLowerCase()`, without the call for a word that has no capital in ASCII or Latin-1 (most words): the built-in
 * leaves the engine's compiled code for every word, which made lower-casing a tenth of tagging's time (issue 19).
 */
export function lowerCase(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const x = w.charCodeAt(i);
    if ((x >= 65 && x <= 90) || (x >= 0xc0 && x <= 0xde && x !== 0xd7) || x > 0xff) return w.toLowerCase();
  }
  return w;
}
