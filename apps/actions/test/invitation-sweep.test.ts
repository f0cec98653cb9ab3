import { createLogger, openServiceDatabase, type ServiceDataSource } from '@mieux/service-kit';
import { daysFromToday, eventually, outboxEvents, raceOnRow } from '@mieux/service-kit/testing';
import { InvitationRepository } from '../src/invitation/invitation.repository';
import { actionsService } from '../src/service';
import { availableExpert, createAction, invite, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
/** Two more replicas of the service on the same database, each with its own connections. */
let replicas: ServiceDataSource[];
const logger = createLogger('actions', 'silent', false);
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  replicas = await Promise.all([1, 2].map(() => openServiceDatabase(subgraph.config, actionsService, logger)));
});
afterAll(async () => {
  for (const replica of replicas ?? []) await replica.dataSource.destroy();
  await subgraph?.close();
  await owners?.stub.close();
});

const query = (sql: string, params: unknown[] = []) => subgraph.database.dataSource.query(sql, params);
const types = async (aggregateId: string) => (await outboxEvents(subgraph.database, aggregateId)).map((event) => event.type);
const statusesOf = async (ids: string[]) =>
  (await Promise.all(ids.map((id) => query(`SELECT status FROM invitation WHERE id = ?`, [id])))).map(([row]) => row.status);

let day = 600;
/** `count` invitations waiting for their answer, each expert on an activity of their own. */
async function waiting(count: number, name: string): Promise<string[]> {
  const action = await createAction(subgraph, owners);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const activity = await planActivity(subgraph, action.id, daysFromToday((day += 1)));
    const invited = await invite(subgraph, activity.id, availableExpert(owners, `${name}-${i}`));
    if (invited.errors) throw new Error(JSON.stringify(invited.errors));
    ids.push(invited.data.inviteExpert.id);
  }
  return ids;
}

/** Makes the invitations lapsed, in their order: the first the earliest due. */
async function lapse(ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) await query(`UPDATE invitation SET expires_at = ? WHERE id = ?`, [new Date(Date.now() - 60_000 + i * 1000), id]);
}

describe('the sweep of invitations fallen due', () => {
  it('of sweeps at once on three replicas, each invitation expires once, with one event', async () => {
    const ids = await waiting(6, 'sweep-race');
    await lapse(ids);
    const sweeps = [subgraph.database, ...replicas, subgraph.database].map((database) => new InvitationRepository(database.dataSource));
    // Every sweep reads the same invitations due, then queues on the first one's write (raceOnRow).
    const results = await raceOnRow(
      subgraph,
      'invitation',
      ids[0],
      sweeps.map((sweep) => () => sweep.expireDue(new Date())),
    );
    expect(
      results
        .flat()
        .map((row) => row.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(await statusesOf(ids)).toEqual(ids.map(() => 'EXPIRED'));
    for (const id of ids) expect(await types(id)).toEqual(['ExpertInvited', 'InvitationExpired']);
  });

  it('runs by itself in each replica every INVITATION_SWEEP_SECONDS, without any call, and not after it stops', async () => {
    const config = { ...subgraph.config, invitationSweepSeconds: 0.2 };
    const jobs = [subgraph.database, ...replicas].flatMap((database) => actionsService.jobs!({ config, logger, database }));
    expect(jobs).toHaveLength(3);
    const ids = await waiting(4, 'sweep-job');
    const later = ids.pop()!;
    for (const job of jobs) job.start();
    try {
      await lapse(ids);
      await eventually(
        () => statusesOf(ids),
        ids.map(() => 'EXPIRED'),
        { everyMs: 100 },
      );
    } finally {
      await Promise.all(jobs.map((job) => job.stop()));
    }
    for (const id of ids) expect(await types(id)).toEqual(['ExpertInvited', 'InvitationExpired']);
    // Stopped, they sweep no more: an invitation lapsing now stays written INVITED (and reads EXPIRED).
    await lapse([later]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await statusesOf([later])).toEqual(['INVITED']);
    expect(await types(later)).toEqual(['ExpertInvited']);
  });

  it('is not run when INVITATION_SWEEP_SECONDS is 0', () => {
    expect(actionsService.jobs!({ config: { ...subgraph.config, invitationSweepSeconds: 0 }, logger, database: subgraph.database })).toEqual([]);
  });
});
