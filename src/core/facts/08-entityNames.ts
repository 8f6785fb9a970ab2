/**
 * The text's own evidence about what a name is (issue 15): a name it writes with a version is a product, no body, and
 * a body's word it writes as part of a name (`Bank-Austria-Ökonom`) is that name's first word, no description of it.
 * Language-neutral: shapes of words and the language's body words, passed in.
 */
import type { Analysis } from '../analysis';
import type { EntityFact } from './types';

/** `SSLv2`, `IPv6`: a name glued to its version. */
const GLUED_VERSION = /^\p{Lu}[\p{L}]*v\d+(?:\.\d+)*$/u;
/** `TLS 1.2`, `Android 6.0.1`: a version after a name; a point before three digits groups thousands (`Wien 2.000`). */
const VERSION = /^\d+\.\d{1,2}(?:\.\d+)*$/u;

/**
 * Names the text writes with a version (`SSLv2`, `TLS 1.2`): software, protocols and standards, which a quiz must not
 * offer as an organisation or a person (a tagger trained on news reads an acronym as a body).
 */
export function versionedNames(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const s of analysis.sentences) {
    s.tokens.forEach((t, i) => {
      const word = t.text.split('-')[0]!;
      if (GLUED_VERSION.test(word)) out.add(word);
      const next = s.tokens[i + 1];
      if (next && /^\p{Lu}/u.test(t.text) && next.start === t.end + 1 && VERSION.test(next.text)) out.add(t.text);
    });
  }
  return out;
}

/**
 * `Bank Austria`: body words the text joins to the name after them by a hyphen (`der Bank-Austria-Ökonom`), as the first
 * word of one name, by the name they open (`Austria` → `Bank`). Elsewhere `der Bank Austria` is then that name whole,
 * where `die Zeitung Nordkurier` stays the paper `Nordkurier`.
 */
export function bodyWordsInNames(analysis: Analysis, bodyWord: (w: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of analysis.sentences) {
    for (const t of s.tokens) {
      const parts = t.text.split('-');
      // The name inside a longer compound, as its modifier's words: `Polizei-Sprecher` joins a body to a role, no name.
      for (let k = 0; k + 2 < parts.length; k++) {
        if (/^\p{Lu}/u.test(parts[k + 1]!) && bodyWord(parts[k]!)) out.set(parts[k + 1]!, parts[k]!);
      }
    }
  }
  return out;
}

/** What `shortOrganisationNames` reads and changes of an entity step's draft. */
interface NamedDraft {
  kind: EntityFact['kind'];
  name: string;
  role: unknown;
}

/**
 * `Hertha` after `Hertha BSC`, `Rapid` after `Rapid Wien`: a name of one word, with no role, that opens exactly one
 * organisation's name of several words in the text is a short mention of that organisation (news shortens clubs and
 * firms to their first word), not a person the tagger took it for. A place (`Dortmund`) is left alone: towns name clubs.
 */
export function shortOrganisationNames(drafts: NamedDraft[], isPlace: (w: string) => boolean): void {
  const full = [...new Set(drafts.filter((d) => d.kind === 'organisation' && d.name.includes(' ')).map((d) => d.name))];
  for (const d of drafts) {
    if (d.role || d.kind === 'place' || d.name.includes(' ') || isPlace(d.name)) continue;
    const opened = full.filter((n) => n.startsWith(`${d.name} `));
    if (opened.length !== 1) continue;
    d.kind = 'organisation';
    d.name = opened[0]!;
  }
}
