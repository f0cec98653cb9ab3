import { EntitySchema } from 'typeorm';
import { IDEMPOTENCY_COLUMNS } from '@mieux/service-kit';

export interface ContactRow {
  name: string;
  email: string;
  phone: string | null;
  /** EN or FR; absent on contacts recorded before it was asked (read as EN). */
  language?: string | null;
}

/** A partner institution: the ministry, agency or organisation whose partners sign in with its id as `org`. */
export interface PartnerInstitutionRow {
  id: string;
  name: string;
  type: string;
  countryCode: string | null;
  contacts: ContactRow[];
  createdAt: Date;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const PartnerInstitutionEntity = new EntitySchema<PartnerInstitutionRow>({
  name: 'PartnerInstitution',
  tableName: 'partner_institution',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 200 },
    type: { type: 'varchar', length: 32 },
    countryCode: { name: 'country_code', type: 'varchar', length: 16, nullable: true },
    contacts: { type: 'simple-json' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    ...IDEMPOTENCY_COLUMNS,
  },
});

/** A request linked to a partner institution (also kept on the request for reading): partners' lists select by it in SQL. */
export interface RequestPartnerRow {
  requestId: string;
  institutionId: string;
  linkedAt: Date;
}

export const RequestPartnerEntity = new EntitySchema<RequestPartnerRow>({
  name: 'RequestPartner',
  tableName: 'request_partner',
  columns: {
    requestId: { name: 'request_id', type: 'varchar', length: 36, primary: true },
    institutionId: { name: 'institution_id', type: 'varchar', length: 36, primary: true },
    linkedAt: { name: 'linked_at', type: 'datetime', precision: 3 },
  },
});
