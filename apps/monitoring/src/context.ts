import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { ActionClient } from './action/action.client';
import type { ActivityClient } from './activity/activity.client';
import type { AppraisalRepository } from './appraisal/appraisal.repository';
import type { FollowUpRepository } from './follow-up/follow-up.repository';
import type { EvaluationRepository } from './evaluation/evaluation.repository';
import type { EvaluationLinkRepository } from './evaluation-link/evaluation-link.repository';
import type { IndicatorRepository } from './indicator/indicator.repository';
import type { ParticipationRepository } from './participation/participation.repository';
import type { ResultRepository } from './result/result.repository';

/** What every resolver of the monitoring subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  participation: ParticipationRepository;
  evaluations: EvaluationRepository;
  evaluationLinks: EvaluationLinkRepository;
  appraisals: AppraisalRepository;
  followUps: FollowUpRepository;
  results: ResultRepository;
  indicators: IndicatorRepository;
  activityClient: ActivityClient;
  actionClient: ActionClient;
}
