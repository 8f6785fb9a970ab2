/** Days in the learner's local time (issue 18): a day ends at their midnight, for the streak and "read today". */

/** Local midnight of the day `at` falls in. */
export function dayStart(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}
