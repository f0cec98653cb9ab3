import { DateScalar, DateTimeScalar, EVENT_ENTITIES, JSONScalar, loadTypeDefs, mergeResolvers, type ServiceDefinition } from '@mieux/service-kit';
import { ActionClient } from './action/action.client';
import { actionResolvers } from './action/action.resolvers';
import { ActivityClient } from './activity/activity.client';
import { AppraisalEntity } from './appraisal/appraisal.entity';
import { AppraisalRepository } from './appraisal/appraisal.repository';
import { appraisalResolvers } from './appraisal/appraisal.resolvers';
import { activityResolvers } from './activity/activity.resolvers';
import type { ServiceContext } from './context';
import { seedDemo } from './demo/seed-demo';
import { EvaluationEntity } from './evaluation/evaluation.entity';
import { EvaluationLinkEntity } from './evaluation-link/evaluation-link.entity';
import { EvaluationLinkRepository } from './evaluation-link/evaluation-link.repository';
import { evaluationLinkResolvers } from './evaluation-link/evaluation-link.resolvers';
import { partnerQuestionnaireResolvers } from './partner-questionnaire/partner-questionnaire.resolvers';
import { EvaluationRepository } from './evaluation/evaluation.repository';
import { evaluationResolvers } from './evaluation/evaluation.resolvers';
import type { Resolvers } from './generated/resolvers-types';
import { IndicatorEntity, IndicatorPeriodEntity } from './indicator/indicator.entity';
import { IndicatorRepository } from './indicator/indicator.repository';
import { indicatorResolvers } from './indicator/indicator.resolvers';
import { CreateMonitoring1764000000000 } from './migrations/1764000000000-create-monitoring';
import { IndicatorPeriods1765400000000 } from './migrations/1765400000000-indicator-periods';
import { CreateEventTables1765600000000 } from './migrations/1765600000000-create-event-tables';
import { EvaluationLinks1766200000000 } from './migrations/1766200000000-evaluation-links';
import { ExpertAppraisals1766300000000 } from './migrations/1766300000000-expert-appraisals';
import { ResultActivities1766400000000 } from './migrations/1766400000000-result-activities';
import { FollowUps1766500000000 } from './migrations/1766500000000-follow-ups';
import { ParticipationInstitutionTypes1766600000000 } from './migrations/1766600000000-participation-institution-types';
import { IndicatorActualBySex1766700000000 } from './migrations/1766700000000-indicator-actual-by-sex';
import { PartnerQuestionnaires1766800000000 } from './migrations/1766800000000-partner-questionnaires';
import { FollowUpEntity } from './follow-up/follow-up.entity';
import { FollowUpRepository } from './follow-up/follow-up.repository';
import { followUpResolvers } from './follow-up/follow-up.resolvers';
import { ACTIVITY_LOCKS, ParticipationEntity } from './participation/participation.entity';
import { ParticipationRepository } from './participation/participation.repository';
import { participationResolvers } from './participation/participation.resolvers';
import { FinalEvaluationEntity, ResultActivityEntity, ResultEntity } from './result/result.entity';
import { ResultRepository } from './result/result.repository';
import { resultResolvers } from './result/result.resolvers';

/** The monitoring subgraph: participation, evaluations, results, indicators. */
export const monitoringService: ServiceDefinition<ServiceContext> = {
  service: 'monitoring',
  entities: [
    ParticipationEntity,
    ACTIVITY_LOCKS.entity,
    EvaluationEntity,
    EvaluationLinkEntity,
    AppraisalEntity,
    ResultEntity,
    ResultActivityEntity,
    FollowUpEntity,
    IndicatorEntity,
    IndicatorPeriodEntity,
    FinalEvaluationEntity,
    ...EVENT_ENTITIES,
  ],
  migrations: [
    CreateMonitoring1764000000000,
    IndicatorPeriods1765400000000,
    CreateEventTables1765600000000,
    EvaluationLinks1766200000000,
    ExpertAppraisals1766300000000,
    ResultActivities1766400000000,
    FollowUps1766500000000,
    ParticipationInstitutionTypes1766600000000,
    IndicatorActualBySex1766700000000,
    PartnerQuestionnaires1766800000000,
  ],
  module: ({ config, database }) => {
    const { dataSource } = database;
    const parts = {
      config,
      database,
      participation: new ParticipationRepository(dataSource),
      evaluations: new EvaluationRepository(dataSource),
      evaluationLinks: new EvaluationLinkRepository(dataSource),
      appraisals: new AppraisalRepository(dataSource),
      followUps: new FollowUpRepository(dataSource),
      results: new ResultRepository(dataSource),
      indicators: new IndicatorRepository(dataSource),
      activityClient: new ActivityClient(config),
      actionClient: new ActionClient(config),
    };
    return {
      typeDefs: loadTypeDefs(__dirname),
      resolvers: mergeResolvers<Resolvers>(
        { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar },
        participationResolvers,
        evaluationResolvers,
        evaluationLinkResolvers,
        partnerQuestionnaireResolvers,
        appraisalResolvers,
        followUpResolvers,
        resultResolvers,
        indicatorResolvers,
        activityResolvers,
        actionResolvers,
      ),
      context: (base) => ({ ...base, ...parts }),
    };
  },
  seedDemo,
};
