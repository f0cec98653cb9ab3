/**
 * Paths polled every few seconds: orchestrators probe, Prometheus scrapes, and without a broker each
 * consumer pulls its producer's `/events`. Neither traced nor logged at info. (No imports: the
 * telemetry loads this before the modules it instruments.)
 */
export function isProbePath(pathname: string): boolean {
  return pathname === '/health' || pathname === '/ready' || pathname === '/metrics' || pathname === '/events';
}
