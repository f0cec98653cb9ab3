import { outboxEvents, relayToNats, whileOutboxRefuses, type NatsReader } from '@mieux/service-kit/testing';
import { committee, DECIDE, expressionOfInterest, officer, partner, RECORD, requestIn, startRequests, SUBMIT, type Subgraph } from './fixtures';

const CORRECT = `mutation($id: ID!, $input: RequestCorrectionInput!) { correctRequest(id: $id, input: $input) { status thematicAreas } }`;

let subgraph: Subgraph;
let nats: NatsReader;
beforeAll(async () => {
  subgraph = await startRequests();
  nats = await relayToNats(subgraph);
});
afterAll(async () => {
  await nats?.close();
  await subgraph?.close();
});

const typesOf = async (id: string) => (await outboxEvents(subgraph.database, id)).map((event) => event.type);

describe("the requests' events", () => {
  it('are written with each change, facts only, and none for a refused move', async () => {
    const request = await requestIn(subgraph, 'APPROVED');
    const events = await outboxEvents(subgraph.database, request.id);
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      [
        'RequestSubmitted',
        expect.objectContaining({
          requestId: request.id,
          beneficiaryCode: 'SN',
          region: 'AFRICA',
          thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
          status: 'EXPRESSION_OF_INTEREST',
          expressionOfInterestOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        }),
      ],
      ['RequestStatusChanged', { requestId: request.id, from: 'EXPRESSION_OF_INTEREST', to: 'SUBMITTED' }],
      ['RequestStatusChanged', { requestId: request.id, from: 'SUBMITTED', to: 'ELIGIBLE' }],
      ['ActionFicheDrafted', { requestId: request.id, version: 1, status: 'ACTION_FICHE_DRAFTED' }],
      ['RequestStatusChanged', { requestId: request.id, from: 'ELIGIBLE', to: 'ACTION_FICHE_DRAFTED' }],
      ['RequestDecided', { requestId: request.id, from: 'ACTION_FICHE_DRAFTED', decision: 'APPROVED', body: 'EEAS', decidedOn: expect.any(String) }],
    ]);
    // The contact and the letter stay in the requests service.
    expect(JSON.stringify(events)).not.toMatch(/focal\.point|Awa Diop|\+221|MIN\/2026/);

    const refused = await subgraph.execute(DECIDE, { id: request.id, outcome: 'REJECTED' }, committee);
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await typesOf(request.id)).toHaveLength(6);
  });

  it('say what a correction left, and what the Steering Committee asked', async () => {
    const submitted = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest() }, partner);
    const id = submitted.data.submitExpressionOfInterest.id;
    const correction = await subgraph.execute(
      CORRECT,
      { id, input: { thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'] } },
      partner,
    );
    expect(correction.errors).toBeUndefined();
    const [, corrected] = await outboxEvents(subgraph.database, id);
    expect(corrected).toMatchObject({
      type: 'RequestCorrected',
      payload: { requestId: id, status: 'EXPRESSION_OF_INTEREST', thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'] },
    });

    const drafted = await requestIn(subgraph, 'ACTION_FICHE_DRAFTED');
    await subgraph.execute(DECIDE, { id: drafted.id, outcome: 'REVISION_REQUESTED' }, committee);
    expect((await outboxEvents(subgraph.database, drafted.id)).at(-1)?.payload).toEqual({
      requestId: drafted.id,
      from: 'ACTION_FICHE_DRAFTED',
      decision: 'REVISION_REQUESTED',
      body: 'EEAS',
      decidedOn: null,
    });
  });

  it('say which institution was linked, once however often the link is made', async () => {
    const request = await requestIn(subgraph, 'SUBMITTED');
    const institution = await subgraph.execute<any>(
      `mutation { createPartnerInstitution(input: { name: "Ministry of Labour", type: NATIONAL_INSTITUTION, contacts: [] }) { id } }`,
      {},
      officer,
    );
    const institutionId = institution.data.createPartnerInstitution.id;
    const link = `mutation($requestId: ID!, $institutionId: ID!) { linkPartnerInstitution(requestId: $requestId, institutionId: $institutionId) { id } }`;
    for (let time = 0; time < 2; time += 1) expect((await subgraph.execute(link, { requestId: request.id, institutionId }, officer)).errors).toBeUndefined();
    const made = await subgraph.execute<any>(
      `mutation($requestId: ID!) { createPartnerFromRequest(requestId: $requestId) { partners { id name } } }`,
      { requestId: request.id },
      officer,
    );
    const fromRequest = made.data.createPartnerFromRequest.partners.find((p: { name: string }) => p.name === 'Ministry of the Interior').id;
    const linked = (await outboxEvents(subgraph.database, request.id)).filter((event) => event.type === 'RequestPartnerLinked');
    expect(linked.map((event) => event.payload)).toEqual([
      { requestId: request.id, institutionId },
      { requestId: request.id, institutionId: fromRequest },
    ]);
  });

  it('commit with their change or not at all: an event that cannot be written undoes the change', async () => {
    const request = await requestIn(subgraph, 'EXPRESSION_OF_INTEREST');
    const failed = await whileOutboxRefuses(subgraph.database, 'RequestStatusChanged', () => subgraph.execute<any>(RECORD, { id: request.id }, officer));
    expect(failed.errors).toHaveLength(1);
    const read = await subgraph.execute<any>('query($id: ID!) { request(id: $id) { status history { to } } }', { id: request.id }, officer);
    expect(read.data.request).toEqual({ status: 'EXPRESSION_OF_INTEREST', history: [{ to: 'EXPRESSION_OF_INTEREST' }] });
    expect(await typesOf(request.id)).toEqual(['RequestSubmitted']);
  });

  it('arrive on the NATS server, each once, in the order written', async () => {
    const written = await outboxEvents(subgraph.database);
    const arrived = await nats.read(written.length);
    expect(arrived.map((event) => event.id)).toEqual(written.map((event) => event.id));
  });
});
