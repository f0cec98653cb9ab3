/**
 * The demo's project officers: each is also regional coordinator for a region, so a request is in
 * the hands of its region's coordinator (sign in as one with `npm run token -- PROJECT_OFFICER --sub <signIn>`),
 * who is written to at their sign-in address in their language.
 */
export const DEMO_PROJECT_OFFICERS = [
  { signIn: 'amina.diallo@mieux.example.eu', displayName: 'Amina Diallo', language: 'FR', coordinatorOf: 'AFRICA' },
  { signIn: 'li.wei@mieux.example.eu', displayName: 'Li Wei', language: 'EN', coordinatorOf: 'ASIA_AND_PACIFIC' },
  { signIn: 'olena.kovalenko@mieux.example.eu', displayName: 'Olena Kovalenko', language: 'EN', coordinatorOf: 'EASTERN_NEIGHBOURHOOD' },
  { signIn: 'karim.haddad@mieux.example.eu', displayName: 'Karim Haddad', language: 'FR', coordinatorOf: 'SOUTHERN_NEIGHBOURHOOD' },
  { signIn: 'lucia.fernandez@mieux.example.eu', displayName: 'Lucía Fernández', language: 'EN', coordinatorOf: 'LATIN_AMERICA_AND_CARIBBEAN' },
  { signIn: 'marie.laurent@mieux.example.eu', displayName: 'Marie Laurent', language: 'FR', coordinatorOf: 'OVERSEAS_COUNTRIES_AND_TERRITORIES' },
] as const;

/** The sign-in of the coordinator of a region in the demo; null for no region. */
export function demoCoordinatorOf(region: string | null): string | null {
  return DEMO_PROJECT_OFFICERS.find((o) => o.coordinatorOf === region)?.signIn ?? null;
}
