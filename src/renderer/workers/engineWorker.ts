/**
 * The page's engine worker, started once by whichever asks first: the page's first script (main.boot.ts), so that the
 * worker fetches its assets while the app's own bundle still loads (issue 19: the first article's words clickable
 * about when the library shows), then the app's engine client.
 */
let worker: Worker | null = null;

export function engineWorker(): Worker {
  worker ??= new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return worker;
}
