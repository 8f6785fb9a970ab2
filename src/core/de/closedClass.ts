/**
 * German closed-class words and small tables the open lexicon lacks (issue 4), as readable
 * data. Conventions follow Universal Dependencies German (GSD): articles and pronouns are
 * lemmatised to the masculine nominative singular (`die` → `der`, `uns` → `wir`), `sein`,
 * `haben`, `werden` and the modals are AUX, `zu` before an infinitive and `nicht` are PART.
 *
 * Each line of CLOSED_CLASS: `form lemma/UPOS lemma/UPOS …`, the most frequent reading first.
 * Forms are lower case; the tagger matches them case-insensitively.
 */
export const CLOSED_CLASS = `
der der/DET der/PRON
die der/DET der/PRON
das der/DET der/PRON
den der/DET der/PRON
dem der/DET der/PRON
des der/DET
dessen der/PRON
deren der/PRON
derer der/PRON
denen der/PRON
ein ein/DET ein/ADV ein/NUM
eine ein/DET ein/NUM
einen ein/DET
einem ein/DET
einer ein/DET ein/PRON
eines ein/DET
kein kein/DET
keine kein/DET
keinen kein/DET
keinem kein/DET
keiner kein/DET kein/PRON
keines kein/DET
dies dieser/DET
diese dieser/DET
dieser dieser/DET
diesen dieser/DET
diesem dieser/DET
dieses dieser/DET
jene jener/DET
jener jener/DET
jenen jener/DET
jenem jener/DET
jenes jener/DET
jede jeder/DET
jeder jeder/DET
jeden jeder/DET
jedem jeder/DET
jedes jeder/DET
welche welcher/DET
welcher welcher/DET
welchen welcher/DET
welchem welcher/DET
welches welcher/DET
solche solcher/DET
solcher solcher/DET
solchen solcher/DET
solchem solcher/DET
solches solcher/DET
manche mancher/DET
mancher mancher/DET
manchen mancher/DET
manchem mancher/DET
manches mancher/DET
alle alle/DET
aller alle/DET
allen alle/DET
allem alle/DET
alles alle/DET
all alle/DET
beide beide/DET
beiden beide/DET
beider beide/DET
beides beide/DET
einige einige/DET
einiger einige/DET
einigen einige/DET
meisten meist/DET=viel
einiges einige/DET
etliche etliche/DET
etlichen etliche/DET
mehrere mehrere/DET
mehreren mehrere/DET
viel viel/DET viel/ADV
viele viel/DET
vielen viel/DET
vieler viel/DET
vielem viel/DET
wenig wenig/DET wenig/ADV
mehr mehr/ADV mehr/DET
wenige wenig/DET
wenigen wenig/DET
anderer anderer/DET
andere anderer/DET
anderen anderer/DET
anderem anderer/DET
anderes anderer/DET
derselbe derselbe/DET
dieselbe derselbe/DET
dasselbe derselbe/DET
denselben derselbe/DET
demselben derselbe/DET
derjenige derjenige/DET
diejenige derjenige/DET
diejenigen derjenige/DET
mein mein/DET
meine mein/DET
meinen mein/DET
meinem mein/DET
meiner mein/DET ich/PRON
meines mein/DET
dein dein/DET
deine dein/DET
deinen dein/DET
deinem dein/DET
deiner dein/DET
deines dein/DET
sein sein/DET sein/AUX
seine sein/DET
seinen sein/DET
seinem sein/DET
seiner sein/DET
seines sein/DET
ihr ihr/DET ihr/PRON
ihre ihr/DET
ihren ihr/DET
ihrem ihr/DET
ihrer ihr/DET
ihres ihr/DET
unser unser/DET
unsere unser/DET
unseren unser/DET
unserem unser/DET
unserer unser/DET
unseres unser/DET
unsre unser/DET
euer euer/DET
eure euer/DET
euren euer/DET
eurem euer/DET
eurer euer/DET
eures euer/DET
ich ich/PRON
mich ich/PRON
mir ich/PRON
du du/PRON
dich du/PRON
dir du/PRON
er er/PRON
ihn er/PRON
ihm er/PRON
sie sie/PRON
es es/PRON
's es/PRON
wir wir/PRON
uns wir/PRON
euch ihr/PRON
ihnen sie/PRON
sich sich/PRON
man man/PRON
wer wer/PRON
wen wer/PRON
wem wer/PRON
wessen wer/PRON
was was/PRON
nichts nichts/PRON
nix nichts/PRON
hab haben/AUX
etwas etwas/PRON etwas/ADV
jemand jemand/PRON
jemanden jemand/PRON
jemandem jemand/PRON
niemand niemand/PRON
niemanden niemand/PRON
niemandem niemand/PRON
jedermann jedermann/PRON
selbst selbst/ADV
selber selber/ADV
einander einander/PRON
in in/ADP
an an/ADP
auf auf/ADP
aus aus/ADP
bei bei/ADP
mit mit/ADP
nach nach/ADP
von von/ADP
vor vor/ADP
zu zu/ADP zu/PART zu/ADV
für für/ADP
über über/ADP über/ADV
unter unter/ADP unter/ADV
um um/ADP
durch durch/ADP
gegen gegen/ADP
ohne ohne/ADP
seit seit/ADP seit/SCONJ
bis bis/ADP bis/SCONJ
ab ab/ADP
hinter hinter/ADP
neben neben/ADP
zwischen zwischen/ADP
wegen wegen/ADP
während während/ADP während/SCONJ
trotz trotz/ADP
statt statt/ADP
anstatt anstatt/ADP
per per/ADP
pro pro/ADP
laut laut/ADP
dank dank/ADP
gemäß gemäß/ADP
zufolge zufolge/ADP
aufgrund aufgrund/ADP
infolge infolge/ADP
innerhalb innerhalb/ADP
außerhalb außerhalb/ADP
oberhalb oberhalb/ADP
unterhalb unterhalb/ADP
jenseits jenseits/ADP
diesseits diesseits/ADP
inmitten inmitten/ADP
entlang entlang/ADP
gegenüber gegenüber/ADP
bezüglich bezüglich/ADP
abzüglich abzüglich/ADP
zuzüglich zuzüglich/ADP
angesichts angesichts/ADP
anlässlich anlässlich/ADP
mittels mittels/ADP
nebst nebst/ADP
samt samt/ADP
seitens seitens/ADP
ungeachtet ungeachtet/ADP
zugunsten zugunsten/ADP
ob ob/SCONJ
als als/ADP als/CCONJ als/SCONJ
wie wie/SCONJ wie/CCONJ wie/ADV
und und/CCONJ
oder oder/CCONJ
aber aber/CCONJ aber/ADV
sondern sondern/CCONJ
denn denn/CCONJ denn/ADV
sowie sowie/CCONJ
sowohl sowohl/CCONJ
weder weder/CCONJ
noch noch/ADV noch/CCONJ
entweder entweder/CCONJ
beziehungsweise beziehungsweise/CCONJ
bzw bzw/CCONJ
bzw. bzw./CCONJ
jedoch jedoch/ADV
dass dass/SCONJ
daß daß/SCONJ
weil weil/SCONJ
wenn wenn/SCONJ
falls falls/SCONJ
obwohl obwohl/SCONJ
obgleich obgleich/SCONJ
obschon obschon/SCONJ
damit damit/ADV damit/SCONJ
nachdem nachdem/SCONJ
bevor bevor/SCONJ
ehe ehe/SCONJ
sobald sobald/SCONJ
solange solange/SCONJ
seitdem seitdem/SCONJ seitdem/ADV
sodass sodass/SCONJ
indem indem/SCONJ
sofern sofern/SCONJ
soweit soweit/SCONJ soweit/ADV
wohingegen wohingegen/SCONJ
je je/ADV
desto desto/ADV
umso umso/ADV
nicht nicht/PART
nein nein/PART
ja ja/ADV
doch doch/ADV doch/CCONJ
da da/ADV da/SCONJ
am an/ADP
im in/ADP
ins in/ADP
zum zu/ADP
zur zu/ADP
vom von/ADP
beim bei/ADP
ans an/ADP
aufs auf/ADP
ums um/ADP
durchs durch/ADP
fürs für/ADP
übers über/ADP
eins eins/NUM
zwei zwei/NUM
drei drei/NUM
vier vier/NUM
fünf fünf/NUM
sechs sechs/NUM
sieben sieben/NUM
acht acht/NUM
neun neun/NUM
zehn zehn/NUM
elf elf/NUM
zwölf zwölf/NUM
zwanzig zwanzig/NUM
dreißig dreißig/NUM
vierzig vierzig/NUM
fünfzig fünfzig/NUM
sechzig sechzig/NUM
siebzig siebzig/NUM
achtzig achtzig/NUM
neunzig neunzig/NUM
hundert hundert/NUM
tausend tausend/NUM
dreizehn dreizehn/NUM
vierzehn vierzehn/NUM
fünfzehn fünfzehn/NUM
sechzehn sechzehn/NUM
siebzehn siebzehn/NUM
achtzehn achtzehn/NUM
neunzehn neunzehn/NUM
million Million/NOUN
`;

