/** The signed-in caller, kept for the tab's life (sessionStorage): the bearer token and what it says. */
export interface Session {
  token: string;
  sub: string;
  roles: string[];
  expertId: string | null;
  expiresAt: number;
  /** How the session was opened: the identity provider, or the development role picker. */
  via: 'oidc' | 'development';
}

const KEY = 'mieux.session';

/** The roles that work with the portfolio's figures, its Actions and the exports (the dashboard). */
export const ANALYSIS_ROLES = ['ANALYST', 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ADMIN'];

export const worksWithPortfolio = (roles: readonly string[]) => roles.some((role) => ANALYSIS_ROLES.includes(role));
/** The roles that read every Action's activities (the calendar across Actions). */
export const CALENDAR_ROLES = ['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST'];

export const readsCalendar = (roles: readonly string[]) => roles.some((role) => CALENDAR_ROLES.includes(role));
const listeners = new Set<() => void>();

/** The claims of a JWT, read (not verified: the gateway verifies it) to know whom the portal shows. */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}

export function sessionFromToken(token: string, via: Session['via']): Session {
  const claims = claimsOf(token);
  return {
    token,
    sub: typeof claims.sub === 'string' ? claims.sub : '',
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    expertId: typeof claims.expertId === 'string' ? claims.expertId : null,
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3600_000,
    via,
  };
}

export function currentSession(): Session | null {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return null;
  const session = JSON.parse(stored) as Session;
  return session.expiresAt > Date.now() ? session : null;
}

export function openSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
