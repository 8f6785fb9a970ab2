import { describe, expect, it } from 'vitest';
import { numberGap } from '../../../../../src/core/quiz/kinds/number';
import { ask, lang } from './helpers';

const OTHER = 'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke in Nordhafen.';

describe('number gaps', () => {
  it.each([
    ['a count', 'An der Brücke stehen 240 Laternen.', '240', /^\d+$/],
    ['a decimal, with the same decimals', 'Der Bau kostete 12,5 Millionen Euro.', '12,5 Millionen', /^\d+,\d Millionen$/],
    ['a grouped number, grouped', 'Mehr als 11.000 Menschen kamen zur Feier.', '11.000', /^\d{1,3}\.\d{3}$/],
    ['a range, with both ends moved', 'Auf der Brücke standen 20 bis 30 Polizisten.', '20 bis 30', /^\d+ bis \d+$/],
    ['a number word, with its neighbours', 'Die Brücke hat vier Fahrspuren.', 'vier', /^(zwei|drei|vier|fünf|sechs|sieben)$/],
    ['a duration, how long ago', 'Die Brücke war seit 24 Jahren gesperrt.', '24', /^\d+$/],
    ['a duration, how long it lasted', 'Der Bau der Brücke dauerte 14 Monate.', '14', /^\d+$/],
    ['a prison term', 'Ein Gericht verurteilte den Brandstifter zu sieben Jahren Haft.', 'sieben', /^(vier|fünf|sechs|sieben|acht|neun|zehn)$/],
    ['a span, with `lang` after it', 'Der Bau der Brücke ruhte drei Wochen lang.', 'drei', /^(zwei|drei|vier|fünf|sechs)$/],
  ])('%s', async (_, sentence, answer, shape) => {
    // A paragraph of its own: a short sentence going on from the one before shows that one too (pointerKinds.test.ts).
    const q = (await ask(numberGap, `${OTHER}\n\n${sentence}`)).find((x) => x.answer === answer);
    expect(q?.prompt).toBe(`Welche Zahl fehlt im Satz? „${sentence.replace(answer, '___')}“`);
    expect(q?.options).toContain(answer);
    for (const o of q!.options!) expect(o).toMatch(shape);
  });

  it.each([
    ['a measure other than a duration (a spec, no news)', 'Die Brücke ist 300 Meter lang.'],
    ['an age', 'Der Architekt starb mit 83 Jahren.'],
    ['the window a comparison looks back on', 'In den vergangenen zehn Jahren wurde keine Brücke so oft befahren.'],
    ['a minimum a rule sets', 'Wer die Brücke für wenigstens fünf Tage sperrt, braucht eine Genehmigung.'],
    ['an upper bound (`bis zu`)', 'Kinder im Alter von bis zu vier Jahren zahlen für die Brücke nichts.'],
    ['a span in a hypothetical', 'Ein Fußgänger müsste rund 40 Jahre gehen, um die Strecke aller Brücken zu schaffen.'],
  ])('asks no %s', async (_, sentence) => {
    expect((await ask(numberGap, `${OTHER} ${sentence}`)).map((q) => q.answer)).toEqual([]);
  });

  it('asks no number written across a run of spaces (a pasted layout), and still asks the others', async () => {
    const text = `${OTHER} Der Bau kostete 12${' \t \u00a0'.repeat(20_000)}Millionen Euro. An der Brücke stehen 240 Laternen.`;
    const qs = await ask(numberGap, text);
    expect(qs.map((q) => q.answer)).toContain('240');
    expect(qs.every((q) => q.answer.length < 20)).toBe(true);
  });

  it.each([
    ['a round answer (`über 30 Prozent` among `22`, `39`, `44`)', 'Über 30 Prozent', '30'],
    ['a hedged multiple of five (`fast 15 Prozent`)', 'Fast 15 Prozent', '15'],
  ])('offers none of the text\'s exact figures beside %s', async (_, share, answer) => {
    const text = `${OTHER} ${share} der Pendler nutzen die Brücke täglich. Im Westen sind es 22 Prozent, im Osten 39 Prozent und im Norden 44 Prozent.`;
    for (const seed of [1, 2, 3]) {
      const q = (await ask(numberGap, text, seed)).find((x) => x.answer === answer);
      expect(q?.options, `seed ${seed}`).toHaveLength(4);
      for (const o of q!.options!) expect(Number(o) % 5, `${o}, seed ${seed}`).toBe(0);
    }
  });

  it.each([
    ['a vague amount', 'Mehrere Tausend Menschen kamen zur Feier.'],
    ['a measurement (trivia)', 'Die Brücke ist 240 Meter lang.'],
    ['a number in an idiom', 'Die Ministerin sprach mit dem Bürgermeister unter vier Augen.'],
    ['a part of a whole', 'Zwei Drittel der Brücke sind fertig.'],
    ['a camera spec', 'Die Kamera am Brückenkopf hat 12 Megapixel.'],
    ['a browser version', 'Die Anzeigetafel läuft mit dem Internet Explorer 9 unter Windows.'],
    ['a chip model', 'Die Anzeigetafel nutzt eine Adreno 430 GPU.'],
    ['a data rate (a spec)', 'Das WLAN auf der Brücke liest mit 231 MBit/s.'],
    ['a seeding', 'Im Finale wartet die als Nummer 10 gesetzte Spielerin.'],
    ['a count the sentence gives away', 'Es gibt nun gleich zwei neue Brücken: die Nordbrücke und die Südbrücke.'],
    ['a vague magnitude written as a number (`wenige 100` is a few hundred)', 'Beim Umbau geht es um vergleichsweise wenige 100 Quadratmeter Fläche.'],
    ['the base of a proportion (`vier von zehn`: `vier von dreizehn` is no way to say it)', 'Beinahe vier von zehn Kindern in Nordhafen erreichen das Lernziel nicht.'],
    ['a share in brackets that the words before it give away', 'Rund die Hälfte der Aufträge (48 Prozent) ging an Firmen aus Nordhafen.'],
    ['a count its bracket lists item by item', 'Mara Lind kam mit ihren drei Töchtern (fünf, zehn und zwölf Jahre alt) zur Eröffnung der Brücke.'],
    ['an amount its bracket converts', 'Der Bau der Brücke kostete jährlich neun Millionen Pfund (11,8 Millionen Euro) an Zinsen.'],
    ['an aside in brackets', 'Die Baufirma (Jahresumsatz 75 Millionen Euro) gewann den Auftrag für die Brücke.'],
    ['an article of a law (a reference, not a fact)', 'Die Regierung stützt sich auf Artikel 49 der Landesverfassung.'],
  ])('asks no number of %s', async (_, sentence) => {
    expect(await ask(numberGap, `${OTHER} ${sentence}`)).toEqual([]);
  });

  it('offers no share above 100 percent, and round options beside a round answer', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const [share] = await ask(numberGap, `${OTHER} Rund 90 Prozent der Bewohner nutzen die Brücke täglich.`, seed);
      expect(share?.answer).toBe('90');
      for (const o of share!.options!) expect(Number(o)).toBeLessThanOrEqual(100);
    }
    const [round] = await ask(numberGap, `${OTHER} Nordhafen zählt rund 55.000 Einwohner.`);
    for (const o of round!.options!) expect(o).toMatch(/^\d+\.000$/);
  });

  it('asks no count a name in the text says (`sieben` beside `G7`)', async () => {
    const text = `${OTHER} Beim Gipfel der G7 treffen sich sieben Regierungschefs in Nordhafen.`;
    expect((await ask(numberGap, text)).map((q) => q.answer)).not.toContain('sieben');
  });

  it('offers no double or half of the answer, and the answer is not always the middle option', async () => {
    const ranks = new Set<number>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const [q] = await ask(numberGap, `${OTHER} Die Polizei stellte rund 6600 Verstöße fest.`, seed);
      const values = q!.options!.map(Number);
      expect(values).not.toContain(13200);
      expect(values).not.toContain(3300);
      ranks.add([...values].sort((x, y) => x - y).indexOf(6600));
    }
    // Smallest, largest or in between: its place among the options gives nothing away.
    expect(ranks.size).toBeGreaterThanOrEqual(3);
  });

  it('keeps a rise a rise and a fall a fall: options for `von 26 auf ___` lie above 26, for `von 40 auf ___` below 40', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const text = `${OTHER} Die Zahl der Busse stieg von 26 auf 30 Linien, die der Fähren sank von 40 auf 33 Linien.`;
      const questions = await ask(numberGap, text, seed);
      const rise = questions.find((q) => q.answer === '30');
      for (const o of rise!.options!) expect(Number(o)).toBeGreaterThan(26);
      const fall = questions.find((q) => q.answer === '33');
      for (const o of fall!.options!) expect(Number(o)).toBeLessThan(40);
    }
  });

  it('keeps a part below its whole and a whole above its part', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const whole = (await ask(numberGap, `${OTHER} Die Koalition stützt sich auf 21 der 36 Sitze im Rat.`, seed)).filter((q) => q.answer === '36');
      for (const o of whole.flatMap((q) => q.options!)) expect(Number(o)).toBeGreaterThan(21);
      const part = (await ask(numberGap, `${OTHER} Die Koalition stützt sich auf 21 der 36 Sitze im Rat.`, seed)).filter((q) => q.answer === '21');
      for (const o of part.flatMap((q) => q.options!)) expect(Number(o)).toBeLessThan(36);
      expect(whole.length + part.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a rank among a total', 'Nordland liegt auf der Rangliste auf Platz 149 von 180 Staaten.', '180', 149],
    ['a share of seats', 'Die Koalition stützt sich auf 21 der 36 Sitze im Rat.', '36', 21],
  ])('offers a whole bounded by its part (%s) no farther off the answer than the part', async (_, sentence, answer, part) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = (await ask(numberGap, `${OTHER} ${sentence}`, seed)).find((x) => x.answer === answer);
      expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const o of q!.options!) expect(Math.abs(Number(o) - Number(answer)), `${o}, seed ${seed}`).toBeLessThan(Number(answer) - part);
    }
  });

  it('offers none of the text\'s round figures beside an exact one (`650` beside `437`)', async () => {
    const text = `${OTHER} In Nordhafen warteten 437 Menschen auf die Fähre, in Südhafen 650 Menschen und in Westhafen 520 Menschen.`;
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = (await ask(numberGap, text, seed)).find((x) => x.answer === '437');
      expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const o of q!.options!) expect(o, `seed ${seed}`).not.toMatch(/0$/);
    }
  });

  it.each([
    ['a count exact to the unit in the millions', 'Die Website der Brücke zählte im März 12.604.381 Seitenaufrufe.', '12.604.381'],
    ['an exact six-digit count', 'Über die Brücke fuhren im Vorjahr 318.274 Autos.', '318.274'],
  ])('asks no figure too precise to recall: %s', async (_, sentence, answer) => {
    expect((await ask(numberGap, `${OTHER} ${sentence}`)).map((q) => q.answer)).not.toContain(answer);
  });

  it('offers no number of the text written otherwise than the answer (`19` beside `7,2`)', async () => {
    for (const seed of [1, 2, 3]) {
      const text = `${OTHER} Im Jahr 2014 waren es 7,2 Prozent der Bewohner. Heute nutzen 19 Prozent die Brücke, 12 Prozent den Tunnel.`;
      const q = (await ask(numberGap, text, seed)).find((x) => x.answer === '7,2');
      for (const o of q!.options!) expect(o).toMatch(/^\d+,\d$/);
    }
  });

  it('asks no golf score against par', async () => {
    expect((await ask(numberGap, `${OTHER} Die Golferin spielte am Sonntag eine Runde von vier unter Par.`)).map((q) => q.answer)).not.toContain('vier');
  });

  it('offers ranges that stay ranges: the lower end below the upper (`sechs bis sechs`, `acht bis sechs` were offered)', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} Für die Brücke stellt die Stadtverwaltung vier bis sechs neue Busse ein.`, seed)).find((x) => x.answer === 'vier bis sechs');
      expect(q?.options, `seed ${seed}`).toHaveLength(4);
      for (const o of q!.options!) {
        const [from, to] = o.split(' bis ').map((w) => lang.facts.numberWords[w]!);
        expect(from, `${o}, seed ${seed}`).toBeLessThan(to!);
      }
    }
  });

  it('moves a range by a step as round as its ends (`35.000 bis 40.000` by 5.000)', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const q = (await ask(numberGap, `${OTHER} Für einen Sitz im Rat sind 35.000 bis 40.000 Stimmen notwendig.`, seed)).find((x) => x.answer === '35.000 bis 40.000');
      expect(q?.options, `seed ${seed}`).toHaveLength(4);
      for (const o of q!.options!) for (const end of o.split(' bis ')) expect(Number(end.replace('.', '')) % 5000, `${o}, seed ${seed}`).toBe(0);
    }
  });

  it.each([
    ['a round large number (`88.600` among `88.500`, `88.700`: reading, not recall)', 'Nordhafen zählt rund 88.600 Einwohner.', '88.600'],
    ['a large number beside the text\'s own near figure', 'Nordhafen zählt 88.600 Einwohner, im Vorjahr waren es 88.700 Einwohner.', '88.600'],
  ])('offers %s among magnitudes at uneven distances, as round as the answer', async (_, sentence, answer) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = (await ask(numberGap, `${OTHER} ${sentence}`, seed)).find((x) => x.answer === answer);
      const values = q!.options!.map((o) => Number(o.replace(/\./g, '')));
      for (const v of values) expect(v % 100, `${v}, seed ${seed}`).toBe(0);
      const sorted = [...values].sort((x, y) => x - y);
      // Each option at least a twentieth off its neighbour: no option that differs only in a low digit.
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]! / sorted[i - 1]!, `${sorted.join(' ')}, seed ${seed}`).toBeGreaterThan(1.05);
    }
  });

  it.each([
    ['missed (`verfehlte die Fünf-Prozent-Hürde`): every option below it', 'Die Liste Nord verfehlte mit 4,2 Prozent die Fünf-Prozent-Hürde.', '4,2', (v: number) => v < 5],
    ['cleared: every option above it', 'Die Liste Süd übersprang mit 5,6 Prozent die Fünf-Prozent-Hürde knapp.', '5,6', (v: number) => v > 5],
  ])('keeps a share on its side of a threshold the sentence names, %s', async (_, sentence, answer, side) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} ${sentence}`, seed)).find((x) => x.answer === answer);
      expect(q, `seed ${seed}`).toBeDefined();
      for (const o of q!.options!) expect(side(Number(o.replace(',', '.'))), `${o}, seed ${seed}`).toBe(true);
    }
  });

  it.each([
    ['above a share it is compared with (`im Vergleich zu 23 Prozent … überrepräsentiert`: 19 was ruled out)', 'Unter den Pendlern sind Radfahrer mit 31 Prozent (im Vergleich zu 23 Prozent in den Dörfern) überrepräsentiert.', '31', (v: number) => v > 23],
    ['below a count it is compared with (`gegenüber 5.200 Fahrgästen`)', 'Im Mai nutzten 3.900 Fahrgäste die Fähre gegenüber 5.200 Fahrgästen im Vorjahr.', '3.900', (v: number) => v < 5200],
  ])('keeps a figure on its side of the figure the sentence compares it with, %s', async (_, sentence, answer, side) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} ${sentence}`, seed)).find((x) => x.answer === answer);
      expect(q, `seed ${seed}`).toBeDefined();
      for (const o of q!.options!) expect(side(Number(o.replace('.', ''))), `${o}, seed ${seed}`).toBe(true);
    }
  });

  it('offers no share of nearly all beside a share called small (`nur 66 Prozent`: 98 was ruled out unread)', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const q = (await ask(numberGap, `${OTHER} In Nordhafen kennen nur 64 Prozent der Pendler den neuen Fahrplan.`, seed)).find((x) => x.answer === '64');
      expect(q, `seed ${seed}`).toBeDefined();
      for (const o of q!.options!) expect(Number(o), `${o}, seed ${seed}`).toBeLessThan(90);
    }
  });

  it.each([
    ['the lower end below the upper (`zwischen 60 und 40` is impossible)', 'Die Polizei nahm zwischen 20 Menschen und 40 Menschen fest.', '20', (v: number) => v < 40],
  ])('keeps one end of a range the gap asks on its side of the other: %s', async (_, sentence, answer, side) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} ${sentence}`, seed)).find((x) => x.answer === answer);
      expect(q, `seed ${seed}`).toBeDefined();
      for (const o of q!.options!) expect(side(Number(o)), `${o}, seed ${seed}`).toBe(true);
    }
  });

  it.each([
    ['`zwischen fünf und ___`', 'Die Fähren verloren zwischen fünf und 17 Prozent ihrer Fahrgäste.', '17'],
    ['a spoken `von 2.000, ___`', 'Ole Brandt rechnet mit einer Zahl von 2.000, 2.500 Helfern in Nordland.', '2.500'],
  ])('asks no range\'s second end alone (judged a hedge, not a fact): %s', async (_, sentence, answer) => {
    for (const seed of [1, 2, 3]) expect((await ask(numberGap, `${OTHER} ${sentence}`, seed)).map((q) => q.answer)).not.toContain(answer);
  });

  it('asks no size of a group named whole (`Alle ___ Anbieter`, counted from the names the text gives)', async () => {
    const answers = (await ask(numberGap, `${OTHER} Alle vier Anbieter in Nordland wollen ihr Netz bis zum Jahresende ausbauen.`)).map((q) => q.answer);
    expect(answers).not.toContain('vier');
  });

  it('still asks a second count of other things after `von`', async () => {
    const answers = (await ask(numberGap, `${OTHER} In Nordland war von acht getöteten Seeleuten und vier Fischern die Rede.`)).map((q) => q.answer);
    expect(answers).toContain('vier');
  });

  it('asks no line of an inventory whose items a joiner\'s adverb and preposition lead to (`…, außerdem für 68 Granatwerfer`)', async () => {
    const sentence = 'Genehmigt wurden Ausfuhren für 12.345 Stück Munition, außerdem für 68 Granatwerfer, 399 Gewehre und 81 Pistolen.';
    const answers = (await ask(numberGap, `${OTHER} ${sentence}`)).map((q) => q.answer);
    for (const item of ['12.345', '68', '399', '81']) expect(answers).not.toContain(item);
  });

  it('offers no count of other things the text gives (`13 Parteien` borrowed from `13 Großspenden`)', async () => {
    const text = `${OTHER} Im Rat von Nordhafen sitzen derzeit 7 Parteien. Die Stadt erhielt im Jahr 13 Spenden und baute 15 Brücken.`;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, text, seed)).find((x) => x.answer === '7');
      expect(q, `seed ${seed}`).toBeDefined();
      expect(q!.options, `seed ${seed}`).not.toContain('13');
      expect(q!.options, `seed ${seed}`).not.toContain('15');
    }
  });

  it('offers a step in quarters among quarters (`0,32` and `0,21` beside `0,25` are no rate steps)', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} Die Notenbank senkte den Leitzins überraschend um 0,75 Prozentpunkte.`, seed)).find((x) => x.answer === '0,75');
      expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const o of q!.options!) expect((Number(o.replace(',', '.')) * 4) % 1, `${o}, seed ${seed}`).toBe(0);
    }
  });

  it('offers an amount before a scale word below a thousand of it (`1322 Millionen` is written `1,3 Milliarden`)', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} Die Werft verbuchte für das Jahr einen Verlust von 763 Millionen Euro.`, seed)).find((x) => x.answer === '763 Millionen');
      expect(q, `seed ${seed}`).toBeDefined();
      for (const o of q!.options!) expect(Number(o.split(' ')[0]), `${o}, seed ${seed}`).toBeLessThan(1000);
    }
  });

  it('keeps a rise a rise where the earlier value is a number word with words before `auf`', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = (await ask(numberGap, `${OTHER} Die Zahl der Buslinien stieg von zwölf im Vorjahr auf 14 Linien.`, seed)).find((x) => x.answer === '14');
      expect(q, `seed ${seed}`).toBeDefined();
      for (const o of q!.options!) expect(Number(o), `${o}, seed ${seed}`).toBeGreaterThan(12);
    }
  });

  it.each([
    ['a count the sentence adds up (`also ___`)', 'Die Stadt schickte zehn Busse und sechs Fähren, also 16 Fahrzeuge, zur Brücke.', '16'],
    ['an amount the sentence converts (`umgerechnet ___`)', 'Der Bau der Brücke kostete 50 Millionen Franken, umgerechnet 46 Millionen Euro.', '46 Millionen'],
    ['the amount a conversion follows', 'Der Bau der Brücke kostete 50 Millionen Franken, umgerechnet 46 Millionen Euro.', '50 Millionen'],
    ['a value a ratio in the sentence gives (`verdoppelte sich von 20 auf ___`)', 'Die Zahl der Fähren verdoppelte sich von 20 auf 40 Schiffe.', '40'],
  ])('asks no number of %s', async (_, sentence, answer) => {
    expect((await ask(numberGap, `${OTHER} ${sentence}`)).map((q) => q.answer)).not.toContain(answer);
  });
});
