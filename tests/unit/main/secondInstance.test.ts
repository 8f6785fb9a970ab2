/** A second start of the app while one runs (issue 17): it must not open a window on the same profile. */
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, standIn } from './electronStandIn';

vi.mock('electron', async () => (await import('./electronStandIn')).standIn);

describe('a second instance', () => {
  it('quits without a window, handlers or protocol when another instance holds the lock', async () => {
    standIn.app.hasLock = false;
    await import('../../../src/main/index');
    standIn.app.becomeReady();
    await standIn.app.whenReady();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(standIn.app.quitCalls).toBe(1);
    expect(FakeBrowserWindow.windows).toHaveLength(0);
    expect(standIn.recorded.ipcHandlers.size).toBe(0);
    expect(standIn.recorded.protocolHandlers.size).toBe(0);
  });
});
