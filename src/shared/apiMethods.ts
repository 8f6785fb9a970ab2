/**
 * The API's method names without their schemas, so the sandboxed preload (which can
 * `require` nothing but electron) stays a tiny bundle with no zod in it.
 */
export const apiMethods = ['getHostInfo', 'listBundledArticles', 'takeOpenedFiles', 'saveAutoBackup'] as const;
export type ApiMethod = (typeof apiMethods)[number];

/** IPC channel for a method; only main and preload use it, both through this function. */
export function channelOf(method: ApiMethod): string {
  return `lesestoff:${method}`;
}

/** Events main sends to the page; `didOpenFiles`: packs opened from the OS wait in `takeOpenedFiles`. */
export const apiEvents = ['didOpenFiles'] as const;
export type ApiEvent = (typeof apiEvents)[number];

export function eventChannelOf(event: ApiEvent): string {
  return `lesestoff:event:${event}`;
}
