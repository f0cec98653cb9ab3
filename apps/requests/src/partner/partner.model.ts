import type { ContactRow, PartnerInstitutionRow } from './partner.entity';

/** A partner institution as resolvers see it. */
export interface PartnerInstitutionModel {
  id: string;
  name: string;
  type: string;
  countryCode: string | null;
  contacts: ContactRow[];
}

export function toPartnerModel(row: PartnerInstitutionRow): PartnerInstitutionModel {
  return { id: row.id, name: row.name, type: row.type, countryCode: row.countryCode, contacts: row.contacts };
}
