import { createContext, useContext } from 'react';
import type { HostInfo, LesestoffApi } from '../../shared/api';
import type { LesestoffDb } from '../db/database';

export interface AppServices {
  api: LesestoffApi;
  db: LesestoffDb;
  host: HostInfo;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside <AppContext.Provider>');
  return services;
}
