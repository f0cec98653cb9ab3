import { callerId } from '@mieux/service-kit';
import { identityOf } from '@mieux/service-kit/testing';
import { ActionFicheVersionEntity, RequestEntity } from '../src/request/request.entity';
import { ASSESS, committee, DRAFT, expressionOfInterest, officer, partner, otherPartner, requestIn, startRequests, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

const HISTORY = `history { from to kind actorId role reason body }`;
const CORRECT = `mutation($id: ID!, $input: RequestCorrectionInput!) { correctRequest(id: $id, input: $input) { status title thematicAreas subTopics institutions { name } ${HISTORY} } }`;
const REVISE = `mutation($id: ID!, $objectives: String!) { draftActionFiche(id: $id, input: { objectives: $objectives, priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 2 }] }) { status actionFiche { objectives version } actionFicheVersions { objectives version } ${HISTORY} } }`;
const DECIDE = `mutation($id: ID!, $outcome: DecisionOutcome!, $body: DecidingBody!) { decideRequest(id: $id, input: { outcome: $outcome, body: $body, rationale: "Comments of the committee" }) { status decision { outcome body rationale } allowedTransitions ${HISTORY} } }`;
const OVERRIDE = `mutation($id: ID!, $eligible: Boolean!, $rationale: String!) { overrideEligibility(id: $id, eligible: $eligible, rationale: $rationale) { status eligibility { eligible } eligibilityOverride { eligible rationale } ${HISTORY} } }`;

async function must(query: string, variables: Record<string, unknown>, as = officer): Promise<any> {
  const result = await subgraph.execute<any>(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0];
}
const codeOf = async (query: string, variables: Record<string, unknown>, as = officer) => (await subgraph.execute(query, variables, as)).errors?.[0].extensions;

describe('correcting a request', () => {
  it('is open to the requester and project officers while EXPRESSION_OF_INTEREST or SUBMITTED, recorded as a CORRECTION', async () => {
    const request = await requestIn(subgraph, 'EXPRESSION_OF_INTEREST', expressionOfInterest(), partner);
    const byPartner = await must(
      CORRECT,
      {
        id: request.id,
        input: {
          title: '  Labour migration and diaspora  ',
          thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
          subTopics: ['DIASPORA_ENGAGEMENT'],
        },
      },
      partner,
    );
    expect(byPartner).toMatchObject({ status: 'EXPRESSION_OF_INTEREST', title: 'Labour migration and diaspora', subTopics: ['DIASPORA_ENGAGEMENT'] });
    expect(byPartner.history.at(-1)).toEqual({
      from: 'EXPRESSION_OF_INTEREST',
      to: 'EXPRESSION_OF_INTEREST',
      kind: 'CORRECTION',
      actorId: callerId(partner),
      role: 'PARTNER',
      reason: 'Corrected: title, thematicAreas, subTopics',
      body: null,
    });
    const found = await must(`{ requests(first: 100, filter: { thematicArea: MIGRATION_AND_DEVELOPMENT }) { edges { node { id } } } }`, {}, officer);
    expect(found.edges.map((e: any) => e.node.id)).toContain(request.id);

    const submitted = await requestIn(subgraph, 'SUBMITTED');
    const byOfficer = await must(CORRECT, { id: submitted.id, input: { institutions: [{ name: 'Ministry of Labour', type: 'NATIONAL_INSTITUTION' }] } });
    expect(byOfficer).toMatchObject({ status: 'SUBMITTED', institutions: [{ name: 'Ministry of Labour' }] });
  });

  it('is refused after the eligibility assessment, to others, and for input that does not fit', async () => {
    const eligible = await requestIn(subgraph, 'ELIGIBLE');
    expect(await codeOf(CORRECT, { id: eligible.id, input: { title: 'Late' } })).toMatchObject({
      code: 'CONFLICT',
      currentStatus: 'ELIGIBLE',
      allowed: ['EXPRESSION_OF_INTEREST', 'SUBMITTED'],
    });
    const request = await requestIn(subgraph, 'EXPRESSION_OF_INTEREST');
    expect(await codeOf(CORRECT, { id: request.id, input: { title: 'Not mine' } }, otherPartner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(CORRECT, { id: request.id, input: { title: 'x' } }, committee)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(CORRECT, { id: request.id, input: {} })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await codeOf(CORRECT, { id: request.id, input: { subTopics: ['REMITTANCES'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.subTopics.0',
    });
    expect(await codeOf(CORRECT, { id: 'nope', input: { title: 'x' } })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the Action Fiche and the Steering Committee', () => {
  it('versions the fiche until the decision: revised, sent back with comments, drafted again, approved with the deciding body', async () => {
    const request = await requestIn(subgraph, 'ACTION_FICHE_DRAFTED');
    const revised = await must(REVISE, { id: request.id, objectives: 'Second thoughts' });
    expect(revised).toMatchObject({ status: 'ACTION_FICHE_DRAFTED', actionFiche: { objectives: 'Second thoughts', version: 2 } });
    expect(revised.history.at(-1)).toMatchObject({ kind: 'ACTION_FICHE_REVISION', reason: 'Action Fiche version 2' });

    const sentBack = await must(DECIDE, { id: request.id, outcome: 'REVISION_REQUESTED', body: 'DG_HOME' }, committee);
    expect(sentBack).toMatchObject({ status: 'REVISION_REQUESTED', decision: null, allowedTransitions: ['ACTION_FICHE_DRAFTED', 'WITHDRAWN'] });
    expect(sentBack.history.at(-1)).toMatchObject({
      from: 'ACTION_FICHE_DRAFTED',
      to: 'REVISION_REQUESTED',
      kind: 'TRANSITION',
      role: 'STEERING_COMMITTEE',
      body: 'DG_HOME',
      reason: 'Comments of the committee',
    });
    expect(await codeOf(DECIDE, { id: request.id, outcome: 'APPROVED', body: 'EEAS' }, committee)).toMatchObject({
      code: 'CONFLICT',
      currentStatus: 'REVISION_REQUESTED',
    });

    const again = await must(REVISE, { id: request.id, objectives: 'As the committee asked' });
    expect(again.status).toBe('ACTION_FICHE_DRAFTED');
    expect(again.actionFicheVersions).toEqual([
      { objectives: 'A labour migration policy', version: 1 },
      { objectives: 'Second thoughts', version: 2 },
      { objectives: 'As the committee asked', version: 3 },
    ]);
    const approved = await must(DECIDE, { id: request.id, outcome: 'APPROVED', body: 'DG_INTPA' }, committee);
    expect(approved.decision).toEqual({ outcome: 'APPROVED', body: 'DG_INTPA', rationale: 'Comments of the committee' });
    expect(await codeOf(REVISE, { id: request.id, objectives: 'Too late' })).toMatchObject({ code: 'CONFLICT', currentStatus: 'APPROVED' });
    expect(await codeOf(DECIDE, { id: request.id, outcome: 'REVISION_REQUESTED', body: 'EEAS' }, officer)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps one version per number when two revisions race: the other is told to try again', async () => {
    const request = await requestIn(subgraph, 'ACTION_FICHE_DRAFTED');
    const results = await Promise.all(['A', 'B', 'C'].map((objectives) => subgraph.execute<any>(REVISE, { id: request.id, objectives }, officer)));
    const versions = (await must(`query($id: ID!) { request(id: $id) { actionFicheVersions { version } } }`, { id: request.id })).actionFicheVersions;
    const succeeded = results.filter((r) => !r.errors).length;
    expect(versions.map((v: any) => v.version)).toEqual(Array.from({ length: succeeded + 1 }, (_, i) => i + 1));
    for (const failed of results.filter((r) => r.errors)) expect(failed.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps a fiche drafted before versions were kept as version 1 when it is first revised', async () => {
    const request = await requestIn(subgraph, 'ACTION_FICHE_DRAFTED');
    const { dataSource } = subgraph.database;
    const { actionFiche } = await dataSource.getRepository(RequestEntity).findOneByOrFail({ id: request.id });
    const { version: _version, ...unversioned } = actionFiche!;
    await dataSource.getRepository(RequestEntity).update({ id: request.id }, { actionFiche: unversioned });
    await dataSource.getRepository(ActionFicheVersionEntity).delete({ requestId: request.id });

    const revised = await must(REVISE, { id: request.id, objectives: 'Second thoughts' });
    expect(revised.actionFiche).toEqual({ objectives: 'Second thoughts', version: 2 });
    expect(revised.actionFicheVersions).toEqual([
      { objectives: 'A labour migration policy', version: 1 },
      { objectives: 'Second thoughts', version: 2 },
    ]);
  });
});

describe('overriding eligibility', () => {
  const csoOnly = expressionOfInterest({ institutions: [{ name: 'Réseau migrants', type: 'CIVIL_SOCIETY_ORGANISATION' }] });

  it('turns an automatic INELIGIBLE with a rationale, recorded and shown as an override', async () => {
    const request = await requestIn(subgraph, 'SUBMITTED', csoOnly);
    expect((await must(ASSESS, { id: request.id })).status).toBe('INELIGIBLE');
    const overridden = await must(OVERRIDE, { id: request.id, eligible: true, rationale: 'The Ministry co-signed the letter' });
    expect(overridden).toMatchObject({
      status: 'ELIGIBLE',
      eligibility: { eligible: false },
      eligibilityOverride: { eligible: true, rationale: 'The Ministry co-signed the letter' },
    });
    expect(overridden.history.at(-1)).toMatchObject({
      from: 'INELIGIBLE',
      to: 'ELIGIBLE',
      kind: 'ELIGIBILITY_OVERRIDE',
      reason: 'The Ministry co-signed the letter',
    });
    expect((await must(DRAFT, { id: request.id })).status).toBe('ACTION_FICHE_DRAFTED');
  });

  it('needs a rationale, a project officer, and a status where eligibility is still open', async () => {
    const request = await requestIn(subgraph, 'SUBMITTED');
    expect(await codeOf(OVERRIDE, { id: request.id, eligible: false, rationale: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rationale' });
    expect(await codeOf(OVERRIDE, { id: request.id, eligible: false, rationale: 'No' }, committee)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(OVERRIDE, { id: request.id, eligible: false, rationale: 'No' }, identityOf(null))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const approved = await requestIn(subgraph, 'APPROVED');
    expect(await codeOf(OVERRIDE, { id: approved.id, eligible: false, rationale: 'No' })).toMatchObject({ code: 'CONFLICT', currentStatus: 'APPROVED' });
    expect((await must(OVERRIDE, { id: request.id, eligible: false, rationale: 'Outside the mandate' })).status).toBe('INELIGIBLE');
  });
});
