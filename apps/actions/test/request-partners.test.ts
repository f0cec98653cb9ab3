import type { EventBus } from '@mieux/service-kit';
import {
  daysFromToday,
  eventsEnv,
  identityOf,
  openTestEventBus,
  startBuiltService,
  startTestSubgraph,
  whileCallWaitsOnRow,
  type BuiltService,
} from '@mieux/service-kit/testing';
import { requestPartnersConsumer } from '../src/request/request.consumer';
import { actionsService } from '../src/service';
import { CREATE, committee, officer, startOwners, type Owners, type Subgraph } from './fixtures';

const TODAY = daysFromToday(0);
const LIFECYCLE = [
  `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MIN/2026/9", receivedOn: "${TODAY}", channel: EU_DELEGATION }) { status } }`,
  `mutation($id: ID!) { assessEligibility(id: $id) { status } }`,
  `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A labour migration policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 1 }] }) { status } }`,
];
const APPROVE = `mutation($id: ID!) { decideRequest(id: $id, input: { outcome: APPROVED, body: DG_INTPA, rationale: "Feasible", decidedOn: "${TODAY}" }) { status } }`;
const SUBMIT = `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`;
const INSTITUTION = `mutation($name: String!) { createPartnerInstitution(input: { name: $name, type: NATIONAL_INSTITUTION, countryCode: "SN", contacts: [] }) { id } }`;
const LINK = `mutation($requestId: ID!, $institutionId: ID!) { linkPartnerInstitution(requestId: $requestId, institutionId: $institutionId) { id } }`;
const READ = `query($id: ID!) { action(id: $id) { id } myActions(first: 5) { edges { node { id } } } }`;

/** A partner institution linked to a request after its Action was asked for reaches the Action (the copy of `RequestPartnerLinked`). */
describe.each(['outbox', 'nats'] as const)('an institution linked to a request after its Action (%s transport)', (transport) => {
  const env = eventsEnv(transport);
  let requests: BuiltService;
  let owners: Owners;
  let subgraph: Subgraph;
  let bus: EventBus;
  beforeAll(async () => {
    requests = await startBuiltService('requests', env);
    owners = await startOwners();
    subgraph = await startTestSubgraph(actionsService, { REQUESTS_URL: requests.url, MONITORING_URL: owners.stub.url, EXPERTS_URL: owners.stub.url, ...env });
    bus = await openTestEventBus(subgraph, [requestPartnersConsumer]);
  }, 120_000);
  afterAll(async () => {
    await bus?.stop();
    await subgraph?.close();
    await owners?.stub.close();
    await requests?.close();
  });

  async function ask(query: string, variables: Record<string, unknown>, as = officer): Promise<any> {
    const answer = await requests.query<any>(query, variables, as);
    if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
    return Object.values(answer.data ?? {})[0];
  }
  async function approvedRequest(): Promise<string> {
    const { id } = await ask(SUBMIT, {
      input: {
        title: 'Labour migration policy support',
        countryCode: 'SN',
        institutions: [{ name: 'Ministry of Labour', type: 'NATIONAL_INSTITUTION', countryCode: 'SN' }],
        contact: { name: 'Awa Diop', email: 'focal.point@travail.gouv.sn' },
        thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
        subTopics: ['LABOUR_MIGRATION'],
        description: 'Support to draft a national labour migration policy.',
      },
    });
    for (const step of LIFECYCLE) await ask(step, { id });
    expect(await ask(APPROVE, { id }, committee)).toEqual({ status: 'APPROVED' });
    return id;
  }
  const institution = async (name: string): Promise<string> => (await ask(INSTITUTION, { name })).id;
  const link = (requestId: string, institutionId: string) => ask(LINK, { requestId, institutionId });
  const createAction = async (requestId: string) => {
    const answer = await subgraph.execute<any>(CREATE, { requestId }, officer);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createAction as { id: string; reference: string };
  };
  /** Drains the consumer until the link is in the copy (the producer relays on its own time). */
  async function caughtUpWith(requestId: string, institutionId: string): Promise<void> {
    const copied = async () =>
      (await subgraph.database.dataSource.query('SELECT 1 FROM request_partner_copy WHERE request_id = ? AND institution_id = ?', [requestId, institutionId]))
        .length === 1;
    const deadline = Date.now() + 20_000;
    await bus.consumers[0].drain();
    while (!(await copied()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await bus.consumers[0].drain();
    }
    expect(await copied()).toBe(true);
  }
  const partnerOf = (org: string) => identityOf('PARTNER', { sub: `someone@${org}`, org });
  const readAs = async (actionId: string, org: string) => (await subgraph.execute<any>(READ, { id: actionId }, partnerOf(org))).data;

  it('reaches an Action created before the link: its partners read it, those of an institution linked to another request do not', async () => {
    const requestId = await approvedRequest();
    const action = await createAction(requestId);
    const ours = await institution('Ministry of Labour');
    const theirs = await institution('National Employment Agency');
    await link(await approvedRequest(), theirs);
    expect(await readAs(action.id, ours)).toEqual({ action: null, myActions: { edges: [] } });

    await link(requestId, ours);
    await caughtUpWith(requestId, ours);
    expect(await readAs(action.id, ours)).toEqual({ action: { id: action.id }, myActions: { edges: [{ node: { id: action.id } }] } });
    expect(await readAs(action.id, theirs)).toEqual({ action: null, myActions: { edges: [] } });
  });

  it('reaches an Action whose creation asked the request before the link and wrote after the link was applied', async () => {
    const requestId = await approvedRequest();
    const ours = await institution('Directorate of Migration');
    // The reference sequence's row is held: the creation has asked the requests service (no partner yet)
    // and waits to number the Action while the link is made and applied to the copy.
    const year = Number(TODAY.slice(0, 4));
    await subgraph.database.dataSource.query('INSERT IGNORE INTO action_reference_sequence (year, last_number) VALUES (?, 0)', [year]);
    const action = await whileCallWaitsOnRow(
      subgraph,
      'action_reference_sequence',
      { year },
      () => createAction(requestId),
      async () => {
        await link(requestId, ours);
        await caughtUpWith(requestId, ours);
      },
    );
    expect(await readAs(action.id, ours)).toEqual({ action: { id: action.id }, myActions: { edges: [{ node: { id: action.id } }] } });
  });
});
