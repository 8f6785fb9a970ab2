/** The checks every IPC call passes at main's edge; kept free of electron imports so they are unit-tested. */
import { apiContract } from '../shared/api';
import type { ApiMethod } from '../shared/apiMethods';

export const APP_ORIGIN = 'app://lesestoff';

export function isTrustedSender(frameUrl: string, devServerUrl: string | undefined): boolean {
  return frameUrl.startsWith(`${APP_ORIGIN}/`) || (devServerUrl !== undefined && devServerUrl !== '' && frameUrl.startsWith(devServerUrl));
}

/** Parses the arguments against the contract; throws a ZodError naming the bad field. */
export function validateArgs<K extends ApiMethod>(method: K, rawArgs: unknown[]): unknown[] {
  return apiContract[method].args.parse(rawArgs) as unknown[];
}
