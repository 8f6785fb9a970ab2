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

  /**
   * All sections asked for since the last call, each once, first asked first: a card's lookup and the click's ask for
   * the same sections while the loading thread is busy (issue 19), and each is inflated and posted once.
   */
  takeAll(): number[] {
    const all = [...new Set(this.list)];
    this.list = [];
    return all;
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