/**
 * Contractions of preposition + article (`im` = `in dem`). UD splits them into two words;
 * when the text gives one token the tagger uses the preposition.
 */
export const CONTRACTIONS: Record<string, [string, string]> = {
  am: ['an', 'dem'], im: ['in', 'dem'], ins: ['in', 'das'], zum: ['zu', 'dem'], zur: ['zu', 'der'],
  vom: ['von', 'dem'], beim: ['bei', 'dem'], ans: ['an', 'das'], aufs: ['auf', 'das'],
  ums: ['um', 'das'], durchs: ['durch', 'das'], fürs: ['für', 'das'], übers: ['über', 'das'],
};

/**
 * Common adverbs; the open-class lists carry nouns, verbs and adjectives only. Among them the adverbs that join a clause
 * to the one before or comment on it (`ansonsten`, `daraufhin`, `wahrscheinlich`, `erstens`), which mostly open their
 * sentence: capitalised there and unknown to the lists, they were read as names or as compounds (`Allen|fall`).
 */
export const ADVERBS = `
mitten lieber öfter ca ca. circa
auch sehr nur noch immer mehr weniger so schon mehr dort dann einfach wieder hier wirklich jetzt leider da
sofort gerne gern etwa bereits nie also weiter mal heute gestern morgen fast überhaupt nun lange ganz
dafür dabei zwar kaum gerade erst eher darüber daran zuvor zusammen wohl weiterhin vielmehr
sonst schließlich natürlich mittlerweile ja heraus einmal durchaus dazu dagegen bisher zurück
zumindest teilweise somit sogar sicherlich oft maximal hin gleich genug genau eigentlich eben deshalb
daraus darauf damals besonders anders allerdings äußerst überall zweimal dreimal zurzeit warum
vorher vermutlich untereinander unbedingt tatsächlich stets soviel rundum nunmehr normalerweise
nochmal nochmals nebenbei nachts morgens abends mittags vormittags nachmittags tagsüber ebenfalls
trotzdem dennoch deswegen daher darum dadurch danach davor dahin daher dazwischen daneben
darunter darin davon dorthin hierher hierzu hiermit hierbei hierfür inzwischen indes bislang
jedenfalls keinesfalls keineswegs längst meist meistens mitunter möglicherweise offenbar
offensichtlich ohnehin quasi    sowieso spätestens stattdessen übrigens
ungefähr unten oben vorne vorn hinten draußen drinnen außen innen links rechts irgendwie
irgendwo irgendwann jemals niemals nirgends nirgendwo oftmals öfters schnellstens sodann
vielleicht vorerst vorhin wann weshalb wieso weswegen wo woher wohin womit wovon worauf worüber
wodurch wofür wozu zudem zugleich zuerst zuletzt zunächst zuweilen bald beinahe bloß ebenso
ebenfalls eh einst endlich  etwa fortan freilich  ganz gar genauso gleichwohl
hingegen immerhin insbesondere insgesamt irgendwann jedoch jeweils kürzlich letztlich
lediglich manchmal mindestens neuerdings noch nun nur oft ohnehin recht schon sehr seither
soeben sogleich sonst   wiederum wenigstens ziemlich zuvor demnach demnächst
anschließend ausschließlich außerdem bekanntlich beispielsweise bereits bestenfalls
derzeit diesmal ebenda eigens einerseits andererseits erstmals folglich gegebenenfalls
gelegentlich geradezu größtenteils grundsätzlich heutzutage hierzulande höchstens immer
       vorwiegend weitaus
vorbei voran voraus vorüber weg empor entgegen fort herauf heran herbei herein herüber herum
herunter hervor hinauf hinaus hinein hinüber hinunter hinzu los nieder umher weiterhin allein
ansonsten überdies obendrein indessen unterdessen währenddessen infolgedessen daraufhin demzufolge demgegenüber
mithin insofern insoweit allenfalls andernfalls anderenfalls nichtsdestotrotz nichtsdestoweniger desgleichen gleichfalls
abermals nachher bisweilen vornehmlich schlussendlich letztendlich wahrscheinlich womöglich hoffentlich zweifelsohne
erstens zweitens drittens viertens
`;

