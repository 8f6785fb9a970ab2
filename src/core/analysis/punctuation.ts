/**
 * Tests of a token against a punctuation pattern, for the steps that ask one of every token they pass (tagging, step 05).
 * The pattern stays the one statement of the class: a one-character token's answer (most punctuation) is kept per
 * character after its first test, and a longer token is tested only where its first character may open a match, which
 * spares most words the regex (issue 19).
 */
export function punctuationTest(pattern: RegExp, mayOpen: (code: number) => boolean): (token: string) => boolean {
  const oneChar = new Map<number, boolean>();
  return (token) => {
    const code = token.charCodeAt(0);
    if (!mayOpen(code)) return false;
    if (token.length !== 1) return pattern.test(token);
    let hit = oneChar.get(code);
    if (hit === undefined) oneChar.set(code, (hit = pattern.test(token)));
    return hit;
  };
}
