import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { createIdempotently, findForUpdate, inTransaction, notFound, paginate, publish, type Connection, type PageArgs } from '@mieux/service-kit';
import { RequestEntity, type RequestRow } from '../request/request.entity';
import { PartnerInstitutionEntity, RequestPartnerEntity, type PartnerInstitutionRow } from './partner.entity';
import { toPartnerModel, type PartnerInstitutionModel } from './partner.model';

export type NewPartnerInstitution = Pick<PartnerInstitutionRow, 'name' | 'type' | 'countryCode' | 'contacts'>;

/** Partner institutions and their links to requests. */
export class PartnerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PartnerInstitutionRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(PartnerInstitutionEntity).findBy({ id: In([...ids]) });
  }

  /** A page of institutions by name, optionally those whose name holds `search`. */
  list(search: string | null, page: PageArgs): Promise<Connection<PartnerInstitutionModel>> {
    const query = this.dataSource.getRepository(PartnerInstitutionEntity).createQueryBuilder('i');
    if (search) query.andWhere('LOWER(i.name) LIKE :search', { search: `%${search.toLowerCase().replace(/[%_\\]/g, '')}%` });
    return paginate(
      query,
      page,
      { sortColumn: 'i.name', idColumn: 'i.id', direction: 'ASC', sortKind: 'string', sortValue: (i) => i.name, id: (i) => i.id },
      toPartnerModel,
    );
  }

  /** A new institution; the same idempotency key with the same fields returns the first. */
  create(fields: NewPartnerInstitution, idempotencyKey: string | null): Promise<PartnerInstitutionRow> {
    return createIdempotently({
      key: idempotencyKey,
      payload: fields,
      find: (key) => this.dataSource.getRepository(PartnerInstitutionEntity).findOneBy({ idempotencyKey: key }),
      create: async (payloadHash) => {
        const row: PartnerInstitutionRow = { ...fields, id: randomUUID(), createdAt: new Date(), idempotencyKey, payloadHash };
        await this.dataSource.getRepository(PartnerInstitutionEntity).insert(row);
        return row;
      },
    });
  }

  /**
   * Links a request to an institution (again: no change), with its `RequestPartnerLinked` event. The
   * request's row is held while its list of partners is rewritten, so concurrent links all stay.
   */
  async link(requestId: string, institutionId: string, institution?: NewPartnerInstitution): Promise<RequestRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const [request] = await findForUpdate(manager, RequestEntity, { id: requestId });
      if (!request) throw notFound('Request', requestId);
      if (institution)
        await manager.insert(PartnerInstitutionEntity, { ...institution, id: institutionId, createdAt: new Date(), idempotencyKey: null, payloadHash: null });
      else if (!(await manager.findOneBy(PartnerInstitutionEntity, { id: institutionId }))) throw notFound('PartnerInstitution', institutionId);
      const partnerIds = request.partnerIds ?? [];
      if (partnerIds.includes(institutionId)) return request;
      await manager.insert(RequestPartnerEntity, { requestId, institutionId, linkedAt: new Date() });
      await publish(manager, 'RequestPartnerLinked', requestId, { requestId, institutionId });
      const changed = { ...request, partnerIds: [...partnerIds, institutionId] };
      await manager.update(RequestEntity, { id: requestId }, { partnerIds: changed.partnerIds });
      return changed;
    });
  }
}