/**
 * Particles that split off separable verbs (`kündigte … an`). UD GSD tags the particle
 * with the part of speech of the homonymous word: ADP for prepositions, ADV otherwise.
 */
export const SEPARABLE_PARTICLES = new Set(`
ab an auf aus bei dar durch ein fest fort frei gegenüber her herab heran herauf heraus herbei
herein herüber herum herunter hervor hin hinab hinauf hinaus hinein hinüber hinunter hinzu
kennen kaputt los mit nach nieder statt teil über um unter vor voran voraus vorbei vorüber weg
weiter wieder zu zurecht zurück zusammen bereit bevor dabei dagegen daher dahin danach daneben
davon dazu entgegen entlang fern hoch klar offen schwer stand still voll wahr übrig zufrieden
auseinander gerade da einher empor hinterher nebenher überein vorweg wett zuvor
`.trim().split(/\s+/));

/** Suppletive and irregular comparison (`besser` → `gut`), stems without endings. */
export const IRREGULAR_COMPARISON: Record<string, string> = {
  besser: 'gut', best: 'gut', mehr: 'viel', meist: 'viel', höher: 'hoch', höchst: 'hoch',
  näher: 'nah', nächst: 'nah', lieber: 'gern', liebst: 'gern', eher: 'bald', ehest: 'bald',
  größt: 'groß', weniger: 'wenig', wenigst: 'wenig', minder: 'wenig', mindest: 'wenig',
};

