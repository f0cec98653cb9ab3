/**
 * Paths that orchestrators probe and Prometheus scrapes every few seconds: neither traced nor logged
 * at info. (No imports: the telemetry loads this before the modules it instruments.)
 */
export function isProbePath(pathname: string): boolean {
  return pathname === '/health' || pathname === '/ready' || pathname === '/metrics';
}
