import { In, MoreThan, type DataSource } from 'typeorm';
import { linkToTake, questionnaireForInstitution, type InstitutionQuestionnaire } from '@mieux/domain';
import { findForUpdate, inTransaction, isUniqueViolation } from '@mieux/service-kit';
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
   * exactly one is recorded. `institution`: the partner institution answering through a partner
   * authority's link, kept on it. Returns null when the link was not open (the caller says why), and
   * INSTITUTION_ANSWERED when that institution had answered the activity's questionnaire already.
   */
  async answer(
    tokenHash: string,
    now: Date,
    institution: string | null,
    evaluation: (link: EvaluationLinkRow) => NewEvaluation,
  ): Promise<EvaluationRow | 'INSTITUTION_ANSWERED' | null> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const link = await manager.findOneBy(EvaluationLinkEntity, { tokenHash });
        if (!link) return null;
        const used = await manager.update(
          EvaluationLinkEntity,
          { tokenHash, used: false, expiresAt: MoreThan(now) },
          { used: true, ...(institution ? { answeredBy: institution, answeredAt: now } : {}) },
        );
        if (used.affected !== 1) return null;
        return insertEvaluation(manager, evaluation(link), { idempotencyKey: null, payloadHash: null });
      });
    } catch (error) {
      // The institution's answer through another link holds the one place the unique index keeps it.
      if (institution && isUniqueViolation(error)) return 'INSTITUTION_ANSWERED';
      throw error;
    }
  }

  /** The partner authorities' links of the activities of N Actions (a partner's): one statement. */
  partnerLinksOfActions(actionIds: readonly string[]): Promise<EvaluationLinkRow[]> {
    if (actionIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(EvaluationLinkEntity).findBy({ actionId: In([...actionIds]), respondentType: 'PARTNER_AUTHORITY' });
  }

  /** The partner authorities' links of one activity. */
  partnerLinksOfActivity(activityId: string): Promise<EvaluationLinkRow[]> {
    return this.dataSource.getRepository(EvaluationLinkEntity).findBy({ activityId, respondentType: 'PARTNER_AUTHORITY' });
  }

  /**
   * Answers an activity's questionnaire as a partner institution, in one transaction: with the
   * activity's partner authorities' links locked, it takes the open one closing first, keeps the
   * institution on it and records the answer, unless the institution has answered already or no link
   * is open to it. Returns whether it recorded the answer, and the questionnaire as it then stands for
   * the institution (null when no partner authority was given a link).
   */
  answerAsInstitution(
    activityId: string,
    institution: string,
    now: Date,
    evaluation: (link: EvaluationLinkRow) => NewEvaluation,
  ): Promise<{ recorded: boolean; questionnaire: InstitutionQuestionnaire | null }> {
    return inTransaction(this.dataSource, async (manager) => {
      const links = await findForUpdate(manager, EvaluationLinkEntity, { activityId, respondentType: 'PARTNER_AUTHORITY' });
      const link = linkToTake(links, now);
      const before = questionnaireForInstitution(institution, links, now);
      if (before?.state !== 'OPEN' || !link) return { recorded: false, questionnaire: before };
      const taken = { used: true, answeredBy: institution, answeredAt: now };
      await manager.update(EvaluationLinkEntity, { tokenHash: link.tokenHash }, taken);
      await insertEvaluation(manager, evaluation(link), { idempotencyKey: null, payloadHash: null });
      return {
        recorded: true,
        questionnaire: questionnaireForInstitution(
          institution,
          links.map((l) => (l === link ? { ...l, ...taken } : l)),
          now,
        ),
      };
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
