import { describe, expect, it } from 'vitest';
import { gapPrompt } from '../../../../src/core/quiz/build';

/** The sentence as a span from offset 0, with `target` (its first occurrence) as the gap. */
function prompt(sentence: string, target: string): string {
  const start = sentence.indexOf(target);
  return gapPrompt({ start: 0, end: sentence.length, text: sentence }, { start, end: start + target.length, text: target }, '___');
}

describe('gap prompts', () => {
  it('shows a short sentence whole', () => {
    expect(prompt('Die Brücke in Nordhafen kostete 12 Millionen Euro.', '12')).toBe('Die Brücke in Nordhafen kostete ___ Millionen Euro.');
  });

  it('keeps the clause a relative clause depends on, so its `der` has a referent', () => {
    const sentence = 'Den Festakt eröffnete am Abend der frühere Hafenmeister Tom Berg, der am 1. April in Pension ging, und viele Gäste aus der Stadt und dem Umland waren gekommen.';
    const p = prompt(sentence, 'am 1. April');
    expect(p).toContain('Tom Berg, der ___ in Pension ging');
  });

  it('keeps the opening of a long clause, where its subject stands, when the gap is near it', () => {
    const sentence = 'Seinen ersten Treffer für die Auswahl des Landes hatte der bullige Angreifer im September 2003 im Spiel gegen Südstadt vor großem Publikum im alten Stadion von Nordhafen erzielt.';
    const p = prompt(sentence, 'im September 2003');
    expect(p.startsWith('Seinen ersten Treffer')).toBe(true);
    expect(p).toContain('___');
  });

  it('cuts no hyphenated coordination (`für den Hin- …` was judged unclear)', () => {
    const sentence = 'Der billigste Tarif solle immer zehn Euro unter den bisher niedrigsten Angeboten liegen und ab 39 Euro für den Hin- und Rückweg erhältlich sein, sagte Ole Brandt.';
    const p = prompt(sentence, '39');
    expect(p).toContain('___');
    expect(p).not.toMatch(/-\s…$/u);
    expect(p).toContain('Hin- und Rückweg');
  });

  it('starts no cut prompt inside a bracket', () => {
    const sentence = 'Die meisten Tore der langen Saison im Norden schossen Mara Lind (neun) sowie Tom Berg (Platz sieben) für die am Ende dann beim Punktemaximum von 21 Zählern stehenden Gastgeber aus dem Norden des Landes.';
    const p = prompt(sentence, '21');
    expect(p).toContain('___');
    // No closing bracket before an opening one: the prompt does not begin mid-parenthesis.
    const close = p.indexOf(')');
    expect(close < 0 || (p.indexOf('(') >= 0 && p.indexOf('(') < close)).toBe(true);
  });

  it('keeps a bracket closed within one word (`(72:83)`), and never cuts a prompt too short to understand', () => {
    const sentence = 'Trotz eines elf Punkte-Rückstands (72:83) knapp drei Minuten vor Spielende drehten die Gastgeber aus Nordhafen bis zur Schluss-Sirene noch zum 87:87 auf und gewannen das Spiel in der Verlängerung.';
    const p = prompt(sentence, 'elf');
    expect(p).toContain('Trotz eines ___ Punkte-Rückstands (72:83) knapp drei Minuten vor Spielende');
  });
});
