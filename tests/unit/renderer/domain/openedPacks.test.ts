import { describe, expect, it, vi } from 'vitest';
import { onOpenedPack, receiveOpenedPacks, takeOpenedPack } from '../../../../src/renderer/domain/openedPacks';
import type { OpenedFile } from '../../../../src/shared/api';

/** Main's side as the page sees it: files waiting, and the event that says more arrived. */
function hostWith(batches: OpenedFile[][]) {
  let notify = (): void => undefined;
  const api = { takeOpenedFiles: vi.fn(() => Promise.resolve(batches.shift() ?? [])) };
  const events = {
    didOpenFiles: (listener: () => void) => {
      notify = listener;
      return () => undefined;
    },
  };
  return { api, events, arrive: () => notify() };
}

describe('receiveOpenedPacks', () => {
  it('takes the packs waiting at start, then those a second launch hands over, and shows the Open-a-pack screen', async () => {
    const host = hostWith([[{ name: 'Woche 3.lesestoff', bytes: new TextEncoder().encode('PK eins') }], [{ name: 'Woche 4.lesestoff', bytes: new TextEncoder().encode('PK zwei') }]]);
    const show = vi.fn();
    const arrived = vi.fn();
    const off = onOpenedPack(arrived);
    receiveOpenedPacks(host.api, host.events, show);
    await vi.waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    const first = takeOpenedPack();
    expect(first?.name).toBe('Woche 3.lesestoff');
    expect(await first?.text()).toBe('PK eins');
    expect(takeOpenedPack()).toBeUndefined();

    host.arrive();
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(2));
    expect(show).toHaveBeenCalledTimes(2);
    expect(await takeOpenedPack()?.text()).toBe('PK zwei');
    off();
  });

  it('shows nothing when no pack waits, and a file main could not read arrives empty under its name', async () => {
    const host = hostWith([[], [{ name: 'weg.lesestoff', error: 'unreadable' }]]);
    const show = vi.fn();
    receiveOpenedPacks(host.api, host.events, show);
    await vi.waitFor(() => expect(host.api.takeOpenedFiles).toHaveBeenCalledTimes(1));
    expect(show).not.toHaveBeenCalled();
    host.arrive();
    await vi.waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    const file = takeOpenedPack();
    expect([file?.name, file?.size]).toEqual(['weg.lesestoff', 0]);
  });
});
