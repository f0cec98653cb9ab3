import { daysFromToday, identityOf } from '@mieux/service-kit/testing';
import { createAction, officer, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

/** The fiche becomes the plan: the Action starts with its fiche's activities as drafts, each dated once. */
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

const DRAFTS = `query($id: ID!) { action(id: $id) { activityCount activityDrafts { id type title activity { id type title startsOn status } } } }`;
const SCHEDULE = `mutation($draftId: ID!, $input: ActivityDraftDatesInput!) { scheduleActivityDraft(draftId: $draftId, input: $input) { id type title status startsOn countryCode action { id } } }`;
const dates = (overrides: Record<string, unknown> = {}) => ({
  format: 'TRAINING_OF_TRAINERS',
  startsOn: daysFromToday(20),
  endsOn: daysFromToday(21),
  countryCode: 'SN',
  city: 'Dakar',
  ...overrides,
});
const fiche = {
  plannedActivities: [
    { type: 'TRAINING', count: 2 },
    { type: 'POLICY_WORK', count: 1 },
  ],
};

describe("an Action created from its request's Action Fiche", () => {
  it('starts with the planned activities as drafts, typed and titled, none dated', async () => {
    const action = await createAction(subgraph, owners, { actionFiche: fiche });
    expect((await subgraph.execute<any>(DRAFTS, { id: action.id }, officer)).data.action).toEqual({
      activityCount: 0,
      activityDrafts: [
        { id: expect.any(String), type: 'TRAINING', title: 'Training 1 of 2', activity: null },
        { id: expect.any(String), type: 'TRAINING', title: 'Training 2 of 2', activity: null },
        { id: expect.any(String), type: 'POLICY_WORK', title: 'Policy work 1 of 1', activity: null },
      ],
    });
    expect((await subgraph.execute<any>(DRAFTS, { id: (await createAction(subgraph, owners)).id }, officer)).data.action.activityDrafts).toEqual([]);
  });

  it('dates a draft into a PLANNED activity of its type, once', async () => {
    const action = await createAction(subgraph, owners, { actionFiche: fiche });
    const [first] = (await subgraph.execute<any>(DRAFTS, { id: action.id }, officer)).data.action.activityDrafts;
    const result = await subgraph.execute<any>(SCHEDULE, { draftId: first.id, input: dates() }, officer);
    expect(result.errors).toBeUndefined();
    const scheduled = result.data.scheduleActivityDraft;
    expect(scheduled).toMatchObject({
      type: 'TRAINING',
      title: 'Training 1 of 2',
      status: 'PLANNED',
      startsOn: daysFromToday(20),
      countryCode: 'SN',
      action: { id: action.id },
    });
    const after = (await subgraph.execute<any>(DRAFTS, { id: action.id }, officer)).data.action;
    expect(after.activityCount).toBe(1);
    expect(after.activityDrafts[0].activity).toMatchObject({ id: scheduled.id, type: 'TRAINING' });

    const again = await subgraph.execute<any>(SCHEDULE, { draftId: first.id, input: dates({ title: 'Twice' }) }, officer);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', draftId: first.id });
    expect((await subgraph.execute<any>(DRAFTS, { id: action.id }, officer)).data.action.activityCount).toBe(1);
  });

  it('refuses a format of another type, an unknown draft, and callers other than project officers', async () => {
    const action = await createAction(subgraph, owners, { actionFiche: fiche });
    const drafts = (await subgraph.execute<any>(DRAFTS, { id: action.id }, officer)).data.action.activityDrafts;
    expect((await subgraph.execute(SCHEDULE, { draftId: drafts[2].id, input: dates() }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.format',
    });
    expect((await subgraph.execute(SCHEDULE, { draftId: 'nope', input: dates() }, officer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const who of [identityOf('PARTNER', { org: 'x' }), identityOf('STEERING_COMMITTEE')]) {
      expect((await subgraph.execute(SCHEDULE, { draftId: drafts[0].id, input: dates() }, who)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
