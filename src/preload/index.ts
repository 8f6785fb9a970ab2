/**
 * Sandboxed preload: exposes exactly the typed Lesestoff API, one function per operation, and its host events.
 * The renderer never sees ipcRenderer or a channel name.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { LesestoffApi, LesestoffEvents } from '../shared/api';
import { apiEvents, apiMethods, channelOf, eventChannelOf } from '../shared/apiMethods';

const api = Object.fromEntries(
  apiMethods.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
) as LesestoffApi;

// A listener gets no event object (it would carry the sender), only the news that something happened.
const events = Object.fromEntries(
  apiEvents.map((name) => [
    name,
    (listener: () => void) => {
      const wrapped = (): void => listener();
      ipcRenderer.on(eventChannelOf(name), wrapped);
      return () => void ipcRenderer.removeListener(eventChannelOf(name), wrapped);
    },
  ]),
) as LesestoffEvents;

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('apiEvents', events);
