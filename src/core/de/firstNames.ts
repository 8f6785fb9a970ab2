/**
 * Common first names in German news, by grammatical gender, so `er`/`sie` can find the right earlier person
 * (`Anna Berg und Jan Ott …; sie sagte …`). A small, readable list (`firstNameGender` also reads faker's): names not in it fall back to role endings
 * (`Ministerin`) and articles. Names that are common for both genders (`Kim`, `Andrea` in Italian) are left out.
 */
import { FAKER_FEMALE, FAKER_MALE } from './firstNamesData';

const FEMALE = (
  'Anna Anne Annette Angela Andrea Anja Antje Barbara Bettina Birgit Brigitte Carina Carola Caroline Christa Christina ' +
  'Christiane Claudia Cornelia Dagmar Daniela Diana Doris Dorothea Edith Elena Elisabeth Elke Ellen Emily Emma Erika Eva ' +
  'Franziska Frauke Friederike Gabriele Gerda Gertrud Gisela Hanna Hannah Heike Helga Helene Hildegard Ilse Ina Ines Ingrid ' +
  'Irene Iris Isabel Jana Jennifer Jessica Johanna Julia Juliane Jutta Karin Katarina Katharina Kathrin Katja Katrin Kerstin ' +
  'Klara Kristina Laura Lea Lena Lisa Luise Lydia Maike Manuela Margarete Margot Maria Marie Marina Marion Marlene Martina ' +
  'Melanie Mia Michaela Monika Nadine Natalie Nicole Nina Olga Petra Renate Rita Ruth Sabine Sandra Sara Sarah Silke Simone ' +
  'Sofia Sophie Stefanie Stephanie Susanne Svenja Svetlana Tanja Theresa Ulrike Ursula Ute Valentina Vanessa Vera Veronika ' +
  'Yvonne Hillary Condoleezza Nancy Ségolène Giorgia Kamala Jacinda Tatjana Natalja Irina Julija Oksana'
).split(' ');

const MALE = (
  'Alexander Andreas Anton Armin Arne Benjamin Bernd Bernhard Björn Boris Carsten Christian Christoph Daniel David Dennis ' +
  'Dieter Dirk Dominik Elias Emil Erich Ernst Erwin Felix Florian Frank Franz Friedrich Georg Gerd Gerhard Günter Günther ' +
  'Hans Harald Heiko Heinrich Heinz Helmut Henrik Herbert Holger Horst Hubert Ingo Jakob Jan Jens Joachim Jochen Johann ' +
  'Johannes Jonas Jörg Josef Jürgen Kai Karl Karsten Klaus Konrad Kurt Lars Leon Lothar Lukas Manfred Marc Marcel Marco ' +
  'Mario Markus Martin Matthias Max Maximilian Michael Mike Moritz Niklas Norbert Olaf Oliver Otto Patrick Paul Peter ' +
  'Philipp Rainer Ralf Ralph Reinhard Robert Roland Rolf Rudolf Sebastian Siegfried Simon Stefan Steffen Stephan Sven ' +
  'Thomas Thorsten Tim Tobias Torsten Ulrich Uwe Volker Walter Werner Wilhelm Wolfgang Barack Donald George Joe John ' +
  'Emmanuel François Nicolas Jacques Silvio Mario Recep Benjamin Wladimir Dmitri Sergej Alexej Igor Juri Viktor'
).split(' ');

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(FEMALE);
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(MALE.filter((n) => !FEMALE.includes(n)));
/**
 * The gender of a first name by the short list, else by faker's longer one (`firstNamesData.ts`): of a person found
 * otherwise, so `sie` and a quiz's options of one gender know `Viktoria Asarenka` and `Serena Williams` too. Not a test
 * of what is a first name: thousands of rarer names (`Roman`, `Summer`) are words or titles as often.
 */
export function firstNameGender(name: string): 'female' | 'male' | null {
  if (FEMALE_FIRST_NAMES.has(name)) return 'female';
  if (MALE_FIRST_NAMES.has(name)) return 'male';
  // Built at the first name the short list lacks, not at every host's start (13,000 names the reader never needs).
  faker ??= new Map([...FAKER_FEMALE.split(' ').map((n) => [n, 'female'] as const), ...FAKER_MALE.split(' ').map((n) => [n, 'male'] as const)]);
  return faker.get(name) ?? null;
}
let faker: Map<string, 'female' | 'male'> | undefined;
/** Either gender's: a name right after one is a person's surname (`Jan Kraft`), whatever common noun it is spelled like. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(FEMALE.concat(MALE));
/** Titles a surname follows (`Herr Brandtner`, `Dr. Sieben`): after one a capitalised word is a name. */
export const TITLES: ReadonlySet<string> = new Set(['Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.', 'Dr', 'Prof', 'Fräulein', 'Doktor', 'Professor', 'Professorin']);
