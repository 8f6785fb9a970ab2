/**
 * Registers one IPC handler per API method. Every call is checked at this edge:
 * the sender must be our own app:// page, and the arguments must match the contract.
 */
import { ipcMain } from 'electron';
import type { LesestoffApi } from '../shared/api';
import { apiMethods, channelOf } from '../shared/apiMethods';
import { isTrustedSender, validateArgs } from './ipcGuards';

export function registerIpcHandlers(api: LesestoffApi, devServerUrl: string | undefined): void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), async (event, ...rawArgs: unknown[]) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url, devServerUrl)) throw new Error(`IPC refused from untrusted frame: ${url}`);
      const handler = api[method] as (...a: unknown[]) => Promise<unknown>;
      return handler(...validateArgs(method, rawArgs));
    });
  }
}
