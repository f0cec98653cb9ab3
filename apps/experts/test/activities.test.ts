import type { EventBus, ServiceConfig } from '@mieux/service-kit';
import { createLogger } from '@mieux/service-kit';
import {
  daysFromToday,
  eventsEnv,
  freePort,
  givenOnce,
  identityOf,
  openTestEventBus,
  replayConsumer,
  startBuiltService,
  type BuiltService,
} from '@mieux/service-kit/testing';
import { activitiesConsumer } from '../src/activity/activity.consumer';
import { expertsService, rosterOf } from '../src/service';
import { actionsDownFor, officer, startExperts, type Subgraph } from './fixtures';

const WITHOUT_CONSENT = '{ deploymentsWithoutConsent { deploymentId activityId expertId startsOn } }';

describe.each(['outbox', 'nats'] as const)('the activities and deployments the roster keeps (%s transport)', (transport) => {
  const env = eventsEnv(transport);
  let actions: BuiltService;
  let subgraph: Subgraph;
  let config: ServiceConfig;
  let bus: EventBus;
  // Made in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
  beforeEach(
    givenOnce(async () => {
      // Each service reaches the other: a booking asks the roster whether the expert may be deployed.
      const port = await freePort();
      actions = await startBuiltService('actions', { SEED_DEMO: 'true', EXPERTS_URL: `http://127.0.0.1:${port}/graphql`, ...env });
      subgraph = await startExperts();
      await subgraph.server.listen(port);
      await expertsService.seedDemo!({ database: subgraph.database, logger: createLogger('experts', 'silent'), scale: 1, progress: () => undefined });
      // The consumer reads the real actions service (its outbox, or its stream); the stub still answers endFutureDeployments.
      config = {
        ...subgraph.config,
        subgraphUrls: { ...subgraph.config.subgraphUrls, actions: actions.url },
        events: { natsUrl: env.NATS_URL ?? null, streamPrefix: env.NATS_STREAM_PREFIX ?? subgraph.config.events.streamPrefix, streamReplicas: 1 },
      };
      bus = await openTestEventBus({ config, database: subgraph.database }, [activitiesConsumer(rosterOf(subgraph.database).matchingIndex)]);
    }),
    120_000,
  );
  afterAll(async () => {
    await bus?.stop();
    await subgraph?.close();
    await actions?.close();
  });

  const caughtUp = () => bus.consumers[0].drain();
  const count = async (table: string, where = '1 = 1') =>
    Number((await subgraph.database.dataSource.query<{ n: string | number }[]>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`))[0].n);
  const withoutConsent = async () => (await subgraph.execute<any>(WITHOUT_CONSENT, {}, officer)).data.deploymentsWithoutConsent;

  it('are the actions service’s; the consent check runs on them locally, and the copy is rebuilt from every event', async () => {
    await caughtUp();
    expect(await count('activity_copy')).toBeGreaterThan(0);
    // An active expert booked on a planned activity not yet begun withdraws consent while the actions service cannot end the booking.
    const open = await actions.query<any>('{ actions(filter: { status: [PLANNED, IN_IMPLEMENTATION] }, first: 1) { edges { node { id } } } }', {}, officer);
    const planning = await actions.query<any>(
      'mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id startsOn } }',
      {
        a: open.data!.actions.edges[0].node.id,
        input: {
          type: 'INFORMATION_EXCHANGE',
          format: 'WORKSHOP',
          title: 'Border management training',
          startsOn: daysFromToday(60),
          endsOn: daysFromToday(62),
          countryCode: 'SN',
        },
      },
      officer,
    );
    expect(planning.errors ?? []).toEqual([]);
    const planned = { activity_id: planning.data!.planActivity.id as string, starts_on: planning.data!.planActivity.startsOn as string };
    const [expert] = await subgraph.database.dataSource.query<{ id: string }[]>(
      "SELECT id FROM expert WHERE status = 'ACTIVE' AND id NOT IN (SELECT expert_id FROM deployment_copy) ORDER BY id LIMIT 1",
    );
    const deployed = await actions.query<any>(
      'mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: EXPERT) { id } }',
      { a: planned.activity_id, e: expert.id },
      officer,
    );
    expect(deployed.errors ?? []).toEqual([]);
    await caughtUp();
    const booked = { expert_id: expert.id, deployment_id: deployed.data!.deployExpert.id, activity_id: planned.activity_id, starts_on: planned.starts_on };
    expect(await withoutConsent()).toEqual([]);
    actionsDownFor.add(booked.expert_id);
    const me = identityOf('EXPERT', { expertId: booked.expert_id });
    expect((await subgraph.execute('mutation { withdrawConsent { status } }', {}, me)).errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const still = await withoutConsent();
    expect(still).toContainEqual({
      deploymentId: booked.deployment_id,
      activityId: booked.activity_id,
      expertId: booked.expert_id,
      startsOn: booked.starts_on,
    });

    // The actions service ends them (as withdrawing again would ask): the copy hears it and the check is clear.
    const ended = await actions.query<any>('mutation($e: ID!) { endFutureDeployments(expertId: $e) { id } }', { e: booked.expert_id }, officer);
    expect(ended.data?.endFutureDeployments.map((d: { id: string }) => d.id)).toEqual(still.map((d: { deploymentId: string }) => d.deploymentId));
    await caughtUp();
    expect(await withoutConsent()).toEqual([]);

    // Rebuilt from scratch by the operator's command: the same copy, the ended bookings still ended.
    const before = { activities: await count('activity_copy'), active: await count('deployment_copy', 'active = 1') };
    await subgraph.database.dataSource.query('UPDATE activity_copy SET status = ?', ['CANCELLED']);
    await bus.stop();
    const replay = await replayConsumer(config, 'experts-activities', { ACTIONS_URL: actions.url, ...env });
    expect(replay).toMatchObject({ code: 0, output: expect.stringContaining('experts-activities rebuilt from every event of actions') });
    expect({ activities: await count('activity_copy'), active: await count('deployment_copy', 'active = 1') }).toEqual(before);
    expect(await count('activity_copy', "status = 'CANCELLED'")).toBeLessThan(before.activities);
    expect(await withoutConsent()).toEqual([]);
    bus = await openTestEventBus({ config, database: subgraph.database }, [activitiesConsumer(rosterOf(subgraph.database).matchingIndex)]);
  }, 120_000);
});
