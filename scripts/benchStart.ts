/**
 * Start-up as a learner meets it (issue 19), in the web build on a fresh browser profile, timed from the navigation's
 * start inside the page:
 *   start.libraryMs        the library lists the bundled articles
 *   start.firstPopoverMs   a bundled article opened at once: its first word clicked as soon as it is painted (in a task
 *                          after the frame that draws it, as a learner clicks what they see), until the popover shows
 *                          that word's senses
 *   start.popoverToLibrary their ratio (issue 19 aims at ≤ 1.2)
 *   start.clickToPopoverMs from that click until the popover shows the senses
 *   start.firstClickCached 1 when that card was drawn from the page's card cache (preparedCards.ts), 0 when the click
 *                          had to ask the engine worker (the cards reach the page only after the analysis's reply)
 *   start.firstPopoverSenses the meanings that popover shows: a card answered before the glossary sections it reads
 *                          had come showed none (issue 19), and a faster popover without them is no faster popover
 *   start.clickGlossaryRounds how many times that click's lookup waited for glossary sections still loading (each a
 *                          round trip to the glossary's loading thread; `countStart`), a count the machine's load
 *                          does not blur
 *   start.workerMemoryMB   the engine worker's memory once that popover is shown (assets loaded; see workerMemoryMB)
 *   start.chunksBeforeLookup the code files (chunks) the page and the engine worker had loaded when the first click's
 *                          lookup was asked, and start.kBBeforeLookup the kB of all the files they had loaded by then
 *                          (code and assets, the glossary's loading thread's own not counted): counts the machine's
 *                          load does not blur, of what the way to a first popover waits for
 *   start.at.<step>        the way to that popover, ms from the navigation's start, in order: the steps the page, the
 *                          engine worker and the glossary's loading thread mark (src/renderer/workers/startMarks.ts: the
 *                          app starts, the worker starts, the glossary's loading thread started ahead (glossary-ahead:
 *                          the app opens at an article) and running (glossary-thread), the lexicon is fetched, the
 *                          service's code loaded, the glossary's keys arrived and indexed on that thread
 *                          (glossary-keys-arrived, glossary-keys-indexed), the engine built, the article's analysis begun
 *                          (with the engine: only its last step waits for the glossary) and run (analysis-run: before
 *                          `glossary` when the glossary was the longer way, just before it when the glossary's keys
 *                          waited for the analysis to let the worker's thread go), the glossary opened, the article
 *                          analysed, its analysis received (or, for a bundled article, its analysis and opening
 *                          cards read from what the app ships: reading-shipped, and no analysis asked; shippedReadings.ts),
 *                          its cards begun, first prepared and first
 *                          received by the page (cardCache.ts), the first word inserted in the page (drawn) and
 *                          clicked, its lookup asked, begun and answered by the
 *                          worker, its card arrived in the page, the popover shown: the worker answered the first
 *                          click within 1 ms of being asked and the page took the answer 30-45 ms later, behind the
 *                          article's first paint and database reads, which these two marks tell apart)
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { glossaryOfThread } from '../src/renderer/workers/glossaryThreadName';
import { type WebApp, withWebApp } from './benchWeb';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const round = (x: number) => Math.round(x);

/**
 * Records in `window.__start` when the library first lists an article or, opened at an article, clicks the first word
 * of the reader's body and records when its popover is ready. Each change of the page asks only what is still
 * awaited, and the watch ends with the mark: its searches of the whole document ran on the page's thread, ~10 ms
 * apiece on the busy machine, while the page drew the popover it timed.
 */
const watcher = `
(() => {
window.__start = {};
const reading = location.hash.startsWith('#/read/');
const click = () => {
  const marks = window.__start;
  // Found again: the word the frame painted, should the reader have drawn it anew since it was inserted.
  const word = document.querySelector('.article-body .w');
  marks.clicked = performance.now();
  word.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  word.click();
  // A card from the page's cache is drawn before the page's next task; one asked of the worker comes in a later
  // one (its request leaves with the popover's first draw, after this task is queued).
  const next = new MessageChannel();
  next.port1.onmessage = () => (marks.cached = document.querySelector('[data-testid="glossary"][data-state="ready"]') ? 1 : 0);
  next.port2.postMessage(0);
};
const watch = new MutationObserver(() => {
  const marks = window.__start;
  if (!reading) {
    if (document.querySelector('a[href^="#/read/"]')) marks.library = performance.now();
  } else if (marks.drawn === undefined) {
    const word = document.querySelector('.article-body .w');
    if (word) {
      marks.drawn = performance.now();
      // Clicked in a task after the frame that paints it, as a learner clicks a word they see: clicked in the task that
      // inserted it, the popover's placement laid the whole page out for the first time (45 ms of a 128 ms click in a
      // trace on the busy machine), work the page's first frame does in any case before anyone can click.
      requestAnimationFrame(() => {
        const painted = new MessageChannel();
        painted.port1.onmessage = click;
        painted.port2.postMessage(0);
      });
    }
  }
  if (reading && marks.clicked !== undefined && document.querySelector('[data-testid="glossary"][data-state="ready"]')) {
    marks.popover = performance.now();
    marks.senses = document.querySelectorAll('[data-testid="glossary-senses"] li').length;
  }
  if (marks.library !== undefined || marks.popover !== undefined) watch.disconnect();
});
watch.observe(document, { subtree: true, childList: true, attributes: true });
})();
`;

