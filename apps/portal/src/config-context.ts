import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PortalConfig } from './config';
import { currentSession, onSessionChange, type Session } from './session';

export const ConfigContext = createContext<PortalConfig | null>(null);

export function useConfig(): PortalConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig outside the ConfigContext');
  return config;
}

/** The signed-in caller, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  const raw = useSyncExternalStore(onSessionChange, () => sessionStorage.getItem('mieux.session'));
  return raw ? currentSession() : null;
}
