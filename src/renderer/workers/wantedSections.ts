/**
 * The glossary sections a lookup waits for, asked of the loading thread (issue 19). A module of its own, without
 * imports, so the thread takes requests before its loading code has arrived.
 */

/** Sections asked for, by their offset in the asset's bytes, first asked first. */
export class WantedSections {
  private list: number[] = [];
  private wake: (() => void) | undefined;

  want(at: number): void {
    this.list.push(at);
    this.wake?.();
  }

  take(): number | undefined {
    return this.list.shift();
  }

  /** Resolves when a section is next asked for, or after `ms`. */
  asked(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.woken(resolve), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.woken(resolve);
      };
    });
  }

  private woken(resolve: () => void): void {
    this.wake = undefined;
    resolve();
  }
}
