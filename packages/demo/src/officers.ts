/**
 * The demo's project officers: each is also regional coordinator for a region, so a request is in
 * the hands of its region's coordinator (sign in as one with `npm run token -- PROJECT_OFFICER --sub <signIn>`).
 */
export const DEMO_PROJECT_OFFICERS = [
  { signIn: 'amina.diallo@mieux.example.eu', displayName: 'Amina Diallo', coordinatorOf: 'AFRICA' },
  { signIn: 'li.wei@mieux.example.eu', displayName: 'Li Wei', coordinatorOf: 'ASIA_AND_PACIFIC' },
  { signIn: 'olena.kovalenko@mieux.example.eu', displayName: 'Olena Kovalenko', coordinatorOf: 'EASTERN_NEIGHBOURHOOD' },
  { signIn: 'karim.haddad@mieux.example.eu', displayName: 'Karim Haddad', coordinatorOf: 'SOUTHERN_NEIGHBOURHOOD' },
  { signIn: 'lucia.fernandez@mieux.example.eu', displayName: 'Lucía Fernández', coordinatorOf: 'LATIN_AMERICA_AND_CARIBBEAN' },
  { signIn: 'marie.laurent@mieux.example.eu', displayName: 'Marie Laurent', coordinatorOf: 'OVERSEAS_COUNTRIES_AND_TERRITORIES' },
] as const;

/** The sign-in of the coordinator of a region in the demo; null for no region. */
export function demoCoordinatorOf(region: string | null): string | null {
  return DEMO_PROJECT_OFFICERS.find((o) => o.coordinatorOf === region)?.signIn ?? null;
}
