import { In, MoreThan, type DataSource } from 'typeorm';
import { inTransaction } from '@mieux/service-kit';
import { insertEvaluation, type NewEvaluation } from '../evaluation/evaluation.repository';
import type { EvaluationRow } from '../evaluation/evaluation.entity';
import { EvaluationLinkEntity, type EvaluationLinkRow } from './evaluation-link.entity';

/** Links issued and answered, per activity and respondent type. */
export interface LinkCount {
  activityId: string;
  respondentType: string;
  issued: number;
  answered: number;
}

export class EvaluationLinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the links of one opening together. */
  async issue(links: readonly EvaluationLinkRow[]): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      for (let start = 0; start < links.length; start += 200) await manager.insert(EvaluationLinkEntity, links.slice(start, start + 200));
    });
  }

  find(tokenHash: string): Promise<EvaluationLinkRow | null> {
    return this.dataSource.getRepository(EvaluationLinkEntity).findOneBy({ tokenHash });
  }

  /**
   * Uses the link and records its answer, in one transaction: a compare-and-set marks the link used
   * only if it is still unused and unexpired at `now`, so of concurrent answers with one token
   * exactly one is recorded. Returns null when the link was not open (the caller says why).
   */
  answer(tokenHash: string, now: Date, evaluation: (link: EvaluationLinkRow) => NewEvaluation): Promise<EvaluationRow | null> {
    return inTransaction(this.dataSource, async (manager) => {
      const link = await manager.findOneBy(EvaluationLinkEntity, { tokenHash });
      if (!link) return null;
      const used = await manager.update(EvaluationLinkEntity, { tokenHash, used: false, expiresAt: MoreThan(now) }, { used: true });
      if (used.affected !== 1) return null;
      return insertEvaluation(manager, evaluation(link), { idempotencyKey: null, payloadHash: null });
    });
  }

  /** Links issued and answered for N activities: one grouped statement. */
  async countsOf(activityIds: readonly string[]): Promise<LinkCount[]> {
    if (activityIds.length === 0) return [];
    const rows: { activityId: string; respondentType: string; issued: string | number; answered: string | number }[] = await this.dataSource
      .getRepository(EvaluationLinkEntity)
      .createQueryBuilder('l')
      .select('l.activityId', 'activityId')
      .addSelect('l.respondentType', 'respondentType')
      .addSelect('COUNT(*)', 'issued')
      .addSelect('SUM(CASE WHEN l.used THEN 1 ELSE 0 END)', 'answered')
      .where({ activityId: In([...activityIds]) })
      .groupBy('l.activityId')
      .addGroupBy('l.respondentType')
      .getRawMany();
    return rows.map((r) => ({ activityId: r.activityId, respondentType: r.respondentType, issued: Number(r.issued), answered: Number(r.answered) }));
  }
}
