import { concurrently, startTestSubgraph } from '@mieux/service-kit/testing';
import { actionsService } from '../src/service';
import { CREATE, approvedRequest, createAction, officer, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

describe('creating an Action', () => {
  it('copies what it needs from an approved request, asked with the caller identity', async () => {
    const action = await createAction(subgraph, owners, {
      approvedOn: '2016-05-31',
      title: 'Diaspora engagement',
      country: { code: 'ECOWAS', region: 'AFRICA' },
    });
    expect(action).toMatchObject({
      reference: expect.stringMatching(/^MIEUX-2016-\d{3}$/),
      title: 'Diaspora engagement',
      status: 'PLANNED',
      country: { code: 'ECOWAS' },
      region: 'AFRICA',
      approvedOn: '2016-05-31',
      launchTarget: '2016-08-31',
      launchedOn: null,
      launchedOnTime: false,
      phase: 'MIEUX_III',
    });
    expect(owners.stub.calls.at(-1)!.identity).toMatchObject({ sub: officer.sub, roles: ['PROJECT_OFFICER'] });
  });

  it('refuses a request that is not approved, and one the requests service does not know', async () => {
    const pending = approvedRequest(owners, { status: 'ACTION_FICHE_DRAFTED', approvedOn: null });
    const refused = await subgraph.execute(CREATE, { requestId: pending }, officer);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Request is ACTION_FICHE_DRAFTED; an Action is created only from an APPROVED request',
      extensions: { code: 'CONFLICT' },
    });
    const unknown = await subgraph.execute(CREATE, { requestId: 'nope' }, officer);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('creates one Action per request, even under 20 concurrent calls', async () => {
    const requestId = approvedRequest(owners);
    const results = await concurrently(20, () => subgraph.execute<any>(CREATE, { requestId }, officer));
    const created = results.filter((r) => !r.errors);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0]).toMatchObject({
        message: `Request ${requestId} already has its Action ${created[0].data.createAction.reference}`,
        extensions: { code: 'CONFLICT', actionId: created[0].data.createAction.id },
      });
    }
  });

  it('names the requests service when it cannot answer', async () => {
    const down = await startActionsWith('http://127.0.0.1:1/graphql');
    try {
      const result = await down.execute(CREATE, { requestId: approvedRequest(owners) }, officer);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'requests' } });
    } finally {
      await down.close();
    }
  });
});

function startActionsWith(requestsUrl: string): Promise<Subgraph> {
  return startTestSubgraph(actionsService, { REQUESTS_URL: requestsUrl, SUBGRAPH_TIMEOUT_MS: '500' });
}
