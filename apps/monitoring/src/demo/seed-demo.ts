import { generateDemoPortfolio } from '@mieux/demo';
import { createEvent } from '@mieux/events';
import { insertInChunks, OutboxEntity, outboxRowOf, type DemoSeedDeps } from '@mieux/service-kit';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { IndicatorEntity, IndicatorPeriodEntity } from '../indicator/indicator.entity';
import { ParticipationEntity } from '../participation/participation.entity';
import { FinalEvaluationEntity, ResultEntity } from '../result/result.entity';

/** Writes the demo portfolio's participation, evaluations, results and indicators when the service has none. */
export async function seedDemo({ database, logger, scale, progress }: DemoSeedDeps): Promise<void> {
  const { dataSource } = database;
  if ((await dataSource.getRepository(ParticipationEntity).count()) > 0) {
    logger.info('monitoring data already present: the demo portfolio is not loaded again');
    return;
  }
  const p = generateDemoPortfolio({ scale });
  const at = (date: string) => new Date(`${date}T12:00:00Z`);
  const batches: [EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
    [
      ParticipationEntity,
      p.participation.map((x) => ({
        activityId: x.activityId,
        actionId: x.actionId,
        women: x.women,
        men: x.men,
        undisclosed: x.undisclosed,
        total: x.women + x.men + x.undisclosed,
        institutions: x.institutions,
        recordedAt: at(x.recordedOn),
        current: true,
      })),
    ],
    [
      EvaluationEntity,
      p.evaluations.map((e) => ({
        id: e.id,
        activityId: e.activityId,
        actionId: e.actionId,
        respondentType: e.respondentType,
        rating: e.rating,
        comment: e.comment,
        submittedAt: at(e.submittedOn),
        submittedBy: null,
        idempotencyKey: null,
        payloadHash: null,
      })),
    ],
    [ResultEntity, p.results.map((r) => ({ ...r, idempotencyKey: null, payloadHash: null }))],
    [IndicatorEntity, p.indicators.map(({ id, actionId, name, unit, baseline }) => ({ id, actionId, name, unit, baseline }))],
    [IndicatorPeriodEntity, p.indicators.map(({ id, period, target, actual }) => ({ indicatorId: id, period, target, actual }))],
    [FinalEvaluationEntity, p.finalEvaluations],
    // What the consumers of monitoring would have heard: each record as it stands.
    [
      OutboxEntity,
      [
        ...p.participation.map(({ activityId, actionId, women, men, undisclosed, recordedOn }) =>
          createEvent(
            'ParticipationRecorded',
            activityId,
            { activityId, actionId, total: women + men + undisclosed, women, men, undisclosed, byInstitutionType: [] },
            at(recordedOn),
          ),
        ),
        ...p.evaluations.map(({ id: evaluationId, activityId, actionId, respondentType, rating, submittedOn }) =>
          createEvent('EvaluationSubmitted', activityId, { evaluationId, activityId, actionId, respondentType, rating }, at(submittedOn)),
        ),
        ...p.results.map(({ id: resultId, actionId, type, status, date }) =>
          createEvent('ResultRecorded', actionId, { resultId, actionId, type, status, date, activityIds: [] }, at(date)),
        ),
      ].map(outboxRowOf),
    ],
  ];
  await insertInChunks(dataSource, batches, progress);
}
