import { demoCoordinatorOf, generateDemoPortfolio } from '@mieux/demo';
import { createEvent } from '@mieux/events';
import { callerId, insertInChunks, OutboxEntity, outboxRowOf, type DemoSeedDeps } from '@mieux/service-kit';
import { ACTION_REFERENCES, ActionEntity, ActionThematicAreaEntity } from '../action/action.entity';
import { createdPayload } from '../action/action.events';
import { ActivityEntity } from '../activity/activity.entity';
import { DeploymentEntity } from '../deployment/deployment.entity';

/** The opaque id of the demo's coordinator of a region: each Action is in their hands. */
function coordinatorIdOf(region: string | null): string | null {
  const signIn = demoCoordinatorOf(region);
  return signIn ? callerId({ sub: signIn, roles: [], expertId: null }) : null;
}

/** Writes the demo portfolio's Actions, activities and deployments when the service has none. */
export async function seedDemo({ database, logger, scale, progress }: DemoSeedDeps): Promise<void> {
  const { dataSource } = database;
  if ((await dataSource.getRepository(ActionEntity).count()) > 0) {
    logger.info('Actions already present: the demo portfolio is not loaded again');
    return;
  }
  const portfolio = generateDemoPortfolio({ scale });
  const createdAt = new Date('2024-03-31T00:00:00Z');
  const activities = new Map(portfolio.activities.map((a) => [a.id, a]));
  const deployments = portfolio.deployments.map((d) => ({
    ...d,
    status: 'ACTIVE',
    startsOn: activities.get(d.activityId)!.startsOn,
    endsOn: activities.get(d.activityId)!.endsOn,
    createdAt,
  }));
  await insertInChunks(
    dataSource,
    [
      [
        ActionEntity,
        portfolio.actions.map(({ id, reference, requestId, title, beneficiaryCode, region, thematicAreas, subTopics, approvedOn, status }) => ({
          id,
          reference,
          requestId,
          title,
          beneficiaryCode,
          region,
          thematicAreas,
          subTopics,
          approvedOn,
          status,
          createdAt,
          assignedOfficerId: coordinatorIdOf(region),
        })),
      ],
      [ActionThematicAreaEntity, portfolio.actions.flatMap((a) => a.thematicAreas.map((code) => ({ actionId: a.id, code })))],
      [ActivityEntity, portfolio.activities.map((a) => ({ ...a, createdAt }))],
      [DeploymentEntity, deployments],
      // What the consumers of activities and deployments would have heard: each as it stands.
      [
        OutboxEntity,
        [
          ...portfolio.actions.map((a) => createEvent('ActionCreated', a.id, createdPayload(a), createdAt)),
          ...portfolio.activities.map(({ id: activityId, actionId, startsOn, endsOn, status, type, countryCode, workingLanguages }) =>
            createEvent('ActivityPlanned', activityId, { activityId, actionId, startsOn, endsOn, status, type, countryCode, workingLanguages }, createdAt),
          ),
          ...deployments.map(({ id: deploymentId, activityId, expertId, role, startsOn, endsOn }) =>
            createEvent('ExpertDeployed', deploymentId, { deploymentId, activityId, expertId, role, startsOn, endsOn }, createdAt),
          ),
        ].map(outboxRowOf),
      ],
    ],
    progress,
  );
  const lastNumbers = new Map<number, number>();
  for (const a of portfolio.actions) {
    const [, year, n] = a.reference.split('-');
    lastNumbers.set(Number(year), Math.max(lastNumbers.get(Number(year)) ?? 0, Number(n)));
  }
  await dataSource.getRepository(ACTION_REFERENCES.entity).insert([...lastNumbers].map(([year, lastNumber]) => ({ year, lastNumber })));
}
