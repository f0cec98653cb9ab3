import { callerId } from '@mieux/service-kit';
import {
  ASSESS,
  DECIDE,
  DRAFT,
  RECORD,
  SUBMIT,
  WITHDRAW,
  committee,
  expressionOfInterest,
  officer,
  partner,
  requestIn,
  startRequests,
  TODAY,
  type Subgraph,
} from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

describe('from expression of interest to decision', () => {
  it('walks the whole lifecycle and records every step', async () => {
    const submitted = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest() });
    expect(submitted.errors).toBeUndefined();
    const request = submitted.data.submitExpressionOfInterest;
    expect(request).toMatchObject({
      status: 'EXPRESSION_OF_INTEREST',
      reference: expect.stringMatching(/^REQ-\d{4}-\d{3}$/),
      country: { code: 'SN', name: 'Senegal' },
      contact: { email: 'focal.point@interior.gov.sn' },
      eligibilityPreview: { eligible: true },
      allowedTransitions: ['SUBMITTED', 'WITHDRAWN'],
    });
    const id = request.id;
    expect((await subgraph.execute<any>(RECORD, { id }, officer)).data.recordOfficialRequest).toMatchObject({
      status: 'SUBMITTED',
      officialLetter: { reference: 'MIN/2026/77', receivedOn: TODAY, channel: 'EU_DELEGATION' },
    });
    expect((await subgraph.execute<any>(ASSESS, { id }, officer)).data.assessEligibility).toMatchObject({
      status: 'ELIGIBLE',
      eligibility: { eligible: true },
    });
    expect((await subgraph.execute<any>(DRAFT, { id }, officer)).data.draftActionFiche.actionFiche.plannedActivities).toHaveLength(3);
    const decided = (await subgraph.execute<any>(DECIDE, { id, outcome: 'APPROVED' }, committee)).data.decideRequest;
    expect(decided).toMatchObject({
      status: 'APPROVED',
      approvedOn: TODAY,
      decision: { outcome: 'APPROVED', rationale: 'Demand-driven and feasible' },
      allowedTransitions: [],
    });
    expect(decided.history).toEqual([
      // The anonymous form has no actor: the contact it names is not an identity.
      { from: null, to: 'EXPRESSION_OF_INTEREST', actorId: null, role: null, reason: null },
      { from: 'EXPRESSION_OF_INTEREST', to: 'SUBMITTED', actorId: callerId(officer), role: 'PROJECT_OFFICER', reason: 'Official letter MIN/2026/77' },
      { from: 'SUBMITTED', to: 'ELIGIBLE', actorId: callerId(officer), role: 'PROJECT_OFFICER', reason: null },
      { from: 'ELIGIBLE', to: 'ACTION_FICHE_DRAFTED', actorId: callerId(officer), role: 'PROJECT_OFFICER', reason: null },
      { from: 'ACTION_FICHE_DRAFTED', to: 'APPROVED', actorId: callerId(committee), role: 'STEERING_COMMITTEE', reason: 'Demand-driven and feasible' },
    ]);
  });

  it('assesses an ineligible request as INELIGIBLE and keeps the reasons', async () => {
    const request = await requestIn(
      subgraph,
      'SUBMITTED',
      expressionOfInterest({ institutions: [{ name: 'Migrant Rights Network', type: 'CIVIL_SOCIETY_ORGANISATION' }] }),
    );
    expect(request.eligibilityPreview).toMatchObject({ eligible: false });
    const assessed = (await subgraph.execute<any>(ASSESS, { id: request.id }, officer)).data.assessEligibility;
    expect(assessed.status).toBe('INELIGIBLE');
    expect(assessed.eligibility.eligible).toBe(false);
    expect(assessed.history.at(-1)).toMatchObject({ to: 'INELIGIBLE', reason: 'CSO_WITHOUT_GOVERNMENT_PARTNER' });
  });

  it('lets the Steering Committee reject, and the requester withdraw', async () => {
    const rejected = await requestIn(subgraph, 'ACTION_FICHE_DRAFTED');
    expect((await subgraph.execute<any>(DECIDE, { id: rejected.id, outcome: 'REJECTED' }, committee)).data.decideRequest).toMatchObject({
      status: 'REJECTED',
      approvedOn: null,
    });
    const mine = await requestIn(subgraph, 'ELIGIBLE', expressionOfInterest(), partner);
    expect((await subgraph.execute<any>(WITHDRAW, { id: mine.id }, partner)).data.withdrawRequest).toMatchObject({ status: 'WITHDRAWN' });
  });
});

describe('illegal transitions', () => {
  const moves: [string, string, Record<string, unknown>, typeof officer, string][] = [
    ['recordOfficialRequest', RECORD, {}, officer, 'SUBMITTED'],
    ['assessEligibility', ASSESS, {}, officer, 'ELIGIBLE'],
    ['draftActionFiche', DRAFT, {}, officer, 'ACTION_FICHE_DRAFTED'],
    ['decideRequest', DECIDE, { outcome: 'APPROVED' }, committee, 'APPROVED'],
    ['withdrawRequest', WITHDRAW, {}, officer, 'WITHDRAWN'],
  ];
  const legal: Record<string, string[]> = {
    EXPRESSION_OF_INTEREST: ['recordOfficialRequest', 'withdrawRequest'],
    SUBMITTED: ['assessEligibility', 'withdrawRequest'],
    ELIGIBLE: ['draftActionFiche', 'withdrawRequest'],
    ACTION_FICHE_DRAFTED: ['draftActionFiche', 'decideRequest', 'withdrawRequest'],
    APPROVED: [],
  };
  const cases = Object.keys(legal).flatMap((status) => moves.filter(([name]) => !legal[status].includes(name)).map((move) => [status, ...move] as const));

  it.each(cases)('in %s, %s is refused with CONFLICT naming the status and the allowed moves', async (status, _name, mutation, variables, who) => {
    const request = await requestIn(subgraph, status);
    const result = await subgraph.execute(mutation, { id: request.id, ...variables }, who);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: status });
    expect(result.errors?.[0].message).toMatch(new RegExp(`^Request is ${status}; `));
  });

  it('refuses any move of a withdrawn request', async () => {
    const request = await requestIn(subgraph, 'SUBMITTED');
    await subgraph.execute(WITHDRAW, { id: request.id }, officer);
    const result = await subgraph.execute(ASSESS, { id: request.id }, officer);
    expect(result.errors?.[0].message).toBe('Request is WITHDRAWN; it is final, not ELIGIBLE');
  });

  it('says NOT_FOUND for an unknown request', async () => {
    const result = await subgraph.execute(RECORD, { id: '00000000-0000-0000-0000-000000000000' }, officer);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
