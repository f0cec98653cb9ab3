import { generateDemoPortfolio } from '@mieux/demo';
import { insertInChunks, type DemoSeedDeps } from '@mieux/service-kit';
import { ACTION_REFERENCES, ActionEntity, ActionThematicAreaEntity } from '../action/action.entity';
import { ActivityEntity } from '../activity/activity.entity';
import { DeploymentEntity } from '../deployment/deployment.entity';

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
  await insertInChunks(
    dataSource,
    [
      [
        ActionEntity,
        portfolio.actions.map(({ id, reference, requestId, title, beneficiaryCode, region, thematicAreas, approvedOn, status }) => ({
          id,
          reference,
          requestId,
          title,
          beneficiaryCode,
          region,
          thematicAreas,
          approvedOn,
          status,
          createdAt,
        })),
      ],
      [ActionThematicAreaEntity, portfolio.actions.flatMap((a) => a.thematicAreas.map((code) => ({ actionId: a.id, code })))],
      [ActivityEntity, portfolio.activities.map((a) => ({ ...a, createdAt }))],
      [
        DeploymentEntity,
        portfolio.deployments.map((d) => ({
          ...d,
          status: 'ACTIVE',
          startsOn: activities.get(d.activityId)!.startsOn,
          endsOn: activities.get(d.activityId)!.endsOn,
          createdAt,
        })),
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
