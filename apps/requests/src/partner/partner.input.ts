import { findBeneficiary } from '@mieux/domain';
import { field, parseInput, z } from '@mieux/service-kit';
import { contactSchema, LIMITS } from '../request/request.input';

/** At most this many focal points per institution. */
const MAX_CONTACTS = 10;

const partnerInstitution = z.object({
  name: field.text(LIMITS.name),
  countryCode: field.code(findBeneficiary, 'a known country or regional organisation code').nullish(),
  contacts: field.list(contactSchema, MAX_CONTACTS),
});

export interface PartnerInstitutionInput {
  name: string;
  type: string;
  countryCode?: string | null;
  contacts: { name: string; email: string; phone?: string | null; language?: string | null }[];
}

/** Validates a new partner institution. */
export function validatePartnerInstitution(input: PartnerInstitutionInput): void {
  parseInput(partnerInstitution, input);
}