/** Words whose forms act as ordinals (`ersten` → `erst`); numerals 1–19 take -t, 20+ take -st. */
export const ORDINAL_STEMS: Record<string, string> = {
  erst: 'erst', zweit: 'zweit', dritt: 'dritt', viert: 'viert', fünft: 'fünft', sechst: 'sechst',
  siebt: 'siebt', siebent: 'siebent', acht: 'acht', neunt: 'neunt', zehnt: 'zehnt', elft: 'elft',
  zwölft: 'zwölft', letzt: 'letzt', hundertst: 'hundertst', tausendst: 'tausendst',
};

/**
 * Currencies with their gender: after its amount (`930 Millionen Mark`) a currency's name is the currency, where the
 * lists give its letters another noun's gender too (das Mark, marrow; die Mark, the currency).
 */
export const CURRENCY_GENDERS: Readonly<Record<string, 'der' | 'die' | 'das'>> = {
  Euro: 'der', Mark: 'die', Dollar: 'der', Franken: 'der', Pfund: 'das', Rubel: 'der', Yen: 'der',
};

/**
 * UD German annotates the names of weekdays, months and currencies as PROPN although they
 * are common nouns in dictionaries.
 */
export const PROPER_NOUN_LEMMAS = new Set([...`
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag
Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jänner
`.trim().split(/\s+/), ...Object.keys(CURRENCY_GENDERS)]);

/**
 * Verbs that form the perfect with sein (moving, a change of state, happening), as grammars list them: where two verbs
 * share a participle (`gefallen`: fallen, gefallen; `geraten`: geraten, raten) its auxiliary says which is meant.
 */
export const PERFECT_WITH_SEIN = new Set(`
  sein werden bleiben gehen kommen fahren fallen fliegen laufen rennen reisen schwimmen springen steigen sinken
  sterben wachsen geraten gelingen geschehen passieren folgen begegnen entstehen verschwinden erscheinen wandern
  ziehen fliehen flüchten kriechen reiten rollen gleiten stürzen stolpern treten weichen eilen landen starten
  aufwachen einschlafen erwachen schmelzen frieren platzen scheitern gedeihen genesen vergehen gelangen entkommen
`.trim().split(/\s+/));

