/**
 * Work a click starts that the learner does not wait for, run once the page is idle (issue 19): on a timer of 0 ms the
 * count of looked-up words was written while the engine worker's answer for the click's card already waited, so the
 * popover showed its meanings after that write (5-9 ms of the page's thread on the busy machine). The timeout keeps a
 * page that is never idle from holding the work back for long.
 */
export const IDLE_TIMEOUT_MS = 1_000;

export function whenIdle(task: () => void): void {
  requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
}
