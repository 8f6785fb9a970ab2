/**
 * The steps of a cold start, marked on the thread that takes them (issue 19): `npm run bench` reads the page's and the
 * engine worker's marks into one timeline (scripts/benchStart.ts), so the longest step of the way to a first popover
 * is measured, not guessed. Each step is marked once per thread (the first article's), a cost of microseconds.
 */
export function markStart(step: string): void {
  const name = `start:${step}`;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/**
 * A step the way to a first popover may take several times, counted by `npm run bench`: a click's rounds of waiting for
 * glossary sections (issue 19: ~20 once, each a round trip to the loading thread; timings on the busy machine hid it).
 * Taken only while the glossary loads, so its marks stay few.
 */
export function countStart(step: string): void {
  performance.mark(`start-count:${step}`);
}
