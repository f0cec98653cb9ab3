import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '@mieux/service-kit';
import { RequestActorEntity } from '../request/request.entity';
import { ProjectOfficerEntity, type ProjectOfficerRow } from './officer.entity';

/** The project officers and the regions they coordinate: a reference table project officers edit. */
export class OfficerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ProjectOfficerRow[]> {
    return this.dataSource.getRepository(ProjectOfficerEntity).findBy({ id: In([...ids]) });
  }

  /** Every project officer, by display name. */
  list(): Promise<ProjectOfficerRow[]> {
    return this.dataSource.getRepository(ProjectOfficerEntity).find({ order: { displayName: 'ASC', id: 'ASC' } });
  }

  /**
   * Records an officer (again: their name and region change). Coordinating a region takes it from the
   * officer who coordinated it, in the same transaction; the sign-in behind the id is kept apart, as
   * for the history's actors.
   */
  save(officer: ProjectOfficerRow, subject: string): Promise<ProjectOfficerRow> {
    return inTransaction(this.dataSource, async (manager) => {
      if (officer.coordinatorOf) {
        await manager.update(ProjectOfficerEntity, { coordinatorOf: officer.coordinatorOf }, { coordinatorOf: null });
      }
      await manager.upsert(ProjectOfficerEntity, officer, ['id']);
      await manager.createQueryBuilder().insert().into(RequestActorEntity).values({ actorId: officer.id, subject }).orIgnore().execute();
      return officer;
    });
  }
}

/** The coordinator of a region, read in the caller's transaction; null when the region has none. */
export function coordinatorOf(manager: EntityManager, region: string | null): Promise<ProjectOfficerRow | null> {
  return region ? manager.findOneBy(ProjectOfficerEntity, { coordinatorOf: region }) : Promise.resolve(null);
}