/** Sends a DevTools protocol command to one thread. */
type Send = <T>(method: string, params?: object) => Promise<T>;

/**
 * A thread's commands, sent as `post` delivers a protocol message to it; `receive` takes what it says. Its own workers
 * are reached through it (`worker`): the glossary's loading thread is a worker of the engine worker.
 */
function threadLink(post: (message: string) => void) {
  const replies = new Map<number, (result: unknown) => void>();
  const children = new Map<string, ReturnType<typeof threadLink>>();
  const attached: ((title: string, sessionId: string) => void)[] = [];
  let id = 0;
  const send: Send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      replies.set(++id, resolve as (result: unknown) => void);
      post(JSON.stringify({ id, method, params }));
    });
  const link = {
    send,
    receive(raw: string) {
      const message = JSON.parse(raw) as { id?: number; result?: unknown; method?: string; params?: { sessionId: string; message: string; targetInfo: { title: string } } };
      if (message.id !== undefined && message.result) replies.get(message.id)?.(message.result);
      if (message.method === 'Target.attachedToTarget') for (const hear of attached) hear(message.params!.targetInfo.title, message.params!.sessionId);
      if (message.method === 'Target.receivedMessageFromTarget') children.get(message.params!.sessionId)?.receive(message.params!.message);
    },
    /** This thread's worker whose name `named` accepts, or undefined when it has none within `waitMs` (a thread that ended). */
    async worker(named: (title: string) => boolean, waitMs: number): Promise<Send | undefined> {
      const found = new Promise<string>((resolve) => attached.push((title, sessionId) => named(title) && resolve(sessionId)));
      void send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
      const sessionId = await Promise.race([found, new Promise<undefined>((resolve) => setTimeout(resolve, waitMs))]);
      if (sessionId === undefined) return undefined;
      const child = threadLink((message) => void send('Target.sendMessageToTarget', { sessionId, message }));
      children.set(sessionId, child);
      return child.send;
    },
  };
  return link;
}

/** The page's worker named `name`, through one DevTools session. */
async function workerSession(page: Page, name: string): Promise<ReturnType<typeof threadLink>> {
  const cdp = await page.context().newCDPSession(page);
  const session = new Promise<string>((resolve) =>
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker' && e.targetInfo.title === name) resolve(e.sessionId);
    }),
  );
  const link = threadLink((message) => void session.then((sessionId) => cdp.send('Target.sendMessageToTarget', { sessionId, message })));
  cdp.on('Target.receivedMessageFromTarget', (e) => link.receive(e.message));
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await session;
  return link;
}

/**
 * Memory of the worker, in MB: its JavaScript heap in use plus the array buffers it holds (the assets' bytes and
 * indexes). Strings Blink keeps outside the heap are not counted.
 */
async function workerMemoryMB(send: Send): Promise<number> {
  const { usedSize, embedderHeapUsedSize = 0, backingStorageSize = 0 } = await send<{ usedSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number }>('Runtime.getHeapUsage');
  return Math.round((usedSize + embedderHeapUsedSize + backingStorageSize) / 1e5) / 10;
}

/** The cold start's marks (startMarks.ts) of this thread, as [step, ms since the epoch]; evaluated in the page or a worker. */
const marksSource = "JSON.stringify(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('start:')).map((m) => [m.name.slice(6), performance.timeOrigin + m.startTime]))";

/**
 * The files this thread (the page or a worker) had loaded when `at` (ms since the epoch), as [is code, bytes]: from
 * Resource Timing, whose entry comes once a file's last byte has (a fresh profile: every file from the server).
 */
