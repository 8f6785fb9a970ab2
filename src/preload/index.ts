/**
 * Sandboxed preload: exposes exactly the typed Lesestoff API, one function per operation.
 * The renderer never sees ipcRenderer or a channel name.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { LesestoffApi } from '../shared/api';
import { apiMethods, channelOf } from '../shared/apiMethods';

const api = Object.fromEntries(
  apiMethods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
) as LesestoffApi;


contextBridge.exposeInMainWorld('api', api);
