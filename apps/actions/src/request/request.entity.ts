import { EntitySchema } from 'typeorm';

/**
 * The partner institutions of each request, as the requests service's `RequestPartnerLinked` events
 * told them, whether or not its Action exists yet: an Action created after a link reads them here, so
 * a link made while the Action was being created is not lost.
 */
export const RequestPartnerCopyEntity = new EntitySchema<{ requestId: string; institutionId: string }>({
  name: 'RequestPartnerCopy',
  tableName: 'request_partner_copy',
  columns: {
    requestId: { name: 'request_id', type: 'varchar', length: 36, primary: true },
    institutionId: { name: 'institution_id', type: 'varchar', length: 36, primary: true },
  },
});
