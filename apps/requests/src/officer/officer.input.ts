import { field, parseInput, z } from '@mieux/service-kit';

/** A project officer as a project officer records them: a sign-in, a display name. */
export function validateOfficer(input: { signIn: string; displayName: string }): void {
  parseInput(z.object({ signIn: field.text(254), displayName: field.text(200) }), input);
}
