import { callSubgraph, DEVELOPMENT_SECRETS, type Identity } from '@mieux/service-kit';
import { daysFromToday, startBuiltService, type BuiltService } from '@mieux/service-kit/testing';
import { EXPERT_AVAILABILITY_QUERY, EXPERT_FACT_QUERY } from '../src/expert/expert.client';
import { OFFICER_QUERY, REQUEST_FACT_QUERY } from '../src/request/request.client';
import { approvedRequest, officer, startOwners, type Owners } from './fixtures';

/**
 * The contract behind the stub these tests use for the requests and experts services: for every
 * question this service asks them, the stub answers what the real owner (its built service, on its
 * own database) answers in the same situation.
 */
let owners: Owners;
let requests: BuiltService;
let experts: BuiltService;
beforeAll(async () => {
  owners = await startOwners();
  [requests, experts] = await Promise.all([startBuiltService('requests'), startBuiltService('experts')]);
}, 90_000);
afterAll(async () => {
  await Promise.all([requests?.close(), experts?.close()]);
  await owners?.stub.close();
});

const committee: Identity = { sub: 'committee@ec.europa.eu', roles: ['STEERING_COMMITTEE'], expertId: null };
async function ask(url: string, query: string, id: string): Promise<unknown> {
  const answer = await callSubgraph<Record<string, unknown>>({
    service: 'owner',
    url,
    query,
    variables: { id },
    identity: officer,
    secret: DEVELOPMENT_SECRETS.subgraphSecret,
    requestId: 'contract',
    timeoutMs: 10_000,
  });
  if (answer.errors.length) throw new Error(JSON.stringify(answer.errors));
  return Object.values(answer.data!)[0];
}
async function must(service: BuiltService, query: string, variables: Record<string, unknown>, as: Identity): Promise<any> {
  const answer = await service.query<any>(query, variables, as);
  if (answer.errors.length) throw new Error(JSON.stringify(answer.errors));
  return Object.values(answer.data)[0];
}

describe('the requests stub against the real requests service', () => {
  it('answers a request as the owner does, before and after its approval, and null for an unknown one', async () => {
    const anonymous: Identity = { sub: null, roles: [], expertId: null };
    const submitted = await must(
      requests,
      `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`,
      {
        input: {
          title: 'Diaspora engagement',
          countryCode: 'SN',
          description: 'Support',
          institutions: [{ name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION' }],
          contact: { name: 'Awa Diop', email: 'awa.diop@interieur.gouv.sn' },
          thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
          subTopics: ['LABOUR_MIGRATION'],
        },
      },
      anonymous,
    );
    const id = submitted.id;
    // Submitted today, so its letter and decision are dated today: a request's steps follow each other.
    const today = daysFromToday(0);
    const pending = approvedRequest(owners, { status: 'EXPRESSION_OF_INTEREST', approvedOn: null, title: 'Diaspora engagement' });
    expect({ ...((await ask(requests.url, REQUEST_FACT_QUERY, id)) as object), id: pending }).toEqual(await ask(owners.stub.url, REQUEST_FACT_QUERY, pending));

    await must(
      requests,
      `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MI/1", receivedOn: "${today}", channel: EU_DELEGATION }) { status } }`,
      { id },
      officer,
    );
    await must(requests, `mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id }, officer);
    await must(
      requests,
      `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 2 }] }) { status } }`,
      { id },
      officer,
    );
    await must(
      requests,
      `mutation($id: ID!) { decideRequest(id: $id, input: { outcome: APPROVED, body: DG_HOME, rationale: "Feasible", decidedOn: "${today}" }) { status } }`,
      { id },
      committee,
    );
    const approved = approvedRequest(owners, {
      title: 'Diaspora engagement',
      approvedOn: today,
      actionFiche: { plannedActivities: [{ type: 'TRAINING', count: 2 }] },
    });
    expect({ ...((await ask(requests.url, REQUEST_FACT_QUERY, id)) as object), id: approved }).toEqual(
      await ask(owners.stub.url, REQUEST_FACT_QUERY, approved),
    );

    const unknown = '00000000-0000-4000-8000-0000000fffff';
    expect([await ask(requests.url, REQUEST_FACT_QUERY, unknown), await ask(owners.stub.url, REQUEST_FACT_QUERY, unknown)]).toEqual([null, null]);
  });
});

describe('the project officers of the requests stub against the real requests service', () => {
  it('answers an officer by id as the owner does, and null for an unknown one', async () => {
    const saved = await must(
      requests,
      `mutation { saveProjectOfficer(input: { signIn: "li.wei@mieux.example.eu", displayName: "Li Wei", coordinatorOf: ASIA_AND_PACIFIC }) { id } }`,
      {},
      officer,
    );
    owners.officers.set(saved.id, 'Li Wei');
    expect(await ask(requests.url, OFFICER_QUERY, saved.id)).toEqual({ id: saved.id, displayName: 'Li Wei' });
    expect(await ask(owners.stub.url, OFFICER_QUERY, saved.id)).toEqual({ id: saved.id, displayName: 'Li Wei' });
    expect([await ask(requests.url, OFFICER_QUERY, 'nobody'), await ask(owners.stub.url, OFFICER_QUERY, 'nobody')]).toEqual([null, null]);
  });
});

describe('the experts stub against the real experts service', () => {
  it('answers an expert with their roster status as the owner does, and null for an unknown one', async () => {
    for (const status of ['ACTIVE', 'INACTIVE']) {
      const applied = await must(
        experts,
        `mutation($input: RosterApplicationInput!) { applyToRoster(input: $input) { id } }`,
        {
          input: {
            fullName: 'Eva Berg',
            email: `eva.${status.toLowerCase()}@migrationsverket.se`,
            nationality: 'SE',
            employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
            publicOfficial: true,
            memberState: 'SE',
            thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
            languages: ['en'],
            cvSummary: 'Official',
            consent: true,
            privacyNoticeVersion: '2018.1',
            availability: [{ from: daysFromToday(10), to: daysFromToday(40) }],
          },
        },
        { sub: null, roles: [], expertId: null },
      );
      await must(
        experts,
        `mutation($id: ID!, $status: RosterStatus!) { reviewApplication(id: $id, status: $status) { status } }`,
        { id: applied.id, status },
        officer,
      );
      owners.experts.set(applied.id, status);
      expect(await ask(experts.url, EXPERT_FACT_QUERY, applied.id)).toEqual(await ask(owners.stub.url, EXPERT_FACT_QUERY, applied.id));
      expect(await ask(owners.stub.url, EXPERT_FACT_QUERY, applied.id)).toEqual({ id: applied.id, status });
      // An invitation asks for the declared availability too, as the officer inviting.
      owners.availability.set(applied.id, [{ from: daysFromToday(10), to: daysFromToday(40) }]);
      expect(await ask(experts.url, EXPERT_AVAILABILITY_QUERY, applied.id)).toEqual(await ask(owners.stub.url, EXPERT_AVAILABILITY_QUERY, applied.id));
    }
    const unknown = '00000000-0000-4000-8000-0000000eeeee';
    expect([await ask(experts.url, EXPERT_FACT_QUERY, unknown), await ask(owners.stub.url, EXPERT_FACT_QUERY, unknown)]).toEqual([null, null]);
    expect([await ask(experts.url, EXPERT_AVAILABILITY_QUERY, unknown), await ask(owners.stub.url, EXPERT_AVAILABILITY_QUERY, unknown)]).toEqual([null, null]);
  });
});
