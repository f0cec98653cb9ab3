import { In, type DataSource } from 'typeorm';
import { ExpertCardEntity, type ExpertCardRow } from './expert.entity';

/** The experts' cards this service keeps (its copy of the roster's events). */
export class ExpertCardRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The cards kept of N experts, one statement. */
  cardsOf(ids: readonly string[]): Promise<ExpertCardRow[]> {
    return this.dataSource.getRepository(ExpertCardEntity).findBy({ expertId: In([...ids]) });
  }
}