const loadedSource = (at: number) =>
  `JSON.stringify(performance.getEntriesByType('resource').filter((r) => performance.timeOrigin + r.responseEnd <= ${at}).map((r) => [/\\.js$/.test(new URL(r.name).pathname), r.encodedBodySize]))`;

/** How many times the engine worker took a counted step (startMarks.ts `countStart`). */
const countSource = (step: string) => `performance.getEntriesByName('start-count:${step}', 'mark').length`;

/** The start figures in `app`'s build (the header's list); apart from `benchStart`, to compare prebuilt builds in turn. */
export async function startFigures(app: WebApp): Promise<Record<string, number>> {
  const first = readdirSync(join(root, 'resources', 'articles')).sort()[0]!.replace(/\.txt$/, '');
  let memoryMB = 0;
  let click = { toPopover: 0, cached: 0, rounds: 0, senses: 0 };
  let steps: [string, number][] = [];
  let loaded = { chunks: 0, bytes: 0 };
  const mark = async (hash: string, name: 'library' | 'popover') => {
    const page = await app.openPage(hash, watcher);
    await page.waitForFunction((n) => (window as unknown as { __start: Record<string, number> }).__start[n] !== undefined, name, { timeout: 120_000 });
    const marks = await page.evaluate(() => (window as unknown as { __start: Record<string, number> }).__start);
    if (name === 'popover') {
      const engine = await workerSession(page, 'engine');
      memoryMB = await workerMemoryMB(engine.send);
      const inEngine = async (expression: string) => (await engine.send<{ result: { value: string } }>('Runtime.evaluate', { expression, returnByValue: true })).result.value;
      // Still running at the popover (it ends once every section is inflated, seconds later); 0.5 s to find it is ample.
      const glossary = await engine.worker((title) => glossaryOfThread(title) !== undefined, 500);
      // It may end between being found and answering, its marks gone with it: the question it never answered hung the
      // bench for good (1 run of 10 with the engine worker started before the app's bundle, its thread done sooner).
      const inGlossary = async (expression: string) =>
        glossary
          ? Promise.race([
              glossary<{ result: { value: string } }>('Runtime.evaluate', { expression, returnByValue: true }).then((reply) => reply.result.value),
              new Promise<string>((resolve) => setTimeout(() => resolve('[]'), 5_000)),
            ])
          : '[]';
      const rounds = Number(await inEngine(countSource('glossary-round')));
      click = { toPopover: marks['popover']! - marks['clicked']!, cached: marks['cached'] ?? 0, rounds, senses: marks['senses'] ?? 0 };
      // One time base: the page's navigation start (a worker's marks count from its own start).
      const origin = await page.evaluate(() => performance.timeOrigin);
      const marked = [(await page.evaluate(marksSource)) as string, await inEngine(marksSource), await inGlossary(marksSource)].flatMap((json) => JSON.parse(json) as [string, number][]);
      const watched: [string, number][] = [
        ['drawn', marks['drawn']!],
        ['clicked', marks['clicked']!],
        ['popover', marks['popover']!],
      ];
      steps = [...marked.map(([step, at]): [string, number] => [step, at - origin]), ...watched].sort((a, b) => a[1] - b[1]);
      const asked = marked.find(([step]) => step === 'lookup-asked')?.[1] ?? origin + marks['clicked']!;
      const files = [(await page.evaluate(loadedSource(asked))) as string, await inEngine(loadedSource(asked))].flatMap((json) => JSON.parse(json) as [boolean, number][]);
      loaded = { chunks: files.filter(([code]) => code).length, bytes: files.reduce((sum, [, bytes]) => sum + bytes, 0) };
    }
    await page.context().close();
    return marks[name]!;
  };
  const libraryMs = await mark('', 'library');
  const firstPopoverMs = await mark(`#/read/${encodeURIComponent(`bundled:${first}`)}`, 'popover');
  return {
    'start.libraryMs': round(libraryMs),
    'start.firstPopoverMs': round(firstPopoverMs),
    'start.popoverToLibrary': Math.round((firstPopoverMs / libraryMs) * 100) / 100,
    'start.clickToPopoverMs': round(click.toPopover),
    'start.firstClickCached': click.cached,
    'start.firstPopoverSenses': click.senses,
    'start.clickGlossaryRounds': click.rounds,
    'start.workerMemoryMB': memoryMB,
    'start.chunksBeforeLookup': loaded.chunks,
    'start.kBBeforeLookup': round(loaded.bytes / 1000),
    ...Object.fromEntries(steps.map(([step, at]) => [`start.at.${step}`, round(at)])),
  };
}

export const benchStart = (): Promise<Record<string, number>> => withWebApp(startFigures);
