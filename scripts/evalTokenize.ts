/**
 * Tokenizer and sentence splitter against UD German GSD dev (CC BY-SA 4.0), issue 4.
 * GSD gives one `# text =` line per sentence and no `# newdoc` markers, so consecutive
 * sentences are joined with a space per document (the whole file when there are none)
 * and our split of that stream is compared with the gold boundaries. Tokens are compared
 * as character spans; a multiword token (`zum` = `zu dem`) counts as its one surface token.
 * GSD splits hyphenated compounds (`SPD - Parteitag`) and `Schuchmann 's`, which issue 4 wants
 * whole, so `tokenF1` is against gold with those joined; `tokenF1RawGsd` is against GSD as is.
 * `npx tsx scripts/evalTokenize.ts` prints the figures; `npm run eval` imports `evalTokenizer`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultLanguage, tokenize } from '../src/core';

const GSD_DEV = fileURLToPath(new URL('../../shared/eval/ud/de_gsd-ud-dev.conllu', import.meta.url));

interface GoldDoc {
  text: string;
  /** Sentence ends (exclusive offsets), the document's last one included. */
  ends: number[];
  tokens: string[]; // `start:end`
  joined: string[]; // the same, hyphen compounds and `'s` joined to their word
  misaligned: number;
}

function parseConllu(src: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc | undefined;
  let sentText = '';
  let base = 0;
  let cursor = 0;
  let skipUntil = 0;
  for (const line of src.split('\n')) {
    if (line.startsWith('# newdoc') || !doc) {
      if (!doc || doc.text) docs.push((doc = { text: '', ends: [], tokens: [], joined: [], misaligned: 0 }));
      if (line.startsWith('# newdoc')) continue;
    }
    if (line.startsWith('# text = ')) {
      sentText = line.slice('# text = '.length);
      if (doc.text) doc.text += ' ';
      base = doc.text.length;
      doc.text += sentText;
      doc.ends.push(doc.text.length);
      cursor = 0;
      skipUntil = 0;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10 || line.startsWith('#')) continue;
    const id = cols[0]!;
    if (id.includes('.')) continue; // empty nodes have no surface
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (!range && Number(id) <= skipUntil) continue;
    if (range) skipUntil = Number(range[2]);
    const form = cols[1]!;
    while (cursor < sentText.length && /\s/.test(sentText[cursor]!)) cursor++;
    const at = sentText.startsWith(form, cursor) ? cursor : sentText.indexOf(form, cursor);
    if (at !== cursor) {
      doc.misaligned++;
      if (at < 0) continue;
    }
    doc.tokens.push(`${base + at}:${base + at + form.length}`);
    join(doc, base + at, base + at + form.length);
    cursor = at + form.length;
  }
  return docs.filter((d) => d.text);
}

const WORDISH = /^[\p{L}\p{N}]/u;

/** Extend the last joined span when `-`, `'s` or a compound's next part is glued to it. */
function join(doc: GoldDoc, start: number, end: number): void {
  const last = doc.joined[doc.joined.length - 1];
  const [ls, le] = last ? last.split(':').map(Number) as [number, number] : [-1, -1];
  const prevText = doc.text.slice(ls, le);
  const form = doc.text.slice(start, end);
  const glued = le === start && WORDISH.test(prevText);
  const joins = form === '-' || /^['’]s$/.test(form) || (prevText.endsWith('-') && WORDISH.test(form));
  if (glued && joins) doc.joined[doc.joined.length - 1] = `${ls}:${end}`;
  else doc.joined.push(`${start}:${end}`);
}

function f1(gold: Set<string>, found: Set<string>): { p: number; r: number; f: number } {
  let hit = 0;
  for (const x of found) if (gold.has(x)) hit++;
  const p = found.size ? hit / found.size : 1;
  const r = gold.size ? hit / gold.size : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export async function evalTokenizer(): Promise<Record<string, number>> {
  const docs = parseConllu(await readFile(GSD_DEV, 'utf8'));
  const goldTok = new Set<string>();
  const goldJoined = new Set<string>();
  const ourTok = new Set<string>();
  const goldEnd = new Set<string>();
  const ourEnd = new Set<string>();
  let chars = 0;
  let ms = 0;
  let misaligned = 0;
  docs.forEach((doc, d) => {
    const t0 = performance.now();
    const sentences = tokenize(doc.text, defaultLanguage.tokenizer);
    ms += performance.now() - t0;
    chars += doc.text.length;
    misaligned += doc.misaligned;
    for (const t of doc.tokens) goldTok.add(`${d}:${t}`);
    for (const t of doc.joined) goldJoined.add(`${d}:${t}`);
    for (const s of sentences) for (const t of s.tokens) ourTok.add(`${d}:${t.start}:${t.end}`);
    // The document's last end is free for any splitter, so it is not counted.
    for (const e of doc.ends.slice(0, -1)) goldEnd.add(`${d}:${e}`);
    for (const s of sentences.slice(0, -1)) ourEnd.add(`${d}:${s.end}`);
  });
  const tok = f1(goldJoined, ourTok);
  const raw = f1(goldTok, ourTok);
  const sent = f1(goldEnd, ourEnd);
  const pct = (x: number): number => Math.round(x * 10000) / 100;
  return {
    tokenF1: pct(tok.f),
    tokenPrecision: pct(tok.p),
    tokenRecall: pct(tok.r),
    tokenF1RawGsd: pct(raw.f),
    sentenceBoundaryF1: pct(sent.f),
    sentenceBoundaryPrecision: pct(sent.p),
    sentenceBoundaryRecall: pct(sent.r),
    goldSentences: goldEnd.size + docs.length,
    goldTokensMisaligned: misaligned,
    charsPerSecond: Math.round(chars / (ms / 1000)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await evalTokenizer(), null, 2));
}