/** Auxiliary verbs (UD AUX): the copula, the perfect and passive auxiliaries and the modals. */
export const AUXILIARIES = new Set(['sein', 'haben', 'werden', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen']);

/**
 * Noun suffixes of one gender beside SUFFIX_RULES' (which make a word a noun): each holds for at least 95 % of the
 * lexicon's nouns that end so (counted over its 68,000 nouns of one gender, nominalised adjectives left out). A
 * capitalised word the lexicon lacks that an article or adjective makes a common noun takes its article from them
 * (`die Nordlandik`, `das Problemchen`, `der Brandtist`); they do not make it a noun (`Viktor`, `Melanie` stay names).
 * Endings that lead no such majority (-nis, -um, -in, -ette, -ur) give no article.
 */
export const NOUN_GENDER_SUFFIXES: readonly (readonly [ending: RegExp, gender: 'der' | 'die' | 'das'])[] = [
  [/(?:ion|ik|ie|enz|anz|age|ei|ine)$/, 'die'],
  [/(?:ist|or|ling|ant)$/, 'der'],
  // A diminutive's -chen follows a consonant, not r (`Oligarchen` are weak nouns' plurals, `Aachen` a place).
  [/(?:[^aeiouäöüyr]chen|lein|ium)$/, 'das'],
];

/**
 * Endings of one gender among the capitalised words the lexicon lacks that the words around them make common nouns:
 * those are loanwords and agent nouns (`der Reader`, `der Stakeholder`, `den Werbeblockern`, `vor den Riedern`; 7 of 7
 * such nouns in the 100 development news are der), not the old nouns of other genders in -er (das Fenster, die Mutter),
 * which the lexicon lists, so that only 87 % of its nouns in -er are masculine.
 */
export const UNLISTED_NOUN_GENDER_SUFFIXES: readonly (readonly [ending: RegExp, gender: 'der' | 'die' | 'das'])[] = [
  [/er$/, 'der'],
];

/**
 * Suffixes that decide the part of speech of a word the lexicon lacks, longest first.
 * `upos` and the lemma rule: strip `cut` characters and append `add`.
 */
export const SUFFIX_RULES: { suffix: string; upos: 'NOUN' | 'ADJ' | 'VERB' | 'ADV'; cut: number; add: string; capital?: boolean; gender?: 'der' | 'die' | 'das' }[] = [
  { suffix: 'ungen', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  { suffix: 'heiten', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  { suffix: 'keiten', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  { suffix: 'schaften', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  { suffix: 'ionen', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  { suffix: 'täten', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  { suffix: 'ereien', upos: 'NOUN', cut: 2, add: '', capital: true, gender: 'die' },
  // Singular feminine abstract-noun suffixes: a capitalised word with them is a common noun.
  { suffix: 'ung', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'heit', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'keit', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'schaft', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'tät', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'erei', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'ismus', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'der' },
  // Loan-word noun suffixes (`Location`, `Parfümeur`, `Management`).
  { suffix: 'tion', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'die' },
  { suffix: 'eur', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'der' },
  { suffix: 'ment', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'das' },
  // Diminutives (`Tischchen`, `Häuschen`); `Aachen` ends in a vowel before -chen.
  { suffix: 'schen', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'das' },
  { suffix: 'hchen', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'das' },
  { suffix: 'tchen', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'das' },
  { suffix: 'dchen', upos: 'NOUN', cut: 0, add: '', capital: true, gender: 'das' },
  { suffix: 'lichen', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'licher', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'liches', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'lichem', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'liche', upos: 'ADJ', cut: 1, add: '' },
  { suffix: 'lich', upos: 'ADJ', cut: 0, add: '' },
  { suffix: 'ischen', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'ischer', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'isches', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'ischem', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'ische', upos: 'ADJ', cut: 1, add: '' },
  { suffix: 'isch', upos: 'ADJ', cut: 0, add: '' },
  { suffix: 'igen', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'iger', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'iges', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'igem', upos: 'ADJ', cut: 2, add: '' },
  { suffix: 'ige', upos: 'ADJ', cut: 1, add: '' },
  { suffix: 'ig', upos: 'ADJ', cut: 0, add: '' },
  { suffix: 'weise', upos: 'ADV', cut: 0, add: '' },
  { suffix: 'ieren', upos: 'VERB', cut: 0, add: '' },
  { suffix: 'iert', upos: 'VERB', cut: 1, add: 'en' },
];
