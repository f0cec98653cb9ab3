import type { EventBus } from '@mieux/service-kit';
import { eventsEnv, freePort, openTestEventBus, replayConsumer, startBuiltService, startTestSubgraph, type BuiltService } from '@mieux/service-kit/testing';
import { expertCardsConsumer } from '../src/expert/expert.consumer';
import { actionsService } from '../src/service';
import { analyst, createAction, DEPLOY, officer, planActivity, startOwners, type Owners, type Subgraph } from './fixtures';

const CARD = 'status publicOfficial euNational displayName employerType nationality { code } memberState { code }';
const ACTIVE_EXPERTS = `{ experts(filter: { status: [ACTIVE] }, first: 3) { edges { node { id ${CARD} } } } }`;
const DEPLOYED = `query($id: ID!) { activity(id: $id) { deployments { edges { node { expert { id ${CARD} } } } } } }`;

describe.each(['outbox', 'nats'] as const)('the experts’ cards the actions service keeps (%s transport)', (transport) => {
  const env = eventsEnv(transport);
  let experts: BuiltService;
  let owners: Owners;
  let subgraph: Subgraph;
  let bus: EventBus;
  beforeAll(async () => {
    // Each service reaches the other: the roster asks this service to end an erased expert's deployments.
    const port = await freePort();
    experts = await startBuiltService('experts', { SEED_DEMO: 'true', ACTIONS_URL: `http://127.0.0.1:${port}/graphql`, ...env });
    owners = await startOwners();
    subgraph = await startTestSubgraph(actionsService, { REQUESTS_URL: owners.stub.url, MONITORING_URL: owners.stub.url, EXPERTS_URL: experts.url, ...env });
    await subgraph.server.listen(port);
    bus = await openTestEventBus(subgraph, [expertCardsConsumer]);
  }, 120_000);
  afterAll(async () => {
    await bus?.stop();
    await subgraph?.close();
    await owners?.stub.close();
    await experts?.close();
  });

  const caughtUp = () => bus.consumers[0].drain();
  const cards = () =>
    subgraph.database.dataSource.query<{ expert_id: string; display_name: string }[]>('SELECT expert_id, display_name FROM expert_card ORDER BY expert_id');
  async function deployedExperts(activityId: string, as = officer) {
    const answer = await subgraph.execute<any>(DEPLOYED, { id: activityId }, as);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.activity.deployments.edges.map((edge: any) => edge.node.expert);
  }

  it('are the roster’s cards, served on Deployment.expert from the copy; an erasure removes the expert’s card and the copy is rebuilt from every event', async () => {
    await caughtUp();
    const roster = (await experts.query<any>(ACTIVE_EXPERTS, {}, officer)).data!.experts.edges.map((edge: any) => edge.node);
    expect(roster).toHaveLength(3);
    const kept = await cards();
    for (const expert of roster) expect(kept).toContainEqual({ expert_id: expert.id, display_name: expert.displayName });

    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-06-01', '2027-06-03');
    for (const expert of roster) expect((await subgraph.execute(DEPLOY, { activityId: activity.id, expertId: expert.id }, officer)).errors).toBeUndefined();
    expect(await deployedExperts(activity.id)).toEqual(roster);
    // An analyst reads the public card only, as the experts service answers it.
    expect(await deployedExperts(activity.id, analyst)).toEqual(
      roster.map((expert: any) => ({ ...expert, displayName: null, employerType: null, nationality: null, memberState: null })),
    );

    // Served from the copy: what the copy says is what the graph answers.
    const [erased, renamed] = roster;
    await subgraph.database.dataSource.query('UPDATE expert_card SET display_name = ? WHERE expert_id = ?', ['Read from the copy', renamed.id]);
    expect((await deployedExperts(activity.id))[1]).toEqual({ ...renamed, displayName: 'Read from the copy' });

    // An erasure makes the copy forget the expert; the graph then asks the roster, which answers for the erased expert.
    expect((await experts.query<any>('mutation($id: ID!) { eraseExpert(id: $id) { id } }', { id: erased.id }, officer)).errors ?? []).toEqual([]);
    await caughtUp();
    expect((await cards()).map((card) => card.expert_id)).not.toContain(erased.id);
    expect((await deployedExperts(activity.id))[0]).toMatchObject({ id: erased.id, displayName: 'Erased expert' });

    // Rebuilt from scratch by the operator's command: the roster's cards again, the erased expert still forgotten.
    const before = await cards();
    await bus.stop();
    const replay = await replayConsumer(subgraph.config, 'actions-expert-cards', { EXPERTS_URL: experts.url, ...env });
    expect(replay).toMatchObject({ code: 0, output: expect.stringContaining('actions-expert-cards rebuilt from every event of experts') });
    const rebuilt = await cards();
    expect(rebuilt).toHaveLength(before.length);
    expect(rebuilt).toContainEqual({ expert_id: renamed.id, display_name: renamed.displayName });
    expect(rebuilt.map((card) => card.expert_id)).not.toContain(erased.id);
    bus = await openTestEventBus(subgraph, [expertCardsConsumer]);
  }, 120_000);
});
