/**
 * Lesson packs opened from the operating system (issue 17): a double-clicked `.lesestoff` file, one given on the
 * command line, or one a second launch handed over. Main keeps them until the page asks (`takeOpenedFiles`); here they
 * wait as File objects for the Open-a-pack screen, which reads and checks them exactly as a picked file.
 */
import type { LesestoffApi, LesestoffEvents, OpenedFile } from '../../shared/api';

const waiting: File[] = [];
const listeners = new Set<() => void>();

/** The next pack waiting to be opened, removed from the queue. */
export function takeOpenedPack(): File | undefined {
  return waiting.shift();
}

/** Calls `listener` whenever a pack arrives; returns the unsubscribe function. */
export function onOpenedPack(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * A file main could not read arrives empty under its own name, so the Open-a-pack screen still says which file
 * failed (as an empty file) rather than nothing happening after a double-click.
 */
const asFile = (opened: OpenedFile): File => new File('bytes' in opened ? [new Uint8Array(opened.bytes)] : [], opened.name);

/**
 * Takes the files waiting in main now and whenever main says more arrived; `show` brings the Open-a-pack screen up.
 * Returns the unsubscribe function.
 */
export function receiveOpenedPacks(api: Pick<LesestoffApi, 'takeOpenedFiles'>, events: Pick<LesestoffEvents, 'didOpenFiles'>, show: () => void): () => void {
  const take = async (): Promise<void> => {
    const files = await api.takeOpenedFiles();
    if (files.length === 0) return;
    waiting.push(...files.map(asFile));
    show();
    for (const listener of listeners) listener();
  };
  void take();
  return events.didOpenFiles(() => void take());
}
