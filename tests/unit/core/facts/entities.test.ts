import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { germanFactRules } from '../../../../src/core/de/factRules';
import type { EntityFact } from '../../../../src/core/facts/types';
import { deflateSync } from 'fflate';
import { encodeNerModel, NER_FORMAT, NER_LABELS, parseNerModel, tagEntities } from '../../../../src/core/ner/model';
import { nerGazetteer } from '../../../../src/core/facts/08-entitiesModel';
import { analyze } from './helpers';

const entities = (text: string): EntityFact[] =>
  extractFacts(text, analyze(text), { article: 'a.txt' }, germanFactRules).facts.filter((f): f is EntityFact => f.kind === 'person' || f.kind === 'organisation' || f.kind === 'place');
const named = (text: string): string[] => entities(text).map((e) => `${e.kind}:${e.name}`);

describe('entities: the trained tagger with the text’s evidence (issue 15)', () => {
  it('takes a newspaper for an organisation, not a person', () => {
    const found = named('Die Zeitung Nordstern Bote berichtete am Montag über das Treffen. Laut Nordstern Bote kamen mehr als dreihundert Gäste.');
    expect(found).toContain('organisation:Nordstern Bote');
    expect(found.filter((n) => n.startsWith('person:'))).toEqual([]);
  });

  it('takes the name after a company’s description for an organisation (der Autobauer Nordmobil), not a noun after it', () => {
    expect(named('Der Autobauer Nordmobil meldete am Dienstag hohe Verluste.')).toContain('organisation:Nordmobil');
    expect(named('Die Supermarktkette Frischwerk eröffnet eine neue Filiale.')).toContain('organisation:Frischwerk');
    const found = named('Die hohen Preise machen dem Autobauer Sorgen. Ein Chiphersteller aus Asien meldete Gewinne.');
    expect(found.filter((n) => n.startsWith('organisation:'))).toEqual([]);
    expect(named('Der Friese Jan Hollmer gewann das Rennen.')).toContain('person:Jan Hollmer');
  });

  it('names a person through the particles of the name, after a role too', () => {
    const found = named('Am Montag sprach Ministerin Karla von der Heyde in Nebelstadt. Später lobte Jonas Van der Stappen den Plan.');
    expect(found).toContain('person:Karla von der Heyde');
    expect(found).toContain('person:Jonas Van der Stappen');
    expect(found.some((n) => /:(Karla|Jonas Van)$/.test(n))).toBe(false);
  });

  // Issue 15: the quiz offered `Susan le Jeune`, the tagger's name cut before the surname glued to its `d’`.
  it.each([
    ['Am Montag sprach Botschafterin Claire Roux d’Aubigny in Nebelstadt über den Plan.', 'Claire Roux d’Aubigny'],
    ['Am Montag sprach Botschafterin Claire Roux dAubigny in Nebelstadt über den Plan.', 'Claire Roux dAubigny'],
    ['Der frühere Präsident Henri Marchal d’Orval lobte am Dienstag den Plan.', 'Henri Marchal d’Orval'],
  ])('names a person through a surname glued to its elided particle: %s', (text, name) => {
    const people = named(text).filter((n) => n.startsWith('person:'));
    expect(people).toEqual([`person:${name}`]);
  });

  // A team or a band is no person a `Wer …?` question could offer (the tagger leaves out `Golden`); a surname in -s stays one.
  it.each([
    ['Die Golden Bay Ravens gewannen am Sonntag bei den Silver Lake Hawks mit 95:93. Trainer Ole Brandt lobte die Abwehr.', ['organisation:Bay Ravens', 'organisation:Lake Hawks', 'person:Ole Brandt']],
    ['Das zweite Spiel bei den Golden Bay Ravens gewann das Team von Ole Brandt nach Verlängerung.', ['organisation:Bay Ravens', 'person:Ole Brandt']],
    ['Bürgermeister Ole Peters eröffnete die Brücke. Später lobte Peters den Bau.', ['person:Ole Peters']],
  ])('%s → %j', (text, expected) => {
    const found = named(text);
    for (const e of expected) expect(found).toContain(e);
    expect(found.filter((n) => n.startsWith('person:')).sort()).toEqual(expected.filter((n) => n.startsWith('person:')).sort());
  });

  it('takes no sentence-initial conjunction for a name', () => {
    const found = named('Und Marta Solberg lachte laut. Und dann ging die Ärztin nach Hause.');
    expect(found.some((n) => /:Und\b/.test(n))).toBe(false);
    expect(found).toContain('person:Marta Solberg');
  });

  it('links an organisation’s expansion and its acronym as one entity', () => {
    const found = entities('Der Bundesverband der Fahrradhändler (BVF) fordert mehr Radwege. Der BVF vertritt rund 4000 Geschäfte.');
    const orgs = found.filter((e) => e.kind === 'organisation');
    expect(orgs).toHaveLength(1);
    expect([orgs[0]!.name, ...orgs[0]!.mentions.map((m) => m.text)]).toEqual(expect.arrayContaining(['BVF']));
    expect(orgs[0]!.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('links an organisation’s own word for itself to its name', () => {
    const org = entities('Der Digitalverband Netzwerk Nord hat neue Zahlen vorgelegt. Der Digitalverband erwartet ein Wachstum.').find((e) => e.name === 'Netzwerk Nord');
    expect(org?.kind).toBe('organisation');
    expect(org?.mentions.map((m) => m.text)).toContain('Der Digitalverband');
  });

  it('takes a city for a place and a two-word city for no person', () => {
    const found = named('Die Delegation reiste am Dienstag nach Dortmund. Danach flog die Ministerin nach Tel Aviv.');
    expect(found).toContain('place:Dortmund');
    expect(found).toContain('place:Tel Aviv');
    expect(found.filter((n) => n.startsWith('person:'))).toEqual([]);
  });

  it('links an acronym to an expansion whose compound gives two of its letters (Zentral|bank)', () => {
    const orgs = entities('Die Europäische Zentralbank hob am Montag die Zinsen an. Die EZB erwartet steigende Preise.').filter((e) => e.kind === 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['Europäische Zentralbank']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toContain('EZB');
  });

  it('links a bare role word to the person whose role compound it ends, and only where one person fits', () => {
    const one = entities('Umweltministerin Karin Lindqvist besuchte den Hafen. Die Ministerin versprach neue Radwege.').find((e) => e.name === 'Karin Lindqvist');
    expect(one?.mentions.map((m) => m.text)).toContain('Die Ministerin');
    const two = entities('Umweltministerin Karin Lindqvist traf Justizministerin Eva Brandt. Die Ministerin versprach neue Radwege.');
    expect(two.filter((e) => e.kind === 'person').flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Die Ministerin');
  });

  it('keeps a headline’s surname as a mention of the person a later sentence names with a role', () => {
    const person = entities('Lindqvist will mehr Radwege\n\nUmweltministerin Karin Lindqvist hat am Montag mehr Geld angekündigt.').find((e) => e.name === 'Karin Lindqvist');
    expect(person?.role?.text).toBe('Umweltministerin');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Lindqvist']);
  });

  it.each([
    ['Die Lage sei ernst, betonte sein Kollege Lars Brandt.', 'Lars Brandt', 'Kollege'],
    ['„Wir bleiben“, sagte Gastgeberin Mia Lind am Abend in Nordland.', 'Mia Lind', 'Gastgeberin'],
  ])('takes a speaker’s title for their role, not part of their name: %s', (text, name, role) => {
    const found = entities(text);
    expect(found.filter((e) => e.kind === 'person').map((e) => `${e.name}/${e.role?.text}`)).toEqual([`${name}/${role}`]);
  });

  it('takes the article and adjectives before a role into it, not the verb of saying', () => {
    const roles = (text: string): string[] => entities(text).filter((e) => e.kind === 'person').map((e) => `${e.name}/${e.role?.text}`);
    expect([
      ...roles('„Die Preise steigen weiter“, sagte Nordbank-Ökonom Lars Brandt am Montag.'),
      ...roles('Ähnlich wie Geschäftsführer Jan Ostrup sieht es auch der Betriebsrat.'),
      ...roles('Am Montag reiste die neue Außenministerin Mia Lind nach Nordland.'),
    ]).toEqual(['Lars Brandt/Nordbank-Ökonom', 'Jan Ostrup/Geschäftsführer', 'Mia Lind/die neue Außenministerin']);
  });

  it('reads a role through an academic title to the name, and a later bare role links to that person', () => {
    const found = entities('Die Chefärztin Dr. Anna Weberling bestätigte die Pläne. Landrat Olaf Brettschneider will helfen. Der Landrat nannte keine Summe.');
    const anna = found.find((e) => e.name === 'Anna Weberling');
    expect(anna?.role?.text).toBe('Chefärztin');
    const olaf = found.find((e) => e.name === 'Olaf Brettschneider');
    expect(olaf?.role?.text).toBe('Landrat');
    expect(olaf?.mentions.map((m) => m.text)).toContain('Der Landrat');
  });

  it('names the organisation after „die Klinik“ and links a bare body’s word to the one compound name it ends', () => {
    const found = entities('Die Klinik Sankt Lukas schließt ihre Kinderstation. Der Landkreis verhandelt mit dem Gesundheitsministerium. Das Ministerium prüfe den Fall.');
    expect(found.find((e) => e.name === 'Sankt Lukas')?.kind).toBe('organisation');
    expect(found.filter((e) => e.kind === 'person')).toEqual([]);
    expect(found.find((e) => e.name === 'Gesundheitsministerium')?.mentions.map((m) => m.text)).toContain('Ministerium');
    expect(found.map((e) => e.name)).not.toContain('Ministerium');
  });

  it('takes a place in the genitive after a body’s word for that place, named as a question asks for it', () => {
    const found = named('Die Regierung Schwedens will die Steuern senken. Die Partei Deutschlands widersprach am Montag.');
    expect(found).toEqual(expect.arrayContaining(['place:Schweden', 'place:Deutschland']));
    expect(found.filter((n) => n.endsWith('s') && n.startsWith('organisation:'))).toEqual([]);
  });

  it('links a headline’s name and the company’s own word for itself (der Konzern after der Autokonzern X)', () => {
    const org = entities('Nordmobil baut Stellen ab\n\nDer Autokonzern Nordmobil will 2000 Stellen streichen. Der Konzern begründete den Schritt mit der Nachfrage.').find((e) => e.name === 'Nordmobil');
    expect(org?.role?.text).toBe('Autokonzern');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Nordmobil', 'Konzern']);
  });

  it('takes a person’s genitive before a body’s word for no organisation’s name', () => {
    const found = named('Verbandschef Tomas Hellberg sprach am Montag. Hellbergs Verband vertritt rund 3000 Betriebe.');
    expect(found).toContain('person:Tomas Hellberg');
    expect(found.filter((n) => n.includes('Hellbergs'))).toEqual([]);
  });

  it('takes the name after „die Firma“ for an organisation and links the later „der Firma“ to it', () => {
    const org = entities('Die Firma Kessler Agrartechnik begrüßte den Vorschlag. Nach Angaben der Firma arbeiten dort 400 Menschen.').find((e) => e.name === 'Kessler Agrartechnik');
    expect(org?.kind).toBe('organisation');
    expect(org?.mentions.map((m) => m.text)).toContain('der Firma');
  });

  it('types a surname alone as the person its full name was', () => {
    const people = entities('Bürgermeisterin Hanna Kowalczyk eröffnete das Fest. Kowalczyk sagte, die Stadt sei stolz.').filter((e) => e.kind === 'person');
    expect(people.map((p) => p.name)).toEqual(['Hanna Kowalczyk']);
    expect(people[0]!.mentions.map((m) => m.text)).toContain('Kowalczyk');
  });

  // Issue 15: the quiz offered `SSLv2` and `TLS` as bodies beside real companies.
  it('takes no name the text writes with a version (SSLv2, TLS 1.3) for an organisation or a person', () => {
    const found = named('Viele Server der Firma Nordnetz unterstützen noch SSLv2. Selbst Verbindungen über TLS 1.3 sind dann angreifbar, warnte Nordnetz. Auch QRX ist betroffen, da QRX 2.1 die alte Version erlaubt.');
    expect(found.filter((n) => /SSLv2|TLS|QRX/.test(n))).toEqual([]);
    expect(found).toContain('organisation:Nordnetz');
  });

  // Issue 15: the quiz offered `Bobby Charlton Englands` and `Roger  Schmidt` (spaced twice, as the text had it).
  it('ends a person’s name before a place’s genitive that owns the noun after it, and spaces a name once', () => {
    const found = named('Damit ist Kessler nun zusammen mit Jan Brommer Österreichs Rekordtorschütze. Das war unter Trainer Roger  Brommel so.');
    expect(found).toContain('person:Jan Brommer');
    expect(found).toContain('person:Roger Brommel');
    expect(found.filter((n) => n.includes('Österreichs') || n.includes('  '))).toEqual([]);
  });

  // Issue 15: `Hertha` was a person beside the club `Hertha BSC`.
  it('takes a name of one word that opens one organisation’s name for a mention of it, not a person', () => {
    const found = entities('Die Brenninger GmbH meldete am Montag in Nebelstadt hohe Gewinne. Brenninger beschäftigt dort 400 Menschen.');
    const org = found.find((e) => e.name === 'Brenninger GmbH');
    expect(org?.kind).toBe('organisation');
    expect(org?.mentions.map((m) => m.text)).toContain('Brenninger');
    expect(found.filter((e) => e.kind === 'person')).toEqual([]);
  });

  // Issue 15: the quiz offered `Austria` as the bank, its role `Bank`.
  it('reads a body’s word the text joins to a name by hyphens (Bank-Lindau-Ökonom) as the name’s first word', () => {
    const org = entities('Die Wirtschaft wächst laut Bank Lindau um zwei Prozent. Das sagte der Bank-Lindau-Ökonom Otto Brems am Montag. Der Bank Lindau zufolge steigen auch die Löhne.').filter((e) => e.kind === 'organisation');
    expect(org.map((e) => e.name)).toEqual(['Bank Lindau']);
    expect(org[0]!.mentions.map((m) => m.text)).toContain('Bank Lindau');
    expect(named('Die Zeitung Nordkurier berichtete am Montag. Laut der Zeitung Nordkurier kamen viele.')).toContain('organisation:Nordkurier');
  });
});

describe('the NER model alone', () => {
  it('tags a person, an organisation and a place in one invented sentence', () => {
    const text = 'Die Politikerin Julia Brandstetter sprach in Stuttgart mit Vertretern der Deutschen Bahn.';
    const tokens = analyze(text).sentences[0]!.tokens;
    const model = germanFactRules.nerModel!();
    const spans = tagEntities(model, tokens, nerGazetteer(germanFactRules, model.names)).map((s) => `${s.type}:${tokens.slice(s.start, s.end).map((t) => t.text).join(' ')}`);
    expect(spans).toEqual(expect.arrayContaining(['PER:Julia Brandstetter', 'LOC:Stuttgart']));
  });
});

describe('the NER model’s name lists (issue 15)', () => {
  it('keeps the four name lists through the asset’s encoding', () => {
    const bytes = encodeNerModel(new Map([[7, [0, 1, -1, 0.5, 0, 0, 0.25]]]), { places: ['Nordheim'], firstNames: ['Greta'], surnames: ['Lindqvist', 'Ott'], companies: ['Brennwerk'] });
    const asset = { format: NER_FORMAT, labels: [...NER_LABELS], data: Buffer.from(deflateSync(bytes)).toString('base64') };
    const { names, features } = parseNerModel(asset);
    expect(features).toBe(1);
    expect([...names.places]).toEqual(['Nordheim']);
    expect([...names.firstNames]).toEqual(['Greta']);
    expect([...names.surnames]).toEqual(['Lindqvist', 'Ott']);
    expect([...names.companies]).toEqual(['Brennwerk']);
  });

  it('ships first names, surnames and companies the tagger weighs', () => {
    const { names } = germanFactRules.nerModel!();
    expect(names.firstNames.size).toBeGreaterThan(1000);
    expect(names.surnames.size).toBeGreaterThan(1000);
    expect(names.companies.size).toBeGreaterThan(1000);
  });

  it('tags a listed company with no organisation word near it as an organisation', () => {
    const text = 'Im Herbst will auch Lufthansa die Preise für Flüge nach Kanada erhöhen.';
    const tokens = analyze(text).sentences[0]!.tokens;
    const model = germanFactRules.nerModel!();
    const spans = tagEntities(model, tokens, nerGazetteer(germanFactRules, model.names)).map((s) => `${s.type}:${tokens.slice(s.start, s.end).map((t) => t.text).join(' ')}`);
    expect(spans).toContain('ORG:Lufthansa');
  });
});
