import { hash53 } from '../hash';

/** Seeded PRNG (mulberry32): the same seed and input always give the same quiz. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * A question's options in the order one student sees them (issue 15): fixed by the student's
 * `seed` and the question, so it stays put while they answer, and differs from student to student,
 * so the right answer's place tells nothing and neighbours see different orders.
 */
export function optionOrder<T>(options: readonly T[], seed: number, questionId: string): T[] {
  return shuffle(options, mulberry32(seed ^ parseInt(hash53(questionId).slice(-6), 36)));
}
