/**
 * Events: the same actor and verb with the same object or place is one event (`reist nach Bremen`, `reist nach
 * Kiel` are two trips). Reports that date it agree when they give it the same time; reports that only tell it
 * agree that it happened.
 */
import type { Alignment, ArticleFacts, EventFact } from '../types';
import { mention, nameKey, verdictOf } from './common';

/** A noun phrase by its last word (`ein neues Abkommen` → `abkommen`), a place by its name. */
const headKey = (phrase: string | undefined): string | null => phrase?.split(/\s+/).pop()?.toLowerCase() ?? null;
/** When an event happened: the resolved date where both texts give one, else the words (`mittwoch`). */
const whenKey = (e: EventFact): string | null => e.whenIso ?? (e.when ? e.when.text.toLowerCase().split(/\s+/).pop()! : null);

/** The event without its time, in the text's word order (`Ott ist in Bremen eingetroffen`). */
function eventWords(f: EventFact): string {
  const [finite, tail] = f.did.split(' … ');
  return [f.who.text, finite, f.what?.text ?? f.where?.text, tail].filter(Boolean).join(' ');
}

export function alignEvents(arts: ArticleFacts[]): Alignment[] {
  const byKey = new Map<string, { a: ArticleFacts; f: EventFact }[]>();
  for (const a of arts) {
    for (const f of a.facts) {
      if (f.kind !== 'event') continue;
      for (const thing of [headKey(f.what?.text), headKey(f.where?.text)]) {
        if (!thing) continue;
        const key = `${nameKey(f.actor)}|${f.verb}|${thing}`;
        const list = byKey.get(key) ?? [];
        if (!list.some((x) => x.a === a)) list.push({ a, f });
        byKey.set(key, list);
      }
    }
  }
  const out: Alignment[] = [];
  const seen = new Set<string>();
  for (const list of byKey.values()) {
    const id = list.map((x) => x.f.id).join(',');
    if (list.length < 2 || seen.has(id)) continue;
    seen.add(id);
    const dated = list.filter((x) => whenKey(x.f));
    const topic = eventWords(list[0]!.f);
    if (dated.length >= 2) {
      const verdict = verdictOf(dated.map((x) => whenKey(x.f)!));
      out.push({ kind: 'event', topic, agree: verdict !== 'disagree', verdict, mentions: dated.map((x) => mention(x.a, x.f.id, x.f.when!.text, x.f.evidence, whenKey(x.f)!)) });
    } else out.push({ kind: 'event', topic, agree: true, verdict: 'agree', mentions: list.map((x) => mention(x.a, x.f.id, eventWords(x.f), x.f.evidence)) });
  }
  return out;
}
