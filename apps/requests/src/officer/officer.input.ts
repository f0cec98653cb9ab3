import { field, parseInput, z } from '@mieux/service-kit';

/** A project officer as a project officer records them: a sign-in, a display name, where to write to them. */
export function validateOfficer(input: { signIn: string; displayName: string; email?: string | null }): void {
  parseInput(z.object({ signIn: field.text(254), displayName: field.text(200), email: field.email(254).nullish() }), input);
}
