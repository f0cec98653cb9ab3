import { generateDemoPortfolio } from '@mieux/demo';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { inTransaction, type DemoSeedDeps } from '@mieux/service-kit';
import { ACTION_REFERENCES, ActionEntity, ActionThematicAreaEntity } from '../action/action.entity';
import { ActivityEntity } from '../activity/activity.entity';
import { DeploymentEntity, EXPERT_LOCKS } from '../deployment/deployment.entity';

const CHUNK = 500;

/** Writes the demo portfolio's Actions, activities and deployments when the service has none. */
export async function seedDemo({ database, logger, scale, progress }: DemoSeedDeps): Promise<void> {
  const { dataSource } = database;
  if ((await dataSource.getRepository(ActionEntity).count()) > 0) {
    logger.info('Actions already present: the demo portfolio is not loaded again');
    return;
  }
  const portfolio = generateDemoPortfolio({ scale });
  const created = new Date('2024-03-31T00:00:00Z');
  const activities = new Map(portfolio.activities.map((a) => [a.id, a]));
  const batches: [string, () => unknown[]][] = [
    ['Action', () => portfolio.actions.map((a) => ({ id: a.id, reference: a.reference, requestId: a.requestId, title: a.title, beneficiaryCode: a.beneficiaryCode, region: a.region, thematicAreas: a.thematicAreas, approvedOn: a.approvedOn, status: a.status, createdAt: created }))],
    ['ActionThematicArea', () => portfolio.actions.flatMap((a) => a.thematicAreas.map((code) => ({ actionId: a.id, code })))],
    ['Activity', () => portfolio.activities.map((a) => ({ ...a, createdAt: created }))],
    ['Deployment', () => portfolio.deployments.map((d) => ({ ...d, status: 'ACTIVE', startsOn: activities.get(d.activityId)!.startsOn, endsOn: activities.get(d.activityId)!.endsOn, createdAt: created }))],
  ];
  const entities = { Action: ActionEntity, ActionThematicArea: ActionThematicAreaEntity, Activity: ActivityEntity, Deployment: DeploymentEntity };
  const rows = batches.map(([name, make]) => [name, make()] as const);
  const total = rows.reduce((sum, [, r]) => sum + r.length, 0);
  let done = 0;
  for (const [name, list] of rows) {
    for (let start = 0; start < list.length; start += CHUNK) {
      const chunk = list.slice(start, start + CHUNK);
      await inTransaction(dataSource, (manager) => manager.insert(entities[name as keyof typeof entities] as EntityTarget<ObjectLiteral>, chunk as ObjectLiteral[]));
      done += chunk.length;
      progress(done, total);
    }
  }
  const lastNumbers = new Map<number, number>();
  for (const a of portfolio.actions) {
    const [, year, n] = a.reference.split('-');
    lastNumbers.set(Number(year), Math.max(lastNumbers.get(Number(year)) ?? 0, Number(n)));
  }
  await dataSource.getRepository(ACTION_REFERENCES.entity).insert([...lastNumbers].map(([year, lastNumber]) => ({ year, lastNumber })));
}
