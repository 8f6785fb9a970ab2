import { describe, expect, it } from 'vitest';
import { tokenize, type RawSentence } from '../../../../src/core/analysis/01-tokenize';
import { germanTokenizerRules } from '../../../../src/core/de/abbreviations';

/** `[Er] [sagte] [.] ¶ [Dann] …`: tokens in brackets, sentence ends as ¶. */
function render(text: string): string {
  return tokenize(text, germanTokenizerRules)
    .map((s) => s.tokens.map((t) => `[${t.text}]`).join(' '))
    .join(' ¶ ');
}

function kinds(text: string): string {
  return tokenize(text, germanTokenizerRules)
    .flatMap((s) => s.tokens.map((t) => `${t.text}:${t.kind}`))
    .join(' ');
}

function expectOffsetsHold(text: string, sentences: RawSentence[]): void {
  let previousEnd = 0;
  for (const s of sentences) {
    expect(s.start).toBe(s.tokens[0]!.start);
    expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
    for (const t of s.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(previousEnd);
      expect(t.end).toBeGreaterThan(t.start);
      previousEnd = t.end;
    }
  }
}

describe('tokenize', () => {
  it.each([
    // quotes, every German style; a sentence ending inside a quote keeps the closing mark
    ['Er sagte: „Wir kommen.“ Dann ging er.', '[Er] [sagte] [:] [„] [Wir] [kommen] [.] [“] ¶ [Dann] [ging] [er] [.]'],
    ['Er sagte: "Wir kommen." Dann ging er.', '[Er] [sagte] [:] ["] [Wir] [kommen] [.] ["] ¶ [Dann] [ging] [er] [.]'],
    ['Sie rief: “Halt!” Alle blieben.', '[Sie] [rief] [:] [“] [Halt] [!] [”] ¶ [Alle] [blieben] [.]'],
    ['»Gut«, sagte er. «Gut», sagte sie.', '[»] [Gut] [«] [,] [sagte] [er] [.] ¶ [«] [Gut] [»] [,] [sagte] [sie] [.]'],
    ['Das ‚Wort‘ und \'das\' hier.', "[Das] [‚] [Wort] [‘] [und] ['] [das] ['] [hier] [.]"],
    ["``Wir kommen'', sagte er.", "[``] [Wir] [kommen] [''] [,] [sagte] [er] [.]"],
    ['„Kommst du?“, fragte sie. „Ja!“ Er lachte.', '[„] [Kommst] [du] [?] [“] [,] [fragte] [sie] [.] ¶ [„] [Ja] [!] [“] ¶ [Er] [lachte] [.]'],
    ['„Was?“ fragte er.', '[„] [Was] [?] [“] [fragte] [er] [.]'],
    // abbreviations never end a sentence, except usw./etc. before a capital
    ['Das gilt z. B. für Dr. Weber u. a. in der Nr. 5.', '[Das] [gilt] [z.] [B.] [für] [Dr.] [Weber] [u.] [a.] [in] [der] [Nr.] [5] [.]'],
    ['Prof. Kern kam bzw. ging, d. h. v. a. abends.', '[Prof.] [Kern] [kam] [bzw.] [ging] [,] [d.] [h.] [v.] [a.] [abends] [.]'],
    ['Es kostet ca. 3 Mio. bzw. 1 Mrd. Euro.', '[Es] [kostet] [ca.] [3] [Mio.] [bzw.] [1] [Mrd.] [Euro] [.]'],
    ['Er wohnt in St. Gallen.', '[Er] [wohnt] [in] [St.] [Gallen] [.]'],
    ['Äpfel, Birnen usw. Danach kam Brot.', '[Äpfel] [,] [Birnen] [usw.] ¶ [Danach] [kam] [Brot] [.]'],
    ['Wir kaufen Brot, Käse etc.', '[Wir] [kaufen] [Brot] [,] [Käse] [etc.]'],
    ['Josh S. Smith sprach. Z.B. so.', '[Josh] [S.] [Smith] [sprach] [.] ¶ [Z.B.] [so] [.]'],
    // ordinals and dates vs sentence ends
    ['Am 18. Juni und am 9. Juni kam er.', '[Am] [18.] [Juni] [und] [am] [9.] [Juni] [kam] [er] [.]'],
    ['Im Jahr 2024. Dann kam 2025.', '[Im] [Jahr] [2024] [.] ¶ [Dann] [kam] [2025] [.]'],
    ['Er wurde 3. Die anderen nicht.', '[Er] [wurde] [3] [.] ¶ [Die] [anderen] [nicht] [.]'],
    ['Zum 3. Mal im 20. Jahrhundert, der 2. Weltkrieg.', '[Zum] [3.] [Mal] [im] [20.] [Jahrhundert] [,] [der] [2.] [Weltkrieg] [.]'],
    ['Am 3. großen Tag kam er.', '[Am] [3.] [großen] [Tag] [kam] [er] [.]'],
    ['Stand: 18.06.2024 21:44 Uhr', '[Stand] [:] [18.06.2024] [21:44] [Uhr]'],
    ['Bis 28.06. bleibt es so.', '[Bis] [28.06.] [bleibt] [es] [so] [.]'],
    ['Die Zeit dauert vom 2. Juli bis 13. August.', '[Die] [Zeit] [dauert] [vom] [2.] [Juli] [bis] [13.] [August] [.]'],
    ['1. Erstens gilt das. 2. Zweitens nicht.', '[1.] [Erstens] [gilt] [das] [.] ¶ [2.] [Zweitens] [nicht] [.]'],
    // numbers, units, currency
    ['11.000 Menschen, 3,5 Prozent, 20 bis 30 Tage, 1,2 Millionen.', '[11.000] [Menschen] [,] [3,5] [Prozent] [,] [20] [bis] [30] [Tage] [,] [1,2] [Millionen] [.]'],
    ['50% oder 50 % und 5 € bzw. €5.', '[50] [%] [oder] [50] [%] [und] [5] [€] [bzw.] [€] [5] [.]'],
    ['Die 38-Jährige sah 1990er-Jahre und 250g.', '[Die] [38-Jährige] [sah] [1990er-Jahre] [und] [250g] [.]'],
    // compounds and apostrophes
    ['Der Kim-Il-Sung-Platz und die Ukraine-Krieg-Folgen.', '[Der] [Kim-Il-Sung-Platz] [und] [die] [Ukraine-Krieg-Folgen] [.]'],
    ['Das 38 North-Programm mit Handels- und Sicherheitssystemen.', '[Das] [38] [North-Programm] [mit] [Handels-] [und] [Sicherheitssystemen] [.]'],
    ["Putin's Plan? So geht's, wie geht 's?", "[Putin's] [Plan] [?] ¶ [So] [geht's] [,] [wie] [geht] ['s] [?]"],
    // letters beyond Latin-1, other hyphens and the soft hyphen inside words; a hyphen before a slash or the end stays
    ['Die Łódź-Straße, das Café’s und die Ost‐West-Achse.', '[Die] [Łódź-Straße] [,] [das] [Café’s] [und] [die] [Ost‐West-Achse] [.]'],
    ['Ein-/Ausgang und Rück- sowie Vorwärts-', '[Ein-] [/] [Ausgang] [und] [Rück-] [sowie] [Vorwärts-]'],
    ['Die Über\u00ADsetzung kam 3x² zu spät', '[Die] [Über\u00ADsetzung] [kam] [3x²] [zu] [spät]'],
    // urls and e-mail
    ['Siehe https://example.org/a?b=1. Oder www.beispiel.de!', '[Siehe] [https://example.org/a?b=1] [.] ¶ [Oder] [www.beispiel.de] [!]'],
    ['Mail an max.muster@example.de oder beispiel.de.', '[Mail] [an] [max.muster@example.de] [oder] [beispiel.de] [.]'],
    // headings and line breaks
    ['Überschrift ohne Punkt\n\nDer Text beginnt.', '[Überschrift] [ohne] [Punkt] ¶ [Der] [Text] [beginnt] [.]'],
    ['Kurze Zeile\nNeuer Absatz.', '[Kurze] [Zeile] ¶ [Neuer] [Absatz] [.]'],
    ['Der Satz geht\nweiter über die Zeile.', '[Der] [Satz] [geht] [weiter] [über] [die] [Zeile] [.]'],
    ['Er kam am 18.\nJuni und sagte,\nDr.\nWeber sei da.', '[Er] [kam] [am] [18.] [Juni] [und] [sagte] [,] [Dr.] [Weber] [sei] [da] [.]'],
    ['Ende\r\n\r\nNeu', '[Ende] ¶ [Neu]'],
    // ellipses, dashes, parentheses, emoticons
    ['Er wartete... Dann kam sie … und ging.', '[Er] [wartete] [...] ¶ [Dann] [kam] [sie] […] [und] [ging] [.]'],
    ['Er kam – wie immer – zu spät (sehr spät). (Wirklich.) Ja?!', '[Er] [kam] [–] [wie] [immer] [–] [zu] [spät] [(] [sehr] [spät] [)] [.] ¶ [(] [Wirklich] [.] [)] ¶ [Ja] [?] [!]'],
    ['Super :-) Echt.', '[Super] [:-)] [Echt] [.]'],
    ['Er ging. -Wie bitte?', '[Er] [ging] [.] ¶ [-] [Wie] [bitte] [?]'],
  ])('tokenizes and splits %j', (text, expected) => {
    expect(render(text)).toBe(expected);
  });

  it.each([
    ['Am 18. Juni', 'Am:word 18.:ordinal Juni:word'],
    ['„3,5 %“ €', '„:quote 3,5:number %:symbol “:quote €:symbol'],
    ['www.example.de a@b.de', 'www.example.de:url a@b.de:url'],
    // A link in capitals is one too; words that open like a link's scheme or www stay words.
    ['HTTPS://Example.org/x WWW.Beispiel.de Http Wwwas hat wie', 'HTTPS://Example.org/x:url WWW.Beispiel.de:url Http:word Wwwas:word hat:word wie:word'],
    ['(ja)!', '(:punct ja:word ):punct !:punct'],
  ])('gives %j the kinds %j', (text, expected) => {
    expect(kinds(text)).toBe(expected);
  });

  it('keeps offsets into the original text, astral characters included', () => {
    const text = '😀 Grüße aus 𝔅erlin!\u00A0„Gut“ 👍🏽 – am 18.06. 🇩🇪 Ende.';
    const sentences = tokenize(text, germanTokenizerRules);
    expectOffsetsHold(text, sentences);
    const words = sentences.flatMap((s) => s.tokens);
    expect(words[0]).toEqual({ text: '😀', start: 0, end: 2, kind: 'symbol' });
    expect(words[1]).toEqual({ text: 'Grüße', start: 3, end: 8, kind: 'word' });
    expect(words.map((t) => t.text)).toContain('👍🏽');
    expect(words.map((t) => t.text)).toContain('🇩🇪');
  });

  it('takes a sentence from UD German GSD as gold (CC BY-SA 4.0)', () => {
    // de_gsd-ud-dev.conllu, sent_id dev-s3: one sentence, nine tokens.
    expect(render('Es war für mich Ausgangspunkt zu einer Parfümkreation.')).toBe(
      '[Es] [war] [für] [mich] [Ausgangspunkt] [zu] [einer] [Parfümkreation] [.]',
    );
  });

  it.each([[''], ['   '], ['\n\n\t \r\n'], ['\u00A0\u2028']])('returns no sentences for blank input %j', (text) => {
    expect(tokenize(text, germanTokenizerRules)).toEqual([]);
  });

  it('survives binary garbage and lone surrogates with valid offsets', () => {
    let seed = 42;
    let garbage = '\uD800x\uDFFF\u0000\uFFFF';
    for (let k = 0; k < 20_000; k++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      garbage += String.fromCharCode(seed & 0xffff);
    }
    const sentences = tokenize(garbage, germanTokenizerRules);
    expectOffsetsHold(garbage, sentences);
  });

  it('splits a text by its own line breaks, not by those of the text tokenized before it', () => {
    expect(render('Eins\n\nzwei\n\ndrei\n\nvier\n\nfünf')).toBe('[Eins] ¶ [zwei] ¶ [drei] ¶ [vier] ¶ [fünf]');
    expect(render('Eins zwei drei vier fünf')).toBe('[Eins] [zwei] [drei] [vier] [fünf]');
    expect(render('Eins, zwei\nDrei')).toBe('[Eins] [,] [zwei] ¶ [Drei]');
  });

  it('gives a text only its own tokens, not those of a longer text tokenized before it', () => {
    const long = 'Die Gäste aus Lindau kamen am Abend, und sie blieben bis zum Morgen in der'.repeat(3);
    expect(render(long)).toMatch(/^\[Die\] \[Gäste\].*\[in\] \[der\]$/);
    expect(render('Sie kamen.')).toBe('[Sie] [kamen] [.]');
    expect(render('Sie kamen')).toBe('[Sie] [kamen]');
    // A number opening the text numbers a list item, whatever word ended the text before.
    expect(kinds('2. Soziale Netze')).toBe('2.:ordinal Soziale:word Netze:word');
  });

  it('handles 5 MB of text without throwing', () => {
    const paragraph = 'Am 18. Juni sagte Dr. Weber: „Wir kommen.“ Dann kamen ca. 11.000 Menschen usw. Die Ukraine-Krieg-Folgen.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const sentences = tokenize(text, germanTokenizerRules);
    const per = tokenize(paragraph, germanTokenizerRules).length;
    expect(per).toBe(3);
    expect(sentences.length).toBe(per * Math.ceil(5_000_000 / paragraph.length));
  });
});
