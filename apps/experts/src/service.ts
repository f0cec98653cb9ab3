import { DateScalar, DateTimeScalar, JSONScalar, loadTypeDefs, mergeResolvers, type ServiceDataSource, type ServiceDefinition } from '@mieux/service-kit';
import { activitiesConsumer } from './activity/activity.consumer';
import { COPY_ENTITIES } from './activity/activity.entity';
import { ActivityCopyRepository } from './activity/activity.repository';
import { activityResolvers } from './activity/activity.resolvers';
import type { ServiceContext } from './context';
import { DeploymentClient } from './expert/expert.client';
import { seedDemo } from './demo/seed-demo';
import { ENTITIES } from './expert/expert.entity';
import { expertMutations } from './expert/expert.mutations';
import { ExpertRepository } from './expert/expert.repository';
import { expertResolvers } from './expert/expert.resolvers';
import type { Resolvers } from './generated/resolvers-types';
import { MatchingIndex } from './matching/matching.index';
import { matchingResolvers } from './matching/matching.resolvers';
import { CreateExperts1764000000000 } from './migrations/1764000000000-create-experts';
import { CreateEventTables1765000000000 } from './migrations/1765000000000-create-event-tables';
import { ActivityCopies1765700000000 } from './migrations/1765700000000-activity-copies';
import { DeploymentCopyCoveringIndex1767000000000 } from './migrations/1767000000000-deployment-copy-covering-index';

interface Roster {
  experts: ExpertRepository;
  activityCopies: ActivityCopyRepository;
  matchingIndex: MatchingIndex;
}

/** One roster (repositories and matching index) per database opened (one in a process; tests open several). */
const rosters = new WeakMap<ServiceDataSource, Roster>();
export function rosterOf(database: ServiceDataSource): Roster {
  const known = rosters.get(database);
  if (known) return known;
  const experts = new ExpertRepository(database.dataSource);
  const activityCopies = new ActivityCopyRepository(database.dataSource);
  const roster = { experts, activityCopies, matchingIndex: new MatchingIndex(experts, activityCopies) };
  rosters.set(database, roster);
  return roster;
}

/** The experts subgraph: the Expert Roster, matching, consent and erasure. */
export const expertsService: ServiceDefinition<ServiceContext> = {
  service: 'experts',
  entities: [...ENTITIES, ...COPY_ENTITIES],
  migrations: [CreateExperts1764000000000, CreateEventTables1765000000000, ActivityCopies1765700000000, DeploymentCopyCoveringIndex1767000000000],
  // The matching index is loaded before the replica listens (and caught up at each ranking from then on).
  prepare: ({ database }) => rosterOf(database).matchingIndex.load(),
  consumers: ({ database }) => [activitiesConsumer(rosterOf(database).matchingIndex)],
  module: ({ config, database }) => {
    const { experts, activityCopies, matchingIndex } = rosterOf(database);
    return {
      typeDefs: loadTypeDefs(__dirname),
      resolvers: mergeResolvers<Resolvers>(
        { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar },
        expertResolvers,
        expertMutations,
        matchingResolvers,
        activityResolvers,
      ),
      context: (base) => ({ ...base, config, database, experts, deploymentClient: new DeploymentClient(config), activityCopies, matchingIndex }),
    };
  },
  seedDemo,
};
