import { DateScalar, DateTimeScalar, loadTypeDefs, mergeResolvers, type ServiceDefinition } from '@mieux/service-kit';
import type { ServiceContext } from './context';
import { DecisionTimeRepository } from './decision-time/decision-time.repository';
import { decisionTimeResolvers } from './decision-time/decision-time.resolvers';
import { countryResolvers } from './country/country.resolvers';
import { seedDemo } from './demo/seed-demo';
import type { Resolvers } from './generated/resolvers-types';
import { CreateRequests1764000000000 } from './migrations/1764000000000-create-requests';
import { AddTrackingCodes1765000000000 } from './migrations/1765000000000-add-tracking-codes';
import { PartnerInstitutions1765100000000 } from './migrations/1765100000000-partner-institutions';
import { Corrections1765200000000 } from './migrations/1765200000000-corrections';
import { CreateEventTables1765600000000 } from './migrations/1765600000000-create-event-tables';
import { HistoryActors1765700000000 } from './migrations/1765700000000-history-actors';
import { SubmittedBy1765800000000 } from './migrations/1765800000000-submitted-by';
import { ProjectOfficers1766000000000 } from './migrations/1766000000000-project-officers';
import { NotificationLanguages1766150000000 } from './migrations/1766150000000-notification-languages';
import { OfficerRepository } from './officer/officer.repository';
import { officerResolvers } from './officer/officer.resolvers';
import { PartnerRepository } from './partner/partner.repository';
import { partnerResolvers } from './partner/partner.resolvers';
import { ENTITIES } from './request/request.entity';
import { requestMutations } from './request/request.mutations';
import { RequestRepository } from './request/request.repository';
import { requestResolvers } from './request/request.resolvers';

/** The requests subgraph: from expression of interest to the Steering Committee's decision. */
export const requestsService: ServiceDefinition<ServiceContext> = {
  service: 'requests',
  entities: ENTITIES,
  migrations: [
    CreateRequests1764000000000,
    AddTrackingCodes1765000000000,
    PartnerInstitutions1765100000000,
    Corrections1765200000000,
    CreateEventTables1765600000000,
    HistoryActors1765700000000,
    SubmittedBy1765800000000,
    ProjectOfficers1766000000000,
    NotificationLanguages1766150000000,
  ],
  module: ({ config, database }) => {
    const requests = new RequestRepository(database.dataSource);
    const decisionTimes = new DecisionTimeRepository(database.dataSource);
    const partners = new PartnerRepository(database.dataSource);
    const officers = new OfficerRepository(database.dataSource);
    return {
      typeDefs: loadTypeDefs(__dirname),
      resolvers: mergeResolvers<Resolvers>(
        { Date: DateScalar, DateTime: DateTimeScalar },
        requestResolvers,
        requestMutations,
        countryResolvers,
        decisionTimeResolvers,
        partnerResolvers,
        officerResolvers,
      ),
      context: (base) => ({ ...base, config, database, requests, decisionTimes, partners, officers }),
    };
  },
  seedDemo,
};
