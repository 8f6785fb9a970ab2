import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../../../../src/core/quiz/kinds/whoSaid';
import { ask, line } from './helpers';

/** A report whose bodies act, none of them quoted: the options of a body's who-said question. */
const BODIES = 'In einer Lagerhalle in Nordhafen ist am Montag ein Feuer ausgebrochen. Die Feuerwehr war mit vierzig Kräften im Einsatz. Die Staatsanwaltschaft prüft den Fall. Der Stadtrat sperrte die Straße.';
const POLICE = 'Das Feuer sei in einem Büro im ersten Stock ausgebrochen, teilte die Polizei am Abend mit.';

describe('who-said of what a body said', () => {
  it('asks who said it, the body by its common noun, the text\'s other bodies as options', async () => {
    const [q, ...more] = await ask(whoSaid, `${BODIES} ${POLICE}`);
    expect(more).toEqual([]);
    expect(q!.prompt).toBe('Wer sagte laut dem Text, das Feuer sei in einem Büro im ersten Stock ausgebrochen?');
    expect(q!.answer).toBe('die Polizei');
    expect([...q!.options!].sort()).toEqual(['der Stadtrat', 'die Feuerwehr', 'die Polizei', 'die Staatsanwaltschaft']);
    expect(q!.evidence.map((e) => e.text)).toEqual([POLICE]);
  });

  it('asks nothing where the text names fewer than two other bodies', async () => {
    const text = 'In einer Lagerhalle in Nordhafen ist am Montag ein Feuer ausgebrochen. Die Feuerwehr war mit vierzig Kräften im Einsatz.';
    expect(await ask(whoSaid, `${text} ${POLICE}`)).toEqual([]);
  });

  it('asks nothing of bodies in the plural (some of them), of a word for any body, or of the press (it reports what others say)', async () => {
    for (const speaker of ['teilten die Behörden am Abend mit', 'teilte der Konzern am Abend mit', 'berichtete die Zeitung am Abend']) {
      const questions = await ask(whoSaid, `${BODIES} Das Feuer sei in einem Büro im ersten Stock ausgebrochen, ${speaker}.`);
      expect(questions.map(line), speaker).toEqual([]);
    }
  });

  it('offers no newspaper or news agency beside the body', async () => {
    const text = 'In Nordhafen ist am Montag ein Feuer ausgebrochen. Die Feuerwehr war im Einsatz. Die Staatsanwaltschaft prüft den Fall. Die Zeitung druckte ein Foto. Die Nachrichtenagentur meldete den Brand.';
    const [q] = await ask(whoSaid, `${text} ${POLICE}`);
    expect([...q!.options!].sort()).toEqual(['die Feuerwehr', 'die Polizei', 'die Staatsanwaltschaft']);
  });

  it('offers a body only in a form the text bears out: after an article of the gender the lexicon gives it', async () => {
    // The lexicon gives `Gesundheitsamt` as masculine; the text writes `Das Gesundheitsamt`: no `der Gesundheitsamt`.
    const text = 'In Nordhafen ist am Montag ein Feuer ausgebrochen. Die Feuerwehr war im Einsatz. Die Staatsanwaltschaft prüft den Fall. Das Gesundheitsamt prüfte die Luft.';
    const [q] = await ask(whoSaid, `${text} ${POLICE}`);
    expect(q!.options).not.toContain('der Gesundheitsamt');
  });

  it('asks nothing where the reported words\' pronoun tells a gender (`sie habe`: a feminine noun\'s)', async () => {
    const text = `${BODIES} Sie habe den Brand um Mitternacht unter Kontrolle gebracht, teilte die Polizei am Abend mit.`;
    expect(await ask(whoSaid, text)).toEqual([]);
  });

  it('asks nothing where a spokesperson speaks (who said it: the body, or the one they speak for?)', async () => {
    const text = `${BODIES} Das Feuer sei in einem Büro im ersten Stock ausgebrochen, teilte die Polizei am Abend durch einen Sprecher mit.`;
    expect(await ask(whoSaid, text)).toEqual([]);
  });
});
